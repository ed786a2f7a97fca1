// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.DateSpan;
import org.dateline.model.Precision;
import org.dateline.model.Timex;

/**
 * Dates what a duration is counted from: "Nearly four years after the Taliban reconquered Afghanistan", in an
 * article of 2025-07-25, puts the reconquest in about 2021. Only a duration followed by "after" or "since"
 * is anchored, counted back from the publication date; the result is always approximate, since the
 * publication date only stands in for "now".
 */
final class AnchoredDuration {
    private static final Pattern AMOUNT = Pattern.compile("P(?<n>\\d+)(?<u>[YMWD])");
    /** The words after the duration that make it count from an event. */
    static final Pattern LINK = Pattern.compile("^\\s+(?:after|since)\\s+", Pattern.CASE_INSENSITIVE);

    private AnchoredDuration() {
    }

    /** The approximate date of the event the duration counts from, when one can be computed. */
    static Optional<DateSpan> date(Timex t, String text, int limit, LocalDate published) {
        if (published == null || t.value() == null || limit <= t.end()) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(t.value());
        if (!m.matches() || !LINK.matcher(text.substring(t.end(), Math.min(limit, t.end() + 12))).find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group("n"));
        Optional<DateSpan> d = switch (m.group("u")) {
            case "Y" -> DateSpan.parse(String.valueOf(published.getYear() - n), true);
            case "M" -> {
                LocalDate back = published.minusMonths(n);
                yield DateSpan.parse(String.format("%04d-%02d", back.getYear(), back.getMonthValue()), true);
            }
            case "W" -> Optional.of(DateSpan.ofDay(published.minusWeeks(n)).withApproximate(true));
            default -> Optional.of(DateSpan.ofDay(published.minusDays(n)).withApproximate(true));
        };
        return d.filter(x -> x.precision() != Precision.UNKNOWN);
    }

    /** Where the anchoring clause starts: right after "after"/"since". */
    static int anchorStart(Timex t, String text, int limit) {
        if (limit <= t.end()) {
            return t.end();
        }
        Matcher m = LINK.matcher(text.substring(t.end(), Math.min(limit, t.end() + 12)));
        return m.find() ? t.end() + m.end() : t.end();
    }
}
