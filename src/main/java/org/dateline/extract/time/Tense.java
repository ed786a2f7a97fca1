// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether the clause around an expression speaks of the past or the future, from the cue words of
 * {@code patterns.txt} ({@code [futureCue]}, {@code [pastCue]}) and past tenses in -ed: the nearest cue wins, a cue
 * before the expression counting a little closer ("will ... on Monday"), and a cue beyond a comma counting as
 * farther than any within the expression's own stretch between commas ("Streiff, who took over in July, is expected
 * to"). Words are compared one and two at a time, so no regex runs over the sentence.
 */
final class Tense {
    enum Kind { PAST, FUTURE, UNKNOWN }

    private static final int REACH = 120;
    /** How much farther a cue counts when a comma stands between it and the expression. */
    private static final int ACROSS_COMMA = 60;
    private final Set<String> reporting = new HashSet<>();
    /** Verbs after which a participle is an adjective ("will stay closed"), not a past tense. */
    private final Set<String> linking = new HashSet<>();
    private final Set<String> future = new HashSet<>();
    private final Set<String> past = new HashSet<>();

    Tense(RuleBook book) {
        fill(book, "futureCue", future);
        fill(book, "pastCue", past);
        fill(book, "reportingCue", reporting);
        fill(book, "linkingVerb", linking);
    }

    private static void fill(RuleBook book, String list, Set<String> into) {
        RuleBook.WordList w = book.list(list);
        if (w == null) {
            throw new IllegalStateException("patterns.txt lacks [" + list + "]");
        }
        into.addAll(w.values().keySet());
    }

    Kind of(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        int segFrom = commaBefore(text, from, start);
        int segTo = commaAfter(text, end, to);
        Kind best = Kind.UNKNOWN;
        int bestDist = Integer.MAX_VALUE;
        String prev = null;
        int prevStart = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
                j++;
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            // A capitalised word inside the sentence is a name ("the January-May period", "Will Smith"), no cue.
            boolean name = i > from && Character.isUpperCase(text.charAt(i));
            if ((j <= start || i >= end) && !name) {
                Kind k = classify(prev, w);
                int cueStart = k != null && prev != null && isPair(prev, w) ? prevStart : i;
                // A reporting frame after a comma (", officials said") tells when it was said, not when the
                // reported thing happens: "The offer runs through Dec. 20, the company said."
                if (k != null && i >= end && reporting.contains(w) && text.indexOf(',', end) >= 0
                        && text.indexOf(',', end) < i && wordsBetween(text, j, to) <= 3) {
                    k = null;
                }
                if (k != null) {
                    int dist = j <= start ? (start - j) * 2 / 3 : cueStart - end;
                    if (i < segFrom || j > segTo) {
                        dist += ACROSS_COMMA;
                    }
                    if (dist < bestDist) {
                        bestDist = dist;
                        best = k;
                    }
                }
            }
            prev = w;
            prevStart = i;
            i = j;
        }
        return best;
    }

    /** A comma that separates words (not the one in "$1,000"); the stretch starts after the last before {@code at}. */
    private static boolean clauseComma(String text, int i) {
        return text.charAt(i) == ',' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1)));
    }

    private static int commaBefore(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (clauseComma(text, i)) {
                return i + 1;
            }
        }
        return from;
    }

    private static int commaAfter(String text, int at, int to) {
        for (int i = at; i < to; i++) {
            if (clauseComma(text, i)) {
                return i;
            }
        }
        return to;
    }

    /**
     * True when the expression at {@code start} dates a trailing reporting frame: ", the ministry said on Saturday."
     * It tells when the news was given, not where the story is.
     */
    boolean datesReportingFrame(String text, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i >= 2 && text.regionMatches(true, i - 2, "on", 0, 2) && (i == 2 || !Character.isLetter(text.charAt(i - 3)))) {
            i -= 2;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        if (j == i || !reporting.contains(text.substring(j, i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = j - 1; k >= Math.max(0, j - 80); k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '\n' || c == ';') {
                return false;
            }
            if (clauseComma(text, k)) {
                return true;
            }
        }
        return false;
    }

    private static int wordsBetween(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    private boolean isPair(String prev, String w) {
        String pair = prev + " " + w;
        return future.contains(pair) || past.contains(pair);
    }

    private Kind classify(String prev, String w) {
        if (prev != null) {
            String pair = prev + " " + w;
            if (future.contains(pair)) {
                return Kind.FUTURE;
            }
            if (past.contains(pair)) {
                return Kind.PAST;
            }
        }
        if (future.contains(w) || w.endsWith("'ll")) {
            return Kind.FUTURE;
        }
        if (past.contains(w)) {
            return Kind.PAST;
        }
        // The present progressive speaks of plans in news: "Apple is holding an event on Friday".
        if (w.length() > 5 && w.endsWith("ing") && prev != null && (prev.equals("is") || prev.equals("are")
                || prev.equals("'re"))) {
            return Kind.FUTURE;
        }
        // A participle after a form of "be" ("will be held", "is expected") says nothing of the tense.
        if (w.length() > 4 && w.endsWith("ed") && !(prev != null && linking.contains(prev))) {
            return Kind.PAST;
        }
        return null;
    }

    /** A full stop with a lower-case word after it ("in the U.S. in June") ends an abbreviation, not a sentence. */
    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int k = dot + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isLowerCase(text.charAt(k));
    }

    private static int sentenceStart(String text, int at) {
        int lim = Math.max(0, at - REACH);
        for (int i = at - 1; i > lim; i--) {
            char c = text.charAt(i);
            if (c == ';' || (c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i)) {
                return i + 1;
            }
        }
        return lim;
    }

    private static int sentenceEnd(String text, int at) {
        int lim = Math.min(text.length(), at + REACH);
        for (int i = at; i < lim; i++) {
            char c = text.charAt(i);
            if (c == ';' || (c == '.' || c == '!' || c == '?' || c == '\n') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, i)) {
                return i;
            }
        }
        return lim;
    }
}
