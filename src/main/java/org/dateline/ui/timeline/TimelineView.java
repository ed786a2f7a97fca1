// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.dateline.model.Event;

/**
 * A zoomable, pannable timeline of events, drawn by {@link TimelineSkin}. Holds what the app sets and reads: the
 * items, the selection, the visible range and the colours (styleable from CSS, defaulting to the theme's chart
 * palette through {@code timeline.css}).
 */
public class TimelineView extends Control {
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    /** Zoom step of the zoom buttons and keys. */
    static final double ZOOM_STEP = 1.5;
    /** Pixels kept free right of the last event; labels that would not fit turn to the left of their marks. */
    private static final double FIT_RIGHT = 40;
    private static final double FIT_LEFT = 24;

    private final ObservableList<Event> items = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    /** First visible day (inclusive). */
    private final ObjectProperty<LocalDate> visibleStart = new SimpleObjectProperty<>(this, "visibleStart");
    /** Last visible day (inclusive). */
    private final ObjectProperty<LocalDate> visibleEnd = new SimpleObjectProperty<>(this, "visibleEnd");
    /** The visible range as fractional epoch days, so that zoom and pan are smooth; the end is exclusive. */
    private final ReadOnlyDoubleWrapper visibleStartDay = new ReadOnlyDoubleWrapper(this, "visibleStartDay", Double.NaN);
    private final ReadOnlyDoubleWrapper visibleEndDay = new ReadOnlyDoubleWrapper(this, "visibleEndDay", Double.NaN);
    private final BooleanProperty lanesByActor = new SimpleBooleanProperty(this, "lanesByActor", false);
    /** The actor an event is coloured and laned by; defaults to its first actor. */
    private final ObjectProperty<Function<Event, String>> colorKey =
            new SimpleObjectProperty<>(this, "colorKey", e -> e.actors().isEmpty() ? "" : e.actors().get(0));

    private final StyleableProperty<Paint> axisColor = CSS.createStyleablePaintProperty(
            this, "axisColor", "-timeline-axis-color", v -> v.axisColor, Color.web("#57606a"));
    private final StyleableProperty<Paint> labelColor = CSS.createStyleablePaintProperty(
            this, "labelColor", "-timeline-label-color", v -> v.labelColor, Color.web("#24292f"));
    private final StyleableProperty<Paint> gridColor = CSS.createStyleablePaintProperty(
            this, "gridColor", "-timeline-grid-color", v -> v.gridColor, Color.web("#d0d7de"));
    private final StyleableProperty<Paint> backgroundColor = CSS.createStyleablePaintProperty(
            this, "backgroundColor", "-timeline-background-color", v -> v.backgroundColor, Color.WHITE);
    private final StyleableProperty<Paint> selectionColor = CSS.createStyleablePaintProperty(
            this, "selectionColor", "-timeline-selection-color", v -> v.selectionColor, Color.web("#0969da"));
    private final StyleableProperty<Paint> clusterColor = CSS.createStyleablePaintProperty(
            this, "clusterColor", "-timeline-cluster-color", v -> v.clusterColor, Color.web("#57606a"));
    @SuppressWarnings("unchecked")
    private final StyleableProperty<Paint>[] palette = new StyleableProperty[] {
        CSS.createStyleablePaintProperty(this, "color1", "-timeline-color-1", v -> v.palette[0], Color.web("#f3622d")),
        CSS.createStyleablePaintProperty(this, "color2", "-timeline-color-2", v -> v.palette[1], Color.web("#4258c9")),
        CSS.createStyleablePaintProperty(this, "color3", "-timeline-color-3", v -> v.palette[2], Color.web("#57b757")),
        CSS.createStyleablePaintProperty(this, "color4", "-timeline-color-4", v -> v.palette[3], Color.web("#9a42c8")),
        CSS.createStyleablePaintProperty(this, "color5", "-timeline-color-5", v -> v.palette[4], Color.web("#fba71b")),
        CSS.createStyleablePaintProperty(this, "color6", "-timeline-color-6", v -> v.palette[5], Color.web("#41a9c9")),
        CSS.createStyleablePaintProperty(this, "color7", "-timeline-color-7", v -> v.palette[6], Color.web("#c84164")),
        CSS.createStyleablePaintProperty(this, "color8", "-timeline-color-8", v -> v.palette[7], Color.web("#888888")),
    };

