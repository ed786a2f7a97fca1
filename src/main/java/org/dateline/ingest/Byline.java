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
    private static final Pattern TAIL = Pattern.compile(
            "(?:\\s*(?:[|,•·]|\\s[-–—]\\s|\\s(?:for|in|on|at|updated|published)\\s).*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_TAIL = Pattern.compile("(?:\\s*(?:[|•·]|\\s[-–—]\\s).*)?$");
    /** After "By", one name may stand alone ("By Reuters"); several are joined by commas or "and". */
    private static final Pattern BY_NAMES = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+" + WORD + "){0,3}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+" + WORD + "){1,3})*");

    private Byline() {
    }

    /** The author named by this line, if the line is a byline. */
    static Optional<String> parse(String line) {
        if (line.length() > 80 || DateLines.parse(line).isPresent()) {
            return Optional.empty();
        }
        var by = BY.matcher(line);
        if (by.matches()) {
            // "By the numbers: ..." is a heading, not a byline: a name must follow.
            var m = BY_NAMES.matcher(by.group("names").strip());
            if (!m.lookingAt() || !TAIL.matcher(by.group("names").strip().substring(m.end())).matches()) {
                return Optional.empty();
            }
            return Optional.of(m.group());
        }
        // Without "By", only a bare name counts, alone or before a separator ("Jane Doe | July 25, 2025"): the
        // risk is taking a short heading for a name.
        var m = NAMES.matcher(line);
        if (m.lookingAt() && m.end() <= 50 && BARE_TAIL.matcher(line.substring(m.end())).matches()) {
            return Optional.of(m.group());
        }
        return Optional.empty();
    }
}
