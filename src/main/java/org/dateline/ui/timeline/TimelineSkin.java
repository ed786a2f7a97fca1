// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.dateline.model.Event;
import org.dateline.ui.timeline.TimelineLayout.Cluster;
import org.dateline.ui.timeline.TimelineLayout.Item;
import org.dateline.ui.timeline.TimelineLayout.Mark;
import org.dateline.ui.timeline.TimelineLayout.Result;

/**
 * Draws a {@link TimelineView} on one canvas and turns mouse and keys into the control's zoom, pan and selection
 * calls. Only the visible stretch is laid out (binary search in the sorted index); redraws are coalesced into
 * the next layout pass.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    private static final int TOOLTIP_TITLES = 8;

    private final Canvas canvas = new Canvas();
    private final TimelineRenderer renderer;
    private final Tooltip tooltip = new Tooltip();
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<MouseEvent> press = this::mousePressed;
    private final EventHandler<MouseEvent> drag = this::mouseDragged;
    private final EventHandler<MouseEvent> release = e -> canvas.setCursor(Cursor.DEFAULT);
    private final EventHandler<MouseEvent> click = this::mouseClicked;
    private final EventHandler<MouseEvent> move = this::mouseMoved;
    private final EventHandler<ScrollEvent> scroll = this::scrolled;
    private Labels labels;
    private Result last;
    private boolean dirty = true;
    private double pressX;
    private double lastX;
    private boolean dragged;
    private Mark hovered;
    private boolean tooltipInstalled;

    public TimelineSkin(TimelineView control) {
        super(control);
        renderer = new TimelineRenderer(control);
        canvas.setFocusTraversable(false);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        registerChangeListener(control.visibleStartDayProperty(), o -> requestRedraw());
        registerChangeListener(control.visibleEndDayProperty(), o -> requestRedraw());
        registerChangeListener(control.selectedProperty(), o -> requestRedraw());
        registerChangeListener(control.lanesByActorProperty(), o -> requestRedraw());
        registerChangeListener(control.colorKeyProperty(), o -> requestRedraw());
        registerChangeListener(control.focusedProperty(), o -> requestRedraw());
        registerListChangeListener(control.getItems(), c -> requestRedraw());
        for (var p : List.of(control.axisColorProperty(), control.labelColorProperty(), control.gridColorProperty(),
                control.backgroundColorProperty(), control.selectionColorProperty(), control.clusterColorProperty())) {
            registerChangeListener(p, o -> requestRedraw());
        }
        for (int i = 0; i < 8; i++) {
            registerChangeListener(control.paletteColorProperty(i), o -> requestRedraw());
        }
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, press);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, release);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, click);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, move);
        canvas.addEventHandler(ScrollEvent.SCROLL, scroll);
    }

    @Override
    public void dispose() {
        TimelineView control = getSkinnable();
        if (control != null) {
            control.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        }
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, press);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, release);
        canvas.removeEventHandler(MouseEvent.MOUSE_CLICKED, click);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, move);
        canvas.removeEventHandler(ScrollEvent.SCROLL, scroll);
        Tooltip.uninstall(canvas, tooltip);
        getChildren().remove(canvas);
        // SkinBase.dispose releases the listeners registered above.
        super.dispose();
    }

    private void requestRedraw() {
        dirty = true;
        TimelineView control = getSkinnable();
        if (control != null) {
            control.requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean resized = canvas.getWidth() != Math.floor(w) || canvas.getHeight() != Math.floor(h);
        canvas.relocate(x, y);
        canvas.setWidth(Math.floor(w));
        canvas.setHeight(Math.floor(h));
        if (getSkinnable().takeFitPending() && w > 1) {
            getSkinnable().zoomToFit();
        }
        if (dirty || resized) {
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 360 + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return TimelineRenderer.plotHeight(60) + top + bottom;
    }

    /** Lays out the visible stretch and draws it now; the benchmark calls this to time one frame. */
    void redraw() {
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        TimelineView view = getSkinnable();
        TimelineIndex index = view.index();
        if (labels == null || labels.index != index) {
            labels = Labels.of(index, renderer.measure);
        }
        TimeAxis axis = view.axis(w);
        int selected = index.indexOf(view.getSelected());
        TimelineLayout.Options o = TimelineLayout.Options.DEFAULT.withLanes(view.isLanesByActor());
        last = TimelineLayout.layout(index, axis, TimelineRenderer.TOP, TimelineRenderer.lanesHeight(h), labels::width,
                selected, o);
        renderer.draw(canvas.getGraphicsContext2D(), last, labels, view.palette(), selected, w, h);
    }

    /** The last layout drawn, for tests and hit testing. */
    Result lastLayout() {
        return last;
    }

    Canvas canvas() {
        return canvas;
    }

    // ---- input ----

    private void keyPressed(KeyEvent e) {
        TimelineView view = getSkinnable();
        double w = canvas.getWidth() > 1 ? canvas.getWidth() : view.plotWidth();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case DIGIT0, NUMPAD0 -> view.zoomToFit();
            case LEFT -> {
                if (e.isShiftDown()) {
                    view.panBy(w / 4);
                } else {
                    view.selectPrevious();
                }
            }
            case RIGHT -> {
                if (e.isShiftDown()) {
                    view.panBy(-w / 4);
                } else {
                    view.selectNext();
                }
            }
            case PAGE_UP -> view.panBy(w * 0.8);
            case PAGE_DOWN -> view.panBy(-w * 0.8);
            case HOME -> view.selectFirst();
            case END -> view.selectLast();
            case ENTER -> view.activateSelected();
            case ESCAPE -> view.setSelected(null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void mousePressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        lastX = e.getX();
        dragged = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > 3) {
            dragged = true;
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragged) {
            getSkinnable().panBy(e.getX() - lastX);
            lastX = e.getX();
        }
        e.consume();
    }

    private void mouseClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY || last == null) {
            return;
        }
        TimelineView view = getSkinnable();
        Mark m = last.hit(e.getX(), e.getY());
        if (m instanceof Item it) {
            view.setSelected(it.event());
            if (e.getClickCount() == 2) {
                view.activateSelected();
            }
        } else if (m instanceof Cluster c) {
            if (view.getVisibleEndDay() - view.getVisibleStartDay() <= TimeAxis.MIN_SPAN_DAYS + 1e-6) {
                // Fully zoomed in and still crowded (many events on one day): select the first hidden one,
                // from where the arrow keys walk through the rest.
                Event first = firstHidden(c);
                if (first != null) {
                    view.setSelected(first);
                }
            } else {
                // Zoom until the cluster's stretch fills most of the view: that is what opens it.
                double span = Math.max(c.lastDay() - c.firstDay(), 1);
                double pad = span * 0.25 + 1;
                view.setVisibleDays(c.firstDay() - pad, c.lastDay() + pad + span * 0.3);
            }
        } else {
            view.setSelected(null);
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        TimelineView view = getSkinnable();
        if (e.getDeltaY() != 0) {
            view.zoomBy(Math.pow(2, e.getDeltaY() / 120), e.getX());
        }
        if (e.getDeltaX() != 0) {
            view.panBy(e.getDeltaX());
        }
        e.consume();
    }

    private void mouseMoved(MouseEvent e) {
        Mark m = last == null ? null : last.hit(e.getX(), e.getY());
        if (m == null ? hovered == null : m.equals(hovered)) {
            return;
        }
        hovered = m;
        if (m == null) {
            Tooltip.uninstall(canvas, tooltip);
            tooltipInstalled = false;
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        tooltip.setText(tooltipText(m));
        canvas.setCursor(Cursor.HAND);
        if (!tooltipInstalled) {
            Tooltip.install(canvas, tooltip);
            tooltipInstalled = true;
        }
    }

    /** Up to {@code max} events of a cluster: those of its lane and stretch that got no place. */
    private List<Event> hidden(Cluster c, int max) {
        TimelineIndex index = getSkinnable().index();
        Set<Integer> placed = new HashSet<>();
        last.items().forEach(it -> placed.add(it.index()));
        List<Event> out = new ArrayList<>();
        for (int i = index.firstReaching(c.firstDay()); i < index.size() && index.start(i) < c.lastDay()
                && out.size() < max; i++) {
            if (!placed.contains(i) && index.start(i) >= c.firstDay() && last.laneOf(index.lane(i)) == c.lane()) {
                out.add(index.event(i));
            }
        }
        return out;
    }

    private Event firstHidden(Cluster c) {
        List<Event> h = hidden(c, 1);
        return h.isEmpty() ? null : h.get(0);
    }

    String tooltipText(Mark m) {
        if (m instanceof Item it) {
            Event e = it.event();
            return DateText.of(e.date()) + "\n" + e.title()
                    + (e.actors().isEmpty() ? "" : "\n" + String.join(", ", e.actors()))
                    + "\n" + e.sources().size() + (e.sources().size() == 1 ? " source" : " sources")
                    + " · double-click or Enter to read";
        }
        Cluster c = (Cluster) m;
        List<String> titles = hidden(c, TOOLTIP_TITLES).stream()
                .map(e -> "• " + DateText.of(e.date()) + ": " + e.title()).toList();
        String more = c.count() > titles.size() ? "\n…" : "";
        return c.count() + " more events here; click to zoom in\n" + String.join("\n", titles) + more;
    }
}
