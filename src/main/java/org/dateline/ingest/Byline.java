// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises a byline: "By Jane Doe", "Giorgio Cafiero", "By Jane Doe and John Roe". */
final class Byline {
    private static final Pattern BY = Pattern.compile("^(?:written\\s+|words\\s+)?by[:\\s]\\s*(?<names>.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A personal name: two to four capitalised words, allowing particles such as "de", "van", "al-". */
    private static final String WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|der|di|du|la|le|van|von|bin|ibn|al|el)";
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+" + WORD + "){1,3}";
    private static final Pattern NAMES = Pattern.compile(NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*");
    /** What often follows the names on a byline: the outlet or role ("By Jane Doe, Reuters", "| Staff"). */
    private static final Pattern TAIL = Pattern.compile("\\s*(?:[|,•·]|\\s[-–—]\\s|\\sfor\\s|\\sin\\s).*$");

    private Byline() {
    }

    /** The author named by this line, if the line is a byline. */
    static Optional<String> parse(String line) {
        if (line.length() > 80 || DateLines.parse(line).isPresent()) {
            return Optional.empty();
        }
        var by = BY.matcher(line);
        if (by.matches()) {
            String names = by.group("names").strip();
            String cut = cutTail(names);
            return cut.isEmpty() || cut.length() > 60 ? Optional.empty() : Optional.of(cut);
        }
        // Without "By", only a bare name on its line counts: the risk is taking a short heading for a name.
        return NAMES.matcher(line).matches() && line.length() <= 50 ? Optional.of(line) : Optional.empty();
    }

    private static String cutTail(String names) {
        var m = NAMES.matcher(names);
        if (m.lookingAt() && TAIL.matcher(names.substring(m.end())).matches()) {
            return names.substring(0, m.end());
        }
        return names;
    }
}
