// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import javafx.event.Event;
import javafx.event.EventType;

/** The one event type a {@link TimelineView} fires. */
public final class TimelineEvent extends Event {
    public static final EventType<TimelineEvent> ANY = new EventType<>(Event.ANY, "TIMELINE");
    /** The selection moved to {@link #item()} (null when cleared). */
    public static final EventType<TimelineEvent> SELECTED = new EventType<>(ANY, "TIMELINE_SELECTED");
    /** The user opened {@link #item()}: double click or Enter. */
    public static final EventType<TimelineEvent> ACTIVATED = new EventType<>(ANY, "TIMELINE_ACTIVATED");
    /** The visible date range changed (zoom or pan). */
    public static final EventType<TimelineEvent> RANGE_CHANGED = new EventType<>(ANY, "TIMELINE_RANGE_CHANGED");

    private final transient org.dateline.model.Event item;

    public TimelineEvent(EventType<TimelineEvent> type, org.dateline.model.Event item) {
        super(type);
        this.item = item;
    }

    public org.dateline.model.Event item() {
        return item;
    }
}