    // The defaults above are AtlantaFX Primer Light's values (atlantafx-base 2.0.1, primer-light.css, MIT), in the
    // order timeline.css maps the chart colours, so a view outside any scene (the PNG export) looks like the app.

    /** Colour slots stay with an actor while the filter changes, so that a colour keeps meaning the same actor. */
    private final Map<String, Integer> colorSlots = new HashMap<>();
    private TimelineIndex index;
    private boolean syncingRange;
    private boolean fitPending;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription("timeline");
        items.addListener((javafx.collections.ListChangeListener<Event>) c -> itemsChanged());
        colorKey.addListener((o, a, b) -> itemsChanged());
        selected.addListener((o, a, b) -> {
            updateAccessibleText();
            fireEvent(new TimelineEvent(TimelineEvent.SELECTED, b));
        });
        visibleStart.addListener((o, a, b) -> externalRangeChange());
        visibleEnd.addListener((o, a, b) -> externalRangeChange());
        updateAccessibleText();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    /** The events shown; the app puts the filtered events here. */
    public ObservableList<Event> getItems() {
        return items;
    }

    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }

    public Event getSelected() {
        return selected.get();
    }

    public void setSelected(Event e) {
        selected.set(e);
    }

    public ObjectProperty<LocalDate> visibleStartProperty() {
        return visibleStart;
    }

    public ObjectProperty<LocalDate> visibleEndProperty() {
        return visibleEnd;
    }

    public ReadOnlyDoubleProperty visibleStartDayProperty() {
        return visibleStartDay.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty visibleEndDayProperty() {
        return visibleEndDay.getReadOnlyProperty();
    }

    public double getVisibleStartDay() {
        return visibleStartDay.get();
    }

    public double getVisibleEndDay() {
        return visibleEndDay.get();
    }

    public BooleanProperty lanesByActorProperty() {
        return lanesByActor;
    }

    public boolean isLanesByActor() {
        return lanesByActor.get();
    }

    public void setLanesByActor(boolean on) {
        lanesByActor.set(on);
    }

    public ObjectProperty<Function<Event, String>> colorKeyProperty() {
        return colorKey;
    }

    // ---- range ----

    /** Shows the days {@code from} to {@code to}, both inclusive. */
    public void setVisibleRange(LocalDate from, LocalDate to) {
        setVisibleDays(from.toEpochDay(), to.toEpochDay() + 1.0);
    }

    /** Shows the fractional epoch days {@code [start, end)}; the span is kept between a few days and 2,000 years. */
    public void setVisibleDays(double start, double end) {
        double span = TimeAxis.clampSpan(end - start);
        double mid = (start + end) / 2;
        double s = span == end - start ? start : mid - span / 2;
        double e = s + span;
        if (s == visibleStartDay.get() && e == visibleEndDay.get()) {
            return;
        }
        syncingRange = true;
        try {
            visibleStartDay.set(s);
            visibleEndDay.set(e);
            visibleStart.set(LocalDate.ofEpochDay((long) Math.floor(s)));
            visibleEnd.set(LocalDate.ofEpochDay((long) Math.ceil(e) - 1));
        } finally {
            syncingRange = false;
        }
        fireEvent(new TimelineEvent(TimelineEvent.RANGE_CHANGED, getSelected()));
    }

    private void externalRangeChange() {
        if (!syncingRange && visibleStart.get() != null && visibleEnd.get() != null
                && !visibleEnd.get().isBefore(visibleStart.get())) {
            setVisibleRange(visibleStart.get(), visibleEnd.get());
        }
    }

    /** The axis the control draws now, over {@code width} pixels. */
    TimeAxis axis(double width) {
        if (Double.isNaN(visibleStartDay.get())) {
            fit(Math.max(width, 1));
        }
        return new TimeAxis(visibleStartDay.get(), visibleEndDay.get(), Math.max(width, 1));
    }

    /** The width the range is drawn over: the content width of the control once it is laid out. */
    double plotWidth() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        return w > 1 ? w : 1000;
    }

    /** Shows every item, with room for the last label. */
    public void zoomToFit() {
        if (getWidth() <= 1) {
            fitPending = true;
        }
        fit(plotWidth());
    }

    boolean takeFitPending() {
        boolean p = fitPending;
        fitPending = false;
        return p;
    }

    private void fit(double width) {
        double[] r = fitDays(index(), width);
        setVisibleDays(r[0], r[1]);
    }

    /** The days that show every item over {@code width} pixels with room for the last label. */
    static double[] fitDays(TimelineIndex idx, double width) {
        return fitDays(idx, width, FIT_RIGHT);
    }

    /** As {@link #fitDays(TimelineIndex, double)} with {@code right} pixels kept free for labels. */
    static double[] fitDays(TimelineIndex idx, double width, double right) {
        if (idx.size() == 0) {
            double today = LocalDate.now().toEpochDay();
            return new double[] {today - 183, today + 183};
        }
        double min = idx.minDay();
        double max = idx.maxDay();
        double content = Math.max(width * 0.55, width - right - FIT_LEFT);
        double span = Math.max(max - min, 20);
        double ppd = content / span;
        double start = min - FIT_LEFT / ppd - Math.max(0, (20 - (max - min)) / 2);
        return new double[] {start, start + width / ppd};
    }

    public void zoomIn() {
        zoomBy(ZOOM_STEP, plotWidth() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP, plotWidth() / 2);
    }

    /** Zooms by {@code factor} (above 1 zooms in), keeping the day under {@code anchorX} in place. */
    public void zoomBy(double factor, double anchorX) {
        TimeAxis a = axis(plotWidth()).zoom(factor, anchorX);
        setVisibleDays(a.startDay(), a.endDay());
    }

    /** Moves the content {@code px} pixels to the right (earlier days come into view). */
    public void panBy(double px) {
        TimeAxis a = axis(plotWidth()).pan(px);
        setVisibleDays(a.startDay(), a.endDay());
    }

    /** Pans, and zooms out if needed, so that {@code e} can be seen; does nothing when it already can. */
    public void scrollTo(Event e) {
        if (e == null) {
            return;
        }
        double first = e.date().first().toEpochDay();
        double last = e.date().last().toEpochDay() + 1.0;
        double s = visibleStartDay.get();
        double end = visibleEndDay.get();
        if (Double.isNaN(s)) {
            return;
        }
        double span = end - s;
        double pad = span * 0.03;
        // Moving the view when the event is already in sight would make the keyboard walk jumpy.
        if (first < end - pad && last > s + pad) {
            return;
        }
        if (last - first > span * 0.8) {
            span = (last - first) / 0.8;
        }
        // Arriving from the right, keep what came before in view; from the left, what comes after.
        double start = first >= end ? first - span * 0.7 : first - span * 0.1;
        setVisibleDays(start, start + span);
    }

    // ---- selection ----

    public void selectNext() {
        moveSelection(+1);
    }

    public void selectPrevious() {
        moveSelection(-1);
    }

    public void selectFirst() {
        selectAt(0);
    }

    public void selectLast() {
        selectAt(index().size() - 1);
    }

    private void moveSelection(int step) {
        TimelineIndex idx = index();
        int i = idx.indexOf(getSelected());
        if (i < 0) {
            // Nothing selected yet: start from what the user is looking at.
            double s = visibleStartDay.get();
            i = Double.isNaN(s) ? 0 : Math.min(idx.size() - 1, idx.lowerBound(s));
            i = step > 0 ? i : Math.max(0, i);
            selectAt(i);
            return;
        }
        selectAt(Math.max(0, Math.min(idx.size() - 1, i + step)));
    }

    private void selectAt(int i) {
        TimelineIndex idx = index();
        if (i < 0 || i >= idx.size()) {
            return;
        }
        Event e = idx.event(i);
        setSelected(e);
        scrollTo(e);
    }

    /** Opens the selected event: fires {@link TimelineEvent#ACTIVATED}. */
    public void activateSelected() {
        if (getSelected() != null) {
            fireEvent(new TimelineEvent(TimelineEvent.ACTIVATED, getSelected()));
        }
    }

    public final void setOnTimelineEvent(EventHandler<TimelineEvent> h) {
        addEventHandler(TimelineEvent.ANY, h);
    }

    // ---- colours ----

    /** The colour of an actor (a colour key); stays the same while the items change. */
    public Color colorFor(String actor) {
        if (actor == null || actor.isEmpty()) {
            return toColor(clusterColor.getValue());
        }
        Integer slot = colorSlots.get(actor);
        if (slot == null) {
            slot = colorSlots.size();
            colorSlots.put(actor, slot);
        }
        Color base = toColor(palette[slot % palette.length].getValue());
        // Past the eighth actor the palette repeats: darker, then paler, so neighbours stay told apart.
        return switch ((slot / palette.length) % 3) {
            case 0 -> base;
            case 1 -> base.deriveColor(0, 1, 0.62, 1);
            default -> base.deriveColor(0, 0.45, 1.1, 1);
        };
    }

    /** The colour an event is drawn in. */
    public Color colorOf(Event e) {
        return colorFor(colorKey.get().apply(e));
    }

    static Color toColor(Paint p) {
        return p instanceof Color c ? c : Color.GRAY;
    }

    TimelinePalette palette() {
        return new TimelinePalette(toColor(backgroundColor.getValue()), toColor(axisColor.getValue()),
                toColor(labelColor.getValue()), toColor(gridColor.getValue()), toColor(selectionColor.getValue()),
                toColor(clusterColor.getValue()));
    }

    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> axisColorProperty() {
        return (ObjectProperty<Paint>) axisColor;
    }

    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> labelColorProperty() {
        return (ObjectProperty<Paint>) labelColor;
    }

    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> gridColorProperty() {
        return (ObjectProperty<Paint>) gridColor;
    }

    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> backgroundColorProperty() {
        return (ObjectProperty<Paint>) backgroundColor;
    }

    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> selectionColorProperty() {
        return (ObjectProperty<Paint>) selectionColor;
    }

    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> clusterColorProperty() {
        return (ObjectProperty<Paint>) clusterColor;
    }

    /** Palette slot {@code i} (0..7), {@code -timeline-color-(i+1)} in CSS. */
    @SuppressWarnings("unchecked")
    public ObjectProperty<Paint> paletteColorProperty(int i) {
        return (ObjectProperty<Paint>) palette[i];
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    // ---- index ----

    /** The items sorted by date, built once per change of the items. */
    TimelineIndex index() {
        if (index == null) {
            index = TimelineIndex.of(items, colorKey.get());
            // Most frequent actors get the first, most distinct colours.
            index.laneKeys().forEach(k -> {
                if (!k.isEmpty()) {
                    colorSlots.computeIfAbsent(k, x -> colorSlots.size());
                }
            });
        }
        return index;
    }

    private void itemsChanged() {
        index = null;
        if (getSelected() != null && index().indexOf(getSelected()) < 0) {
            setSelected(null);
        }
        if (Double.isNaN(visibleStartDay.get()) && !items.isEmpty()) {
            zoomToFit();
        }
        updateAccessibleText();
    }

    private void updateAccessibleText() {
        Event e = getSelected();
        setAccessibleText(e == null ? "Timeline, " + items.size() + " events, none selected"
                : "Timeline, selected " + DateText.describe(e));
    }
}
