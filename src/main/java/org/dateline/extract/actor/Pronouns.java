// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

/**
 * What the pronouns and quotations after a lone name say of it: "Trump said he", "'I will not resign,' Netanyahu
 * said", "Trump's wife" speak of a person; "Nvidia said its" of an organisation.
 */
final class Pronouns {
    private Pronouns() {
    }

    /**
     * Whether the pronouns that follow a lone name speak of a person: after each occurrence, the first
     * personal pronoun in the rest of its sentence and the next one counts, "he"/"his"/"her" for a person and
     * "its" for an organisation ("Trump said he", "Nvidia said its"). A plain "it" says nothing
     * ("Trump said it was unfair").
     */
    static boolean personByPronouns(Lexicon lex, Tokens t, String word) {
        return personByPronouns(lex, t, word, false);
    }

    /**
     * With {@code subjectOnly}, only where the word is directly followed by a verb and only in that sentence: a
     * place's name needs more ("Abbott signed it in Texas. He said" says nothing of Texas).
     */
    static boolean personByPronouns(Lexicon lex, Tokens t, String word, boolean subjectOnly) {
        int from = word.startsWith("Mc") || word.startsWith("De") || word.startsWith("Di") || word.startsWith("La")
                ? 3 : word.startsWith("Mac") ? 4 : word.startsWith("O'") ? 3 : 1; // "DeSantis", "LaHood", "DiNapoli"
        for (int i = from; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i)) && word.charAt(i) != '-' && word.charAt(i) != '\'') {
                return false; // "IBM", "YouTube": a person's name is written Trump, O'Brien, McConnell, DeSantis
            }
        }
        return votes(lex, t, word, subjectOnly) > 0;
    }

    /** The pronoun votes of {@link #personByPronouns}: above zero for a person, below for a thing. */
    static int votes(Lexicon lex, Tokens t, String word, boolean subjectOnly) {
        int votes = 0;
        for (int k = 0; k < t.size; k++) {
            if (!t.word[k] || !t.at(k).equals(word)
                    || subjectOnly && (k + 1 >= t.size || !t.word[k + 1] || !lex.isVerb(t.at(k + 1)))) {
                continue;
            }
            if (!subjectOnly && t.isPossessive(k + 1) && k + 2 < t.size && t.word[k + 2]
                    && lex.context(t.at(k + 2), "kin-noun")) {
                votes++; // "Trump's wife", "Musk's lawyers"
                continue;
            }
            if (!subjectOnly && speaksInFirstPerson(t, k)) {
                votes++; // "'I will not resign,' Trump said": an organisation does not say "I"
                continue;
            }
            int sentences = subjectOnly ? 1 : 0;
            for (int j = k + 1; j < t.size && j < k + 40; j++) {
                if (t.sentenceStart[j] && ++sentences > 1) {
                    break;
                }
                if (!t.word[j]) {
                    continue;
                }
                String w = t.at(j).toLowerCase(java.util.Locale.ROOT);
                if ((w.equals("the") || w.equals("a") || w.equals("an")) && j + 1 < t.size && t.word[j + 1]
                        && !t.isCapitalised(j + 1)) {
                    break; // "Musk said the company would delay its": the pronoun is another noun's; not "the BBC"
                }
                if (lex.context(w, "person-pronoun")) {
                    votes++;
                    break;
                }
                if (lex.context(w, "thing-pronoun")) {
                    votes--;
                    break;
                }
                if (t.isCapitalised(j) && !t.sentenceStart[j] && lex.isGivenName(t.at(j))) {
                    break; // "Apple hired John Smith for his skills": the pronoun is the nearer person's
                }
            }
        }
        return votes;
    }

    /** Whether the quotation right before the name at {@code k} (", Trump said") or right after its verb says "I". */
    private static boolean speaksInFirstPerson(Tokens t, int k) {
        int q = k - 1;
        if (q >= 0 && t.isPunct(q, ',')) {
            q--; // "... resign", Trump said
        }
        if (q >= 0 && isQuote(t, q) && (k - q == 1 || t.isPunct(k - 1, ','))) {
            return firstPersonIn(t, q - 1, -1);
        }
        int after = k + 1 < t.size && t.word[k + 1] ? k + 2 : -1; // Trump said: "I ...
        while (after > 0 && after < t.size && (t.isPunct(after, ':') || t.isPunct(after, ','))) {
            after++;
        }
        return after > 0 && after < t.size && isQuote(t, after) && firstPersonIn(t, after + 1, 1);
    }

    private static boolean isQuote(Tokens t, int i) {
        return t.isPunct(i, '"') || t.isPunct(i, '\u201C') || t.isPunct(i, '\u201D');
    }

    /** "I", "me", "my" in the quotation that runs from {@code from} in direction {@code step} to its other quote. */
    private static boolean firstPersonIn(Tokens t, int from, int step) {
        for (int i = from, n = 0; i >= 0 && i < t.size && n < 80 && !isQuote(t, i); i += step, n++) {
            if (t.word[i]) {
                String w = t.at(i);
                if (w.equals("I") || w.equals("me") || w.equals("my") || w.equals("My")) {
                    return true;
                }
            }
        }
        return false;
    }
}
