// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures label widths by summing cached per-character widths: measuring 100k labels with a Text node each would
 * take longer than a frame, and kerning changes a label's width by less than the gap kept between labels.
 */
final class TextMeasure {
    private static final String ELLIPSIS = "…";
    private final Font font;
    private final Text probe = new Text();
    private final double[] ascii = new double[0x3000];
    private final Map<Character, Double> other = new HashMap<>();

    TextMeasure(Font font) {
        this.font = font;
        probe.setFont(font);
        Arrays.fill(ascii, Double.NaN);
    }

    Font font() {
        return font;
    }

    double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += charWidth(s.charAt(i));
        }
        return Math.ceil(w);
    }

    /** {@code s}, cut with an ellipsis where needed so that it is at most {@code max} pixels wide. */
    String fit(String s, double max) {
        if (width(s) <= max) {
            return s;
        }
        double budget = max - charWidth(ELLIPSIS.charAt(0));
        double w = 0;
        int i = 0;
        for (; i < s.length(); i++) {
            w += charWidth(s.charAt(i));
            if (w > budget) {
                break;
            }
        }
        return s.substring(0, i).stripTrailing() + ELLIPSIS;
    }

    private double charWidth(char c) {
        if (c < ascii.length) {
            double w = ascii[c];
            if (Double.isNaN(w)) {
                w = measure(c);
                ascii[c] = w;
            }
            return w;
        }
        return other.computeIfAbsent(c, this::measure);
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }
}
