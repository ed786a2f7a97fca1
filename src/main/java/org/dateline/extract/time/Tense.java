// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the clause around an expression speaks of the past or the future, from the cue words of
 * {@code patterns.txt} ({@code [futureCue]}, {@code [pastCue]}) and past participles: the nearest cue wins.
 */
final class Tense {
    enum Kind { PAST, FUTURE, UNKNOWN }

    private static final int REACH = 120;
    private final Pattern cues;

    Tense(RuleBook book) {
        cues = Pattern.compile("(?<![\\p{L}'])(?:(?<f>" + alternation(book, "futureCue") + ")|(?<p>"
                + alternation(book, "pastCue") + "|[a-z]{3,}ed))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    private static String alternation(RuleBook book, String list) {
        RuleBook.WordList w = book.list(list);
        if (w == null) {
            throw new IllegalStateException("patterns.txt lacks [" + list + "]");
        }
        return String.join("|", w.values().keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q")).toList());
    }

    Kind of(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        Matcher m = cues.matcher(text).region(from, to);
        Kind best = Kind.UNKNOWN;
        int bestDist = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) {
                continue;
            }
            int dist = m.end() <= start ? start - m.end() : m.start() - end;
            // A cue before the expression usually governs it ("will ... on Monday"): count it a little closer.
            if (m.end() <= start) {
                dist = dist * 2 / 3;
            }
            if (m.group("p") != null && isPassive(text, m.start())) {
                continue;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = m.group("f") != null ? Kind.FUTURE : Kind.PAST;
            }
        }
        return best;
    }

    /** "will be held", "is expected": a participle after a form of "be" says nothing of the tense. */
    private static boolean isPassive(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int e = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String prev = lower(text.substring(i + 1, e));
        return prev.equals("be") || prev.equals("been") || prev.equals("being") || prev.equals("is") || prev.equals("are");
    }

    private static int sentenceStart(String text, int at) {
        int lim = Math.max(0, at - REACH);
        for (int i = at - 1; i > lim; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return lim;
    }

    private static int sentenceEnd(String text, int at) {
        int lim = Math.min(text.length(), at + REACH);
        for (int i = at; i < lim; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return lim;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
