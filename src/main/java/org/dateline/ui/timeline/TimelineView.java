// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.dateline.model.Event;

/**
 * A zoomable, pannable timeline of events, drawn by {@link TimelineSkin}. The public surface the app uses.
 * (Skeleton: the timeline work fills in the skin; the API here is what the app codes against.)
 */
public class TimelineView extends Control {
    private final ObservableList<Event> items = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    /** First visible day (inclusive), as a fractional epoch day so zoom is smooth. */
    private final ObjectProperty<LocalDate> visibleStart = new SimpleObjectProperty<>(this, "visibleStart");
    private final ObjectProperty<LocalDate> visibleEnd = new SimpleObjectProperty<>(this, "visibleEnd");
    private final BooleanProperty lanesByActor = new SimpleBooleanProperty(this, "lanesByActor", false);
    /** The actor an event is coloured and laned by; defaults to its first actor. */
    private final ObjectProperty<Function<Event, String>> colorKey =
            new SimpleObjectProperty<>(this, "colorKey", e -> e.actors().isEmpty() ? "" : e.actors().get(0));

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
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

    public BooleanProperty lanesByActorProperty() {
        return lanesByActor;
    }

    public ObjectProperty<Function<Event, String>> colorKeyProperty() {
        return colorKey;
    }

    /** Shows every item. */
    public void zoomToFit() {
    }

    public void zoomIn() {
    }

    public void zoomOut() {
    }

    public final void setOnTimelineEvent(EventHandler<TimelineEvent> h) {
        addEventHandler(TimelineEvent.ANY, h);
    }
}
