// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolved calendar value as a first day plus a unit, so that "the following month" can add one month to
 * "2022-03" and print "2022-04" at the same precision.
 */
record CalendarValue(LocalDate first, Unit unit) {

    enum Unit { D, W, M, S, Q, H, Y, DE, CE }

    private static final Pattern VALUE = Pattern.compile(
            "(?<y>\\d{4})(?:-(?:(?<m>\\d{2})(?:-(?<d>\\d{2}))?|W(?<w>\\d{2})|Q(?<q>[1-4])|H(?<h>[12])"
                    + "|(?<s>SP|SU|FA|WI)))?(?:T.*)?|(?<dec>\\d{3})X|(?<cen>\\d{2})XX");

    static CalendarValue parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group("dec") != null) {
                return new CalendarValue(LocalDate.of(Integer.parseInt(m.group("dec")) * 10, 1, 1), Unit.DE);
            }
            if (m.group("cen") != null) {
                return new CalendarValue(LocalDate.of(Integer.parseInt(m.group("cen")) * 100, 1, 1), Unit.CE);
            }
            int y = Integer.parseInt(m.group("y"));
            if (m.group("d") != null) {
                return new CalendarValue(LocalDate.of(y, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))),
                        Unit.D);
            }
            if (m.group("m") != null) {
                return new CalendarValue(LocalDate.of(y, Integer.parseInt(m.group("m")), 1), Unit.M);
            }
            if (m.group("w") != null) {
                LocalDate f = LocalDate.of(y, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("w")))
                        .with(java.time.DayOfWeek.MONDAY);
                return new CalendarValue(f, Unit.W);
            }
            if (m.group("q") != null) {
                return new CalendarValue(LocalDate.of(y, (Integer.parseInt(m.group("q")) - 1) * 3 + 1, 1), Unit.Q);
            }
            if (m.group("h") != null) {
                return new CalendarValue(LocalDate.of(y, m.group("h").equals("1") ? 1 : 7, 1), Unit.H);
            }
            if (m.group("s") != null) {
                return new CalendarValue(LocalDate.of(y, seasonMonth(m.group("s")), 1), Unit.S);
            }
            return new CalendarValue(LocalDate.of(y, 1, 1), Unit.Y);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static final Pattern FLOATING = Pattern.compile(
            "(?<y>\\d{4}|XXXX)-(?<m>\\d{2})-(?<n>[1-5L])(?<wd>MO|TU|WE|TH|FR|SA|SU)(?<rest>.*)");
    private static final java.util.List<String> WEEKDAYS = java.util.List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    /**
     * A holiday that falls on a weekday of its month ("2012-11-4TH", Thanksgiving: the fourth Thursday; "L" the
     * last one) as its day, 2012-11-22; with no year known, its month. Other values come back unchanged.
     */
    static String floatingDay(String value) {
        Matcher m = value == null ? null : FLOATING.matcher(value);
        if (m == null || !m.matches()) {
            return value;
        }
        if (m.group("y").equals("XXXX")) {
            return "XXXX-" + m.group("m");
        }
        java.time.DayOfWeek dow = java.time.DayOfWeek.of(WEEKDAYS.indexOf(m.group("wd")) + 1);
        LocalDate first = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), 1);
        LocalDate day = first.with(m.group("n").equals("L")
                ? java.time.temporal.TemporalAdjusters.lastInMonth(dow)
                : java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(m.group("n")), dow));
        return day + m.group("rest");
    }

    static int seasonMonth(String s) {
        return switch (s) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** The period of {@code unit} that contains this value's first day. */
    CalendarValue as(Unit u) {
        LocalDate d = first;
        LocalDate f = switch (u) {
            case D -> d;
            case W -> d.with(java.time.DayOfWeek.MONDAY);
            case M -> d.withDayOfMonth(1);
            case S -> seasonStart(d);
            case Q -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case H -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
            case Y -> LocalDate.of(d.getYear(), 1, 1);
            case DE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
            case CE -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
        };
        return new CalendarValue(f, u);
    }

    private static LocalDate seasonStart(LocalDate d) {
        int m = d.getMonthValue();
        if (m == 12) {
            return LocalDate.of(d.getYear(), 12, 1);
        }
        if (m <= 2) {
            return LocalDate.of(d.getYear() - 1, 12, 1);
        }
        return LocalDate.of(d.getYear(), (m - 3) / 3 * 3 + 3, 1);
    }

    CalendarValue plus(long n) {
        LocalDate f = switch (unit) {
            case D -> first.plusDays(n);
            case W -> first.plusWeeks(n);
            case M -> first.plusMonths(n);
            case S, Q -> first.plusMonths(3 * n);
            case H -> first.plusMonths(6 * n);
            case Y -> first.plusYears(n);
            case DE -> first.plusYears(10 * n);
            case CE -> first.plusYears(100 * n);
        };
        return new CalendarValue(f, unit);
    }

    /** True when this unit is at least as fine as {@code u} (days are finer than months). */
    boolean finerOrEqual(Unit u) {
        return unit.ordinal() <= u.ordinal();
    }

    /** The TIMEX3 value. */
    String value() {
        int y = first.getYear();
        if (y < 0 || y > 9999) {
            return "XXXX";
        }
        String yy = String.format("%04d", y);
        return switch (unit) {
            case D -> first.toString();
            case W -> String.format("%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                    first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case M -> yy + "-" + String.format("%02d", first.getMonthValue());
            case S -> yy + "-" + switch (first.getMonthValue()) {
                case 3 -> "SP";
                case 6 -> "SU";
                case 9 -> "FA";
                default -> "WI";
            };
            case Q -> yy + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case H -> yy + "-H" + (first.getMonthValue() <= 6 ? 1 : 2);
            case Y -> yy;
            case DE -> yy.substring(0, 3) + "X";
            case CE -> yy.substring(0, 2) + "XX";
        };
    }
}
