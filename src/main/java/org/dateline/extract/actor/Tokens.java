// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.Arrays;
import java.util.Set;

/**
 * An article's words and punctuation, with offsets, as parallel arrays: the recogniser walks them many times and
 * arrays keep that within the speed budget. Hand-written rather than a regex for the same reason.
 *
 * <p>Hyphens split words ("Russia-Taliban" is two names) but are remembered ({@link #hyphenBefore}) so that
 * "Wal-Mart" can be joined back. "U.S." and "U.N." are one token. A possessive "'s" is its own token.
 */
final class Tokens {
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co",
            "Ltd", "Jr", "Sr", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj", "Cmdr",
            "Prof", "No", "vs", "Mt", "Ft");

    /** Abbreviations that end a name; their full stop is not kept as a token. */
    private static final Set<String> NAME_ENDINGS = Set.of("Jr", "Sr", "Inc", "Corp", "Co", "Ltd");

    final String text;
    int size;
    int[] start = new int[256];
    int[] end = new int[256];
    boolean[] word = new boolean[256];
    boolean[] sentenceStart = new boolean[256];
    boolean[] hyphenBefore = new boolean[256];
    String[] value = new String[256];

    private Tokens(String text) {
        this.text = text;
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.scan();
        return t;
    }

    String at(int i) {
        return value[i];
    }

    boolean isCapitalised(int i) {
        return word[i] && Character.isUpperCase(text.charAt(start[i]));
    }

    boolean isPunct(int i, char c) {
        return !word[i] && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    boolean isPossessive(int i) {
        return i >= 0 && i < size && !word[i] && (value[i].equals("'s") || value[i].equals("’s") || value[i].equals("'")
                || value[i].equals("’"));
    }

    /** True when nothing but spaces and tabs separates token i-1 and token i (no line break). */
    private java.util.Set<String> midSentence;

    /** The words written somewhere other than at a sentence's start; computed once per text. */
    boolean namedMidSentence(String word) {
        if (midSentence == null) {
            midSentence = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                if (!sentenceStart[i] && this.word[i]) {
                    midSentence.add(at(i));
                }
            }
        }
        return midSentence.contains(word);
    }

    boolean sameLine(int i) {
        for (int k = end[i - 1]; k < start[i]; k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    private void scan() {
        final String s = text;
        final int n = s.length();
        int i = 0;
        boolean nextStartsSentence = true;
        boolean hyphen = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                // a blank line, or a line that does not continue the previous one, starts a sentence
                int k = i + 1;
                while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r')) {
                    k++;
                }
                if (k < n && s.charAt(k) == '\n' || size > 0 && !word[size - 1] && !isPunct(size - 1, ',')) {
                    nextStartsSentence = true;
                }
                hyphen = false;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                hyphen = false;
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int e = abbreviationEnd(s, i, n);
                boolean abbrev = e > 0;
                if (!abbrev) {
                    e = i + 1;
                    while (e < n) {
                        char d = s.charAt(e);
                        if (Character.isLetterOrDigit(d)) {
                            e++;
                        } else if ((d == '\'' || d == '’' || d == '&' || d == '.') && e + 1 < n
                                && Character.isLetterOrDigit(s.charAt(e + 1)) && !possessiveAt(s, e, n)
                                && (d != '.' || Character.isDigit(s.charAt(e + 1)) && Character.isDigit(s.charAt(e - 1)))) {
                            e += 2;
                        } else {
                            break;
                        }
                    }
                }
                add(i, e, true, nextStartsSentence, hyphen);
                nextStartsSentence = false;
                hyphen = false;
                i = e;
                continue;
            }
            // punctuation
            if ((c == '\'' || c == '’') && possessiveAt(s, i, n)) {
                add(i, i + 2, false, false, false);
                i += 2;
                continue;
            }
            if (c == '.' && size > 0 && word[size - 1] && end[size - 1] == i && NAME_ENDINGS.contains(value[size - 1])) {
                i++; // "Martin Luther King Jr. said", "Ford Motor Co. said": the full stop is part of the name
                continue;
            }
            add(i, i + 1, false, false, false);
            if (c == '-' && size > 1 && word[size - 2] && end[size - 2] == i && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                size--; // the hyphen itself is not kept: the next word remembers it
                hyphen = true;
            } else if (c == '.' || c == '!' || c == '?') {
                nextStartsSentence = (size < 2 || !word[size - 2] || !ABBREVIATIONS.contains(value[size - 2])
                        && !(end[size - 2] - start[size - 2] == 1 && Character.isUpperCase(s.charAt(start[size - 2]))))
                        && !continuesSentence(s, i + 1, n); // "R-Fla., said": no sentence starts with a comma
            } else if (c == ':' || c == '•') {
                nextStartsSentence = nextStartsSentence || c == '•';
            }
            i++;
        }
    }

    /** What follows a full stop at {@code i} goes on the same sentence: a comma, a lower-case word or a digit. */
    private static boolean continuesSentence(String s, int i, int n) {
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = s.charAt(i);
        return c == ',' || c == ';' || Character.isLowerCase(c) || Character.isDigit(c);
    }

    /** "U.S.", "U.N.", "U.K.": single capitals each followed by a full stop. Returns the end, or -1. */
    private static int abbreviationEnd(String s, int i, int n) {
        int k = i;
        int letters = 0;
        while (k + 1 < n && Character.isUpperCase(s.charAt(k)) && s.charAt(k + 1) == '.'
                && (k == i || true)) {
            letters++;
            k += 2;
        }
        if (letters >= 2 && (k >= n || !Character.isLetterOrDigit(s.charAt(k)))) {
            return k;
        }
        return -1;
    }

    private static boolean possessiveAt(String s, int i, int n) {
        char c = s.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    private void add(int s, int e, boolean isWord, boolean sentStart, boolean hyphen) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            word = Arrays.copyOf(word, cap);
            sentenceStart = Arrays.copyOf(sentenceStart, cap);
            hyphenBefore = Arrays.copyOf(hyphenBefore, cap);
            value = Arrays.copyOf(value, cap);
        }
        start[size] = s;
        end[size] = e;
        word[size] = isWord;
        sentenceStart[size] = sentStart;
        hyphenBefore[size] = hyphen;
        value[size] = text.substring(s, e);
        size++;
    }

    /** {@code text[from, to)} with every run of white space made one space, as names are shown. */
    static String oneLine(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
