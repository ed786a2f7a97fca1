// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

/**
 * A wire story's dateline opens its first paragraph: "WASHINGTON (AP) --", "SEOUL, South Korea (AP) --",
 * "TOKYO, Jan 22 (Reuters) -", "DEARBORN, Mich. --". It says where the story was filed and who filed it, so neither
 * its city, its country nor its agency acts in the sentence it opens.
 */
final class Datelines {
    /** Tokens a dateline may have between its city and its agency or dash: ", South Korea", ", Jan 22", ", Mich." */
    private static final int REACH = 6;

    private Datelines() {
    }

    /** The tokens that belong to a dateline, true for each. */
    static boolean[] of(Tokens t) {
        boolean[] out = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            if (i > 0 && t.sameLine(i) || !allCaps(t, i)) {
                continue;
            }
            int end = end(t, i);
            for (int k = i; k < end; k++) {
                out[k] = true;
            }
        }
        return out;
    }

    /** The token after the dateline that starts at {@code a}, or {@code a} when there is none. */
    private static int end(Tokens t, int a) {
        int k = a;
        while (k < t.size && allCaps(t, k) && (k == a || t.sameLine(k))) {
            k++;
        }
        if (k < t.size && t.isPunct(k, ',')) {
            int c = k + 1;
            while (c < t.size && c <= k + REACH && t.sameLine(c) && !t.isPunct(c, '(') && !dash(t, c)) {
                if (t.isPunct(c, ',') || !t.word[c] && !t.isPunct(c, '.')) {
                    return a;
                }
                c++;
            }
            k = c;
        }
        int after = k;
        if (k + 2 < t.size && t.isPunct(k, '(') && t.word[k + 1] && t.isPunct(k + 2, ')') && t.sameLine(k)) {
            after = k + 3;
        }
        int dashes = after;
        while (dashes < t.size && dash(t, dashes) && t.sameLine(dashes)) {
            dashes++;
        }
        return dashes > after ? dashes : a; // "NATO (Brussels) said" opens no dateline: a dash ends one

    }

    private static boolean dash(Tokens t, int i) {
        return t.isPunct(i, '-') || t.isPunct(i, '\u2014') || t.isPunct(i, '\u2013');
    }

    /** "WASHINGTON", "GAZA": a word of two letters or more, every letter a capital. */
    private static boolean allCaps(Tokens t, int i) {
        if (!t.word[i] || t.end[i] - t.start[i] < 2) {
            return false;
        }
        for (int k = t.start[i]; k < t.end[i]; k++) {
            char c = t.text.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
