// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last words that make a name an organisation's ("Corp.", "Company", "Group", "Ministry"), from
 * {@code name-heads.tsv}, for code outside this package that must tell "General Motors Corp." from a person.
 */
public final class NameEndings {
    private static final Set<String> ORGANISATION = Lexicon.rows("name-heads.tsv").stream()
            .filter(r -> r.length > 1 && Set.of("org", "legal", "outlet", "gov").contains(r[1]))
            .map(r -> r[0]).collect(Collectors.toUnmodifiableSet());

    private NameEndings() {
    }

    /** True when a name ending in {@code word} (as written, "Corp." or "Corp") is an organisation's. */
    public static boolean endsOrganisation(String word) {
        return ORGANISATION.contains(word);
    }
}
