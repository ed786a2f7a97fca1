// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Span;

/**
 * Splits text into sentences. A sentence ends at {@code . ! ?} (with any closing quotes) before a capital, a
 * digit or an opening quote, unless the word before the period is a known abbreviation ("U.S.", "Mr.",
 * "Jan.", from {@code abbreviations.txt}) or an initial. Blank lines always end a sentence; a single line break
 * does too, except inside a paragraph that was wrapped (a long line running on into a lower-case one).
 */
public final class SentenceSplitter {
    /** Lines at least this long that stop mid-phrase are taken as wrapped, as PDF text is. */
    private static final int WRAPPED_LINE = 60;

    private final Set<String> abbreviations;

    public SentenceSplitter() {
        this(WordList.load("abbreviations.txt").asSet());
    }

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The sentences of {@code text[from, to)}, trimmed of surrounding white space, in text order. */
    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int lineStart = from;
        int runStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '\n') {
                continue;
            }
            // text[lineStart, i) is one line; decide whether the run of lines goes on past it.
            if (i >= to || endsRun(text, lineStart, i, to)) {
                splitRun(text, runStart, i, out);
                runStart = i + 1;
            }
            lineStart = i + 1;
        }
        return out;
    }

    private boolean endsRun(String text, int lineStart, int lineEnd, int to) {
        int next = lineEnd + 1;
        while (next < to && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
            next++;
        }
        if (next >= to || text.charAt(next) == '\n') {
            return true;
        }
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        char first = text.charAt(next);
        boolean wrapped = line.length() >= WRAPPED_LINE && (Character.isLowerCase(last) || last == ',' || last == '-');
        return !(wrapped || (Character.isLowerCase(first) && (Character.isLetter(last) || last == ',')));
    }

    private void splitRun(String text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < to && isCloser(text.charAt(j))) {
                j++;
            }
            if (j < to && !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < to && !opensSentence(text.charAt(k))) {
                continue;
            }
            if (c == '.' && k < to && isAbbreviation(text, from, i)) {
                continue;
            }
            add(text, start, j, out);
            start = j;
            i = j - 1;
        }
        add(text, start, to, out);
    }

    private boolean isAbbreviation(String text, int from, int period) {
        int s = period;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && !isOpener(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, period);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, as in "George W. Bush"
        }
        return abbreviations.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c) || c == '\'' || c == '—' || c == '-';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
