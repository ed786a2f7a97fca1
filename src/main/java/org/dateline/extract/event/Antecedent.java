// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.Locale;
import java.util.Set;

/**
 * What a relative pronoun stands for: the noun phrase, or run of names, that ends just before it ("the appeal" in
 * "The appeal, which was heard in April", "Tim Cook" in "Chief executive Tim Cook, who succeeded Jobs").
 */
final class Antecedent {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "there");

    private final Set<String> determiners = WordList.load("determiners.txt").asSet();
    private final Set<String> breaks = WordList.load("title-breaks.txt").asSet();
    private final Set<String> subjectless = WordList.load("subjectless-openers.txt").asSet();

    /**
     * The noun phrase that ends just before {@code at} ("the appeal" in "The appeal, which was heard"): what a
     * relative clause opening at {@code at} speaks of. Empty when the words before do not end in a plain noun
     * phrase (a determiner and what follows it, or a run of names).
     */
    String of(String text, int at, int limit) {
        String before = text.substring(Math.max(limit, at - ANTECEDENT_CHARS), at).replaceFirst("[,\\s]+$", "");
        String[] w = before.split("\\s+");
        // "Chief executive Tim Cook, who...", "hired former Burberry boss Angela Ahrendts, who...": the run of names
        // that ends the words before is what the pronoun stands for when no plain noun phrase is
        int run = w.length;
        while (run > 0 && w.length - run < MAX_ANTECEDENT && isName(w[run - 1])) {
            run--;
        }
        // "it was Jobs, not Papermaster, who...": a name set against another is not what the clause speaks of
        boolean contrasted = run > 0 && CONTRAST.contains(w[run - 1].toLowerCase(Locale.ROOT));
        String nameRun = run < w.length && !contrasted ? String.join(" ", java.util.Arrays.copyOfRange(w, run, w.length)) : "";
        boolean names = true;
        int namesFrom = -1; // where a run of names bounded by a preposition starts ("OS X" in "release to OS X")
        for (int i = w.length - 1; i >= 0 && i >= w.length - MAX_ANTECEDENT; i--) {
            String word = w[i].replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’&&[^%$.']]+$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty() || w[i].endsWith(",") && i < w.length - 1) {
                break;
            }
            if (determiners.contains(lower)) {
                int from = i;
                if (text.startsWith("who", at) && i >= 2 && OF_PLACE.contains(w[i - 1])) {
                    // "Hou Yu-ih of the Kuomintang, who conceded", "the head of the agency, who resigned": the
                    // person, with the body they are of
                    if (isName(w[i - 2])) {
                        from = i - 2;
                        while (from > 0 && isName(w[from - 1]) && i - from < MAX_ANTECEDENT) {
                            from--;
                        }
                    } else {
                        for (int j = i - 2; j >= Math.max(0, i - 4); j--) {
                            if (determiners.contains(w[j].toLowerCase(Locale.ROOT))) {
                                from = j;
                                break;
                            }
                        }
                    }
                }
                return String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
            }
            boolean preposition = breaks.contains(lower) && !subjectless.contains(lower);
            if (namesFrom < 0 && preposition && i < w.length - 1 && PP_IN_NOUN_PHRASE.contains(lower)) {
                namesFrom = i + 1; // "the release to OS X": look on for the determiner of the whole phrase
                continue;
            }
            if (breaks.contains(lower) || subjectless.contains(lower) || PRONOUNS.contains(lower)
                    || lower.endsWith("ed") && Character.isLowerCase(word.charAt(0))) {
                // a preposition or verb opens the run: only a run of names stands as the antecedent
                int from = namesFrom >= 0 ? namesFrom : i + 1;
                return names && from < w.length ? String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)) : nameRun;
            }
            if (namesFrom < 0) {
                names &= Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
            }
        }
        boolean plainPhrase = java.util.Arrays.stream(w).allMatch(x -> !x.isEmpty() && !Character.isLowerCase(x.charAt(0))
                || PP_IN_NOUN_PHRASE.contains(x) || determiners.contains(x));
        if (at - limit <= ANTECEDENT_CHARS && w.length <= MAX_ANTECEDENT && plainPhrase) {
            return String.join(" ", w); // "Talks with Beta Corp, which...": the sentence opens with the phrase
        }
        return namesFrom >= 0 ? String.join(" ", java.util.Arrays.copyOfRange(w, namesFrom, w.length)) : nameRun;
    }

    private static final Set<String> OF_PLACE = Set.of("of", "from", "at");
    private static final Set<String> CONTRAST = Set.of("not", "and", "or", "nor", "but", "than", "except");

    private static boolean isName(String word) {
        String bare = word.replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’&&[^.]]+$", "");
        return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !word.endsWith(",");
    }

    /** Words within the antecedent window: a determiner this far back still opens the phrase. */
    private static final int MAX_ANTECEDENT = 8;
    /** How far back the antecedent is looked for. */
    private static final int ANTECEDENT_CHARS = 100;
    /** Prepositions that join a noun to its complement inside one noun phrase ("the release to OS X"). */
    private static final Set<String> PP_IN_NOUN_PHRASE = Set.of("of", "to", "for", "with");
}
