// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date as an event carries it: a TIMEX3 value ({@code 2025}, {@code 2025-07}, {@code 2025-07-03},
 * {@code 2025-Q3}, {@code 2025-W11}, {@code 2025-W11-WE}, {@code 2025-SU}, {@code 199X}, {@code FY2007}...), how precise it is, whether it is
 * approximate, and the first and last day it covers.
 */
public record DateSpan(String value, Precision precision, boolean approximate, LocalDate first, LocalDate last) {

    private static final Pattern VALUE = Pattern.compile(
            "(?<fy>FY)?(?<y>\\d{4})(?:-(?:(?<m>\\d{2})(?:-(?<d>\\d{2})(?:T(?<t>[\\d:]+|MO|AF|EV|NI|DT))?)?"
                    + "|W(?<w>\\d{2})(?<we>-WE)?|Q(?<q>[1-4])|H(?<h>[12])|(?<s>SP|SU|FA|WI)))?"
                    + "|(?<dec>\\d{3})X|(?<cen>\\d{2})XX");

    public DateSpan {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("first after last: " + value);
        }
    }

    /** The span of a calendar TIMEX3 value, or empty for values that name no calendar stretch (P4Y, PAST_REF, XXXX-07). */
    public static Optional<DateSpan> parse(String value, boolean approximate) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group("dec") != null) {
                int y = Integer.parseInt(m.group("dec")) * 10;
                return Optional.of(new DateSpan(value, Precision.DECADE, approximate,
                        LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
            }
            if (m.group("cen") != null) {
                int y = Integer.parseInt(m.group("cen")) * 100;
                return Optional.of(new DateSpan(value, Precision.CENTURY, approximate,
                        LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31)));
            }
            int y = Integer.parseInt(m.group("y"));
            if (m.group("d") != null) {
                LocalDate d = LocalDate.of(y, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
                Precision p = m.group("t") != null ? Precision.TIME : Precision.DAY;
                return Optional.of(new DateSpan(value, p, approximate, d, d));
            }
            if (m.group("m") != null) {
                LocalDate f = LocalDate.of(y, Integer.parseInt(m.group("m")), 1);
                return Optional.of(new DateSpan(value, Precision.MONTH, approximate, f,
                        f.with(TemporalAdjusters.lastDayOfMonth())));
            }
            if (m.group("w") != null) {
                LocalDate f = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("w")))
                        .with(DayOfWeek.MONDAY);
                if (m.group("we") != null) {
                    // 2025-W30-WE: the weekend that closes ISO week 30.
                    return Optional.of(new DateSpan(value, Precision.WEEK, approximate, f.plusDays(5), f.plusDays(6)));
                }
                return Optional.of(new DateSpan(value, Precision.WEEK, approximate, f, f.plusDays(6)));
            }
            if (m.group("q") != null) {
                int q = Integer.parseInt(m.group("q"));
                LocalDate f = LocalDate.of(y, (q - 1) * 3 + 1, 1);
                return Optional.of(new DateSpan(value, Precision.QUARTER, approximate, f,
                        f.plusMonths(3).minusDays(1)));
            }
            if (m.group("h") != null) {
                int h = Integer.parseInt(m.group("h"));
                LocalDate f = LocalDate.of(y, h == 1 ? 1 : 7, 1);
                return Optional.of(new DateSpan(value, Precision.HALF_YEAR, approximate, f,
                        f.plusMonths(6).minusDays(1)));
            }
            if (m.group("s") != null) {
                // Northern-hemisphere meteorological seasons; winter runs into the next year.
                int startMonth = switch (m.group("s")) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate f = LocalDate.of(y, startMonth, 1);
                return Optional.of(new DateSpan(value, Precision.SEASON, true, f, f.plusMonths(3).minusDays(1)));
            }
            return Optional.of(new DateSpan(value, Precision.YEAR, approximate,
                    LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<DateSpan> parse(String value) {
        return parse(value, false);
    }

    /** A day-precise span. */
    public static DateSpan ofDay(LocalDate day) {
        return new DateSpan(day.toString(), Precision.DAY, false, day, day);
    }

    /** True when this span lies within {@code other} (2025-07-03 within 2025-07). */
    public boolean within(DateSpan other) {
        return !first.isBefore(other.first) && !last.isAfter(other.last);
    }

    /** True when one span contains the other: the two can be the same date told with different precision. */
    public boolean compatible(DateSpan other) {
        return within(other) || other.within(this);
    }

    public DateSpan withApproximate(boolean approx) {
        return new DateSpan(value, precision, approx, first, last);
    }
}
