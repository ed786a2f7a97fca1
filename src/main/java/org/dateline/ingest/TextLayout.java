// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An article's text cut into lines, each with its offsets and a cleaned form for recognising what it is. */
public final class TextLayout {
    /**
     * One line of the text: {@code [start, end)} without its line break; {@code clean} is the line without
     * surrounding whitespace and the Markdown marks that only decorate it ("# ", "**...**", "> ").
     */
    public record Line(int start, int end, String clean) {
        public boolean blank() {
            return clean.isEmpty();
        }

        public int words() {
            return clean.isEmpty() ? 0 : clean.split("\\s+").length;
        }
    }

    private static final Pattern HEADING_MARK = Pattern.compile("^(?:#{1,6}\\s+|>\\s*)+|\\s+#+$");
    private static final Pattern EMPHASIS = Pattern.compile("^([*_]{1,3})(.+?)\\1$");

    private TextLayout() {
    }

    public static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            out.add(new Line(start, end, clean(text.substring(start, end))));
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    static String clean(String raw) {
        // Non-breaking and zero-width spaces count as whitespace: web text is full of them.
        String s = raw.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "").strip();
        s = HEADING_MARK.matcher(s).replaceAll("").strip();
        var m = EMPHASIS.matcher(s);
        if (m.matches() && m.group(2).codePoints().anyMatch(Character::isLetterOrDigit)) {
            s = m.group(2).strip();
        }
        return s;
    }
}
