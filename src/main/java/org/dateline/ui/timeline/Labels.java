// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import org.dateline.model.Event;

/** Each event's label as drawn (approximate dates marked with "~", cut to a maximum width) and its width. */
final class Labels {
    /** Longest label in pixels: long titles would take a whole row at any zoom. */
    static final double MAX_WIDTH = 250;

    final TimelineIndex index;
    final String[] text;
    final double[] width;

    private Labels(TimelineIndex index, String[] text, double[] width) {
        this.index = index;
        this.text = text;
        this.width = width;
    }

    static Labels of(TimelineIndex index, TextMeasure measure) {
        return of(index, measure, MAX_WIDTH);
    }

    static Labels of(TimelineIndex index, TextMeasure measure, double maxWidth) {
        int n = index.size();
        String[] text = new String[n];
        double[] width = new double[n];
        for (int i = 0; i < n; i++) {
            Event e = index.event(i);
            String t = (e.date().approximate() ? "~ " : "") + e.title().strip();
            text[i] = measure.fit(t, maxWidth);
            width[i] = measure.width(text[i]);
        }
        return new Labels(index, text, width);
    }
}
