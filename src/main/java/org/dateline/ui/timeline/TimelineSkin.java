// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;

/** Draws a {@link TimelineView} on a canvas. Skeleton until the timeline work lands. */
public class TimelineSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();

    public TimelineSkin(TimelineView control) {
        super(control);
        getChildren().add(canvas);
    }
}
