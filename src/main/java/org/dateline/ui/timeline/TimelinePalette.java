// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import javafx.scene.paint.Color;

/** The colours of one frame, read from the control's styleable properties. */
record TimelinePalette(Color background, Color axis, Color label, Color grid, Color selection, Color cluster) {
}
