// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import javafx.geometry.Point2D;
import org.dateline.model.Event;

/** Test access to where the skin drew an event, so app tests can click it like a user. */
public final class TimelineProbe {
    private TimelineProbe() {
    }

    /** The screen point of {@code e}'s mark, or null when it is not drawn (off screen or in a cluster). */
    public static Point2D screenPointOf(TimelineView view, Event e) {
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        if (skin == null || skin.lastLayout() == null) {
            return null;
        }
        return skin.lastLayout().items().stream().filter(i -> i.event().equals(e)).findFirst()
                .map(i -> skin.canvas().localToScreen(i.bar() ? (i.x0() + Math.min(i.x1(), i.x0() + 20)) / 2 : i.x0(),
                        i.y()))
                .orElse(null);
    }
}
