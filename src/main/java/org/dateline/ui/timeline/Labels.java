// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.Arrays;
import org.dateline.model.Event;

/**
 * Each event's label as drawn (approximate dates marked with "~", cut to a maximum width) and its width. Measured
 * lazily, once per event: the layout asks only for events that might get a row, so a load of thousands of events
 * does not measure every title on the FX thread (it did, for up to ~150 ms after a 1,000-article drop).
 */
final class Labels {
    /** Longest label in pixels: long titles would take a whole row at any zoom. */
    static final double MAX_WIDTH = 250;

    final TimelineIndex index;
    private final TextMeasure measure;
    private final double maxWidth;
    private final String[] text;
    private final double[] width;

    private Labels(TimelineIndex index, TextMeasure measure, double maxWidth) {
        this.index = index;
        this.measure = measure;
        this.maxWidth = maxWidth;
        this.text = new String[index.size()];
        this.width = new double[index.size()];
        Arrays.fill(width, Double.NaN);
    }

    static Labels of(TimelineIndex index, TextMeasure measure) {
        return of(index, measure, MAX_WIDTH);
    }

    static Labels of(TimelineIndex index, TextMeasure measure, double maxWidth) {
        return new Labels(index, measure, maxWidth);
    }

    /** The label of the event at index position {@code i}, as drawn. */
    String text(int i) {
        String t = text[i];
        if (t == null) {
            Event e = index.event(i);
            t = measure.fit((e.date().approximate() ? "~ " : "") + e.title().strip(), maxWidth);
            text[i] = t;
        }
        return t;
    }

    /** The drawn width of {@link #text(int)}. */
    double width(int i) {
        double w = width[i];
        if (Double.isNaN(w)) {
            w = measure.width(text(i));
            width[i] = w;
        }
        return w;
    }
}
