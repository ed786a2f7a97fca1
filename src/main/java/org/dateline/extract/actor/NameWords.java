// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What single words say about a name, for code outside this package: the last words that make a name an
 * organisation's ("Corp.", "Company", "Ministry", from {@code name-heads.tsv}), and the lower-case words that join
 * the words of one name ("von der" in "Ursula von der Leyen", from {@code context.tsv}).
 */
public final class NameWords {
    private static final Set<String> ORGANISATION = Lexicon.rows("name-heads.tsv").stream()
            .filter(r -> r.length > 1 && Set.of("org", "legal", "outlet", "gov").contains(r[1]))
            .map(r -> r[0]).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> CONNECTORS = Lexicon.rows("context.tsv").stream()
            .filter(r -> r.length > 1 && r[1].equals("connector"))
            .map(r -> r[0]).collect(Collectors.toUnmodifiableSet());

    private NameWords() {
    }

    /** True when a name ending in {@code word} (as written, "Corp." or "Corp") is an organisation's. */
    public static boolean endsOrganisation(String word) {
        return ORGANISATION.contains(word);
    }

    /** True when {@code word}, written in lower case, may join the words of one name ("von", "der", "bin"). */
    public static boolean joinsName(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && CONNECTORS.contains(word);
    }
}
