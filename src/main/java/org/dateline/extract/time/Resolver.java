// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * Turns the tagger's unresolved values into TIMEX3 values. Deictic values ({@code dct.D-1}, "yesterday") anchor on
 * the publication date; anaphoric ones ({@code ref.M+1}, "the following month") on the most recent date of the
 * story; bare months and weekdays ({@code XXXX-07}, {@code XXXX-WXX-1}) take their year or week from the tense
 * of their sentence, or from a nearby explicit date when the story has moved to another year.
 */
final class Resolver {
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<base>dct|ref|near)\\.(?:(?<u>DE|CE|D|W|M|S|Q|H|Y)(?<n>[+-](?:\\d{1,4}|X))(?<rest>-WE|-[1-7]|-H[12]|-Q[1-4]|-(?:SP|SU|FA|WI)|-\\d{2}(?:-\\d{2})?)?|SAME)");
    private static final Pattern PARTIAL = Pattern.compile(
            "(?<dir>prev:|next:|cur:|after:|before:)?XXXX-(?:(?<m>\\d{2})(?:-(?<d>\\d{2}|[1-5L][A-Z]{2}))?|WXX-(?<wd>[1-7]|WE)|(?<s>SP|SU|FA|WI)"
                    + "|Q(?<q>[1-4])|H(?<h>[12]))");
    private static final Pattern TIME_SUFFIX = Pattern.compile("T(?:\\d|MO|AF|EV|NI|DT).*");
    /** How far back (characters) an explicit date still sets the year of a bare month. */
    private static final int STORY_REACH = 300;

    private final Tense tense;

    Resolver(Tense tense) {
        this.tense = tense;
    }

    /** Mutable story state while walking an article's tags in order. */
    private static final class Story {
        final LocalDate dct;
        CalendarValue last;
        int lastEnd = -1;
        CalendarValue lastExplicit;
        int lastExplicitEnd = -1;

        Story(LocalDate dct) {
            this.dct = dct;
        }
    }

    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:-|\u2013|\u2014|to|and|through|till|until|or)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARLESS = Pattern.compile("XXXX(-(?:\\d{2}(?:-\\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]))");
    private static final Pattern WITH_YEAR = Pattern.compile("(\\d{4})-(?:\\d{2}(?:-\\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12])");

    /** "from March 3 to March 7, 2022", "the spring and summer of 1918": the first end of a range takes the year the second states. */
    private static List<Tagger.Tag> yearsAcrossRanges(String text, List<Tagger.Tag> tags) {
        List<Tagger.Tag> out = new ArrayList<>(tags);
        for (int i = 0; i + 1 < out.size(); i++) {
            Tagger.Tag a = out.get(i);
            Tagger.Tag b = out.get(i + 1);
            Matcher ya = YEARLESS.matcher(a.unresolved());
            Matcher yb = WITH_YEAR.matcher(b.unresolved());
            if (ya.matches() && yb.matches() && b.start() - a.end() <= 12
                    && RANGE_JOIN.matcher(text).region(a.end(), b.start()).matches()) {
                out.set(i, new Tagger.Tag(a.start(), a.end(), a.type(), yb.group(1) + ya.group(1), a.mod(), a.rule()));
            }
        }
        return out;
    }

    private static final Pattern NEAR_CLOCK = Pattern.compile("near\\.D\\+0(T.+)");
    private static final Pattern DAY_VALUE = Pattern.compile(
            "(?:prev:|next:|cur:)?XXXX-(?:\\d{2}-\\d{2}|WXX-[1-7])|\\d{4}-\\d{2}-\\d{2}|dct\\.D[+-]\\d+");
    private static final Pattern ON_JOIN = Pattern.compile("\\s*[)\\]]?\\s*,?\\s*(?:on\\s+)?(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * "at midnight on Sunday", "9:30 a.m. on March 2", "at 21:45 local time (19:45 GMT) on Monday": a clock time,
     * and the same time in another zone in brackets after it, falls on the day named right after them.
     */
    private static List<Tagger.Tag> clocksOnTheDayAfter(String text, List<Tagger.Tag> tags) {
        List<Tagger.Tag> out = new ArrayList<>(tags);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (!NEAR_CLOCK.matcher(out.get(i).unresolved()).matches()) {
                continue;
            }
            int j = i + 1;
            int end = out.get(i).end();
            while (j < out.size() && NEAR_CLOCK.matcher(out.get(j).unresolved()).matches()
                    && out.get(j).start() - end <= 3 && BRACKET.matcher(text).region(end, out.get(j).start()).matches()) {
                end = out.get(j).end();
                j++;
            }
            if (j == out.size()) {
                break;
            }
            Tagger.Tag day = out.get(j);
            if (day.type() != TimexType.DATE || !DAY_VALUE.matcher(day.unresolved()).matches()
                    || day.start() - end > 10 || !ON_JOIN.matcher(text).region(end, day.start()).matches()) {
                continue;
            }
            for (int k = i; k < j; k++) {
                Tagger.Tag a = out.get(k);
                Matcher clock = NEAR_CLOCK.matcher(a.unresolved());
                if (clock.matches()) {
                    out.set(k, new Tagger.Tag(a.start(), a.end(), a.type(), day.unresolved() + clock.group(1), a.mod(),
                            a.rule()));
                }
            }
            i = j - 1;
        }
        return out;
    }

    private static final Pattern BRACKET = Pattern.compile("\\s*[(\\[]\\s*");

    List<Timex> resolve(String text, List<Tagger.Tag> tagsAsFound, LocalDate dct) {
        List<Tagger.Tag> tags = clocksOnTheDayAfter(text, yearsAcrossRanges(text, tagsAsFound));
        Story story = new Story(dct);
        List<Timex> out = new ArrayList<>(tags.size());
        for (Tagger.Tag t : tags) {
            String[] va = t.type() == TimexType.SET || t.type() == TimexType.DURATION
                    ? new String[]{durationInYears(t.unresolved()), null}
                    : resolveOne(text, t, story);
            String value = CalendarValue.floatingDay(va[0]);
            out.add(new Timex(text.substring(t.start(), t.end()), t.start(), t.end(), t.type(), value, t.mod(),
                    t.unresolved(), t.rule(), va[1]));
            // A deadline ("open until Nov. 17") is not where the story is: "earlier in the day" is not that day.
            // Nor is the day a trailing ", officials said on Saturday" names, nor the start of a state that lasts
            // until now ("its biggest cut since 1984": "earlier in the week" is not in 1984).
            if ((t.type() == TimexType.DATE || t.type() == TimexType.TIME) && !deadline(text, t.start())
                    && !since(text, t.start()) && !tense.datesReportingFrame(text, t.start())) {
                CalendarValue cv = CalendarValue.parse(value);
                if (cv != null) {
                    story.last = cv;
                    story.lastEnd = t.end();
                    if (CalendarValue.parse(t.unresolved()) != null && cv.finerOrEqual(CalendarValue.Unit.M)) {
                        story.lastExplicit = cv;
                        story.lastExplicitEnd = t.end();
                    }
                }
            }
        }
        return weekdaysInOrder(text, periodsEndedOn(text, out), dct);
    }

    private static final Pattern WEEKDAY_RANGE = Pattern.compile("\\s*(?:-|\u2013|to|through|till|until)\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * "from Monday to Friday": the two ends of a weekday range lie in order, within a week; the end nearer the
     * publication date stays (the later one moves forward when the range is ahead, the earlier one back).
     */
    private static List<Timex> weekdaysInOrder(String text, List<Timex> out, LocalDate dct) {
        for (int i = 0; dct != null && i + 1 < out.size(); i++) {
            Timex a = out.get(i);
            Timex b = out.get(i + 1);
            if (!a.unresolved().matches("XXXX-WXX-[1-7]") || !b.unresolved().matches("XXXX-WXX-[1-7]")
                    || b.start() - a.end() > 12 || !WEEKDAY_RANGE.matcher(text).region(a.end(), b.start()).matches()
                    || !a.value().matches("\\d{4}-\\d{2}-\\d{2}") || !b.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue;
            }
            LocalDate da = LocalDate.parse(a.value());
            LocalDate db = LocalDate.parse(b.value());
            if (!db.isBefore(da)) {
                continue;
            }
            if (da.isAfter(dct)) {
                out.set(i + 1, new Timex(b.text(), b.start(), b.end(), b.type(), db.plusWeeks(1).toString(), b.mod(),
                        b.unresolved(), b.rule(), "after " + a.value()));
            } else {
                out.set(i, new Timex(a.text(), a.start(), a.end(), a.type(), da.minusWeeks(1).toString(), a.mod(),
                        a.unresolved(), a.rule(), "before " + b.value()));
            }
        }
        return out;
    }

    private static final Pattern PERIOD_OF_STORY = Pattern.compile("(?:ref|dct)\\.(W|M|Q)\\+0");
    private static final Pattern ENDED_ON = Pattern.compile("\\s+end(?:ed|ing|s)\\s+(?:on\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** "the week ended Oct. 27", "the quarter ending Sept. 30": the period that holds the day named after it. */
    private static List<Timex> periodsEndedOn(String text, List<Timex> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Timex a = out.get(i);
            Timex b = out.get(i + 1);
            Matcher unit = PERIOD_OF_STORY.matcher(a.unresolved());
            CalendarValue day = CalendarValue.parse(b.value());
            if (unit.matches() && day != null && day.unit() == CalendarValue.Unit.D && b.start() - a.end() <= 12
                    && ENDED_ON.matcher(text).region(a.end(), b.start()).matches()) {
                String v = day.as(CalendarValue.Unit.valueOf(unit.group(1))).value();
                out.set(i, new Timex(a.text(), a.start(), a.end(), a.type(), v, a.mod(), a.unresolved(), a.rule(),
                        "the day it ended, " + b.value()));
            }
        }
        return out;
    }

    private static final Pattern DECADES = Pattern.compile("P(\\d+|X)(DE|CE|Q)");

    /**
     * Decades and centuries as years, as news corpora annotate them: "a decade" P10Y, "decades" PXY; quarters
     * as months ("two quarters" P6M), since ISO 8601 durations have no quarter unit.
     */
    static String durationInYears(String v) {
        Matcher m = DECADES.matcher(v);
        if (!m.matches()) {
            return v;
        }
        boolean quarters = m.group(2).equals("Q");
        if (m.group(1).equals("X")) {
            return quarters ? "PXM" : "PXY";
        }
        if (quarters) {
            return "P" + Long.parseLong(m.group(1)) * 3 + "M";
        }
        long n = Long.parseLong(m.group(1)) * (m.group(2).equals("DE") ? 10 : 100);
        return "P" + n + "Y";
    }

    /** {value, anchor}. */
    private String[] resolveOne(String text, Tagger.Tag t, Story story) {
        String u = t.unresolved();
        String suffix = "";
        int tIdx = timeSuffixStart(u);
        if (tIdx >= 0) {
            suffix = u.substring(tIdx);
            u = u.substring(0, tIdx);
        }
        Matcher rel = RELATIVE.matcher(u);
        if (rel.matches()) {
            return relative(rel, story, suffix, t.start());
        }
        Matcher fy = u.startsWith("FY") ? RELATIVE.matcher(u.substring(2)) : null;
        if (fy != null && fy.matches()) {
            // "the financial year": the fiscal year named by the calendar year it resolves to.
            String[] va = relative(fy, story, "", t.start());
            return va[0].matches("\\d{4}.*") ? new String[]{"FY" + va[0].substring(0, 4), va[1]} : va;
        }
        Matcher p = PARTIAL.matcher(u);
        if (p.matches()) {
            return partial(text, t, p, story, suffix);
        }
        return new String[]{t.unresolved(), null};
    }

    private static int timeSuffixStart(String u) {
        if (u.startsWith("P")) {
            return -1;
        }
        for (int i = 1; i < u.length(); i++) {
            if (u.charAt(i) == 'T' && TIME_SUFFIX.matcher(u).region(i, u.length()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** How close a day must be told for a bare clock time ("at 16:15 UTC") to fall on it. */
    private static final int NEAR = 150;

    private String[] relative(Matcher rel, Story story, String suffix, int at) {
        String baseName = rel.group("base");
        boolean ref = baseName.equals("ref") || baseName.equals("near") && story.last != null
                && story.last.unit() == CalendarValue.Unit.D && at - story.lastEnd < NEAR;
        CalendarValue base;
        String anchor;
        CalendarValue.Unit wanted = rel.group("u") == null ? null : CalendarValue.Unit.valueOf(rel.group("u"));
        // A story date coarser than the unit asked for ("the end of the month" after "2006") gives way to the
        // publication date when both lie in the same year; otherwise the coarse story date is the better guess.
        boolean coarse = wanted != null && story.last != null && !story.last.finerOrEqual(wanted);
        if (ref && story.last != null && !(coarse && story.dct != null
                && story.last.first().getYear() == story.dct.getYear())) {
            base = story.last;
            anchor = "previous date " + base.value();
        } else if (story.dct != null) {
            base = new CalendarValue(story.dct, CalendarValue.Unit.D);
            anchor = "publication date " + story.dct;
        } else {
            return new String[]{underspecified(rel.group("u")) + suffix, null};
        }
        if (rel.group("u") == null) {
            return new String[]{base.value() + suffix, anchor};
        }
        CalendarValue.Unit unit = CalendarValue.Unit.valueOf(rel.group("u"));
        String n = rel.group("n");
        if (n.endsWith("X")) {
            return new String[]{n.startsWith("-") ? "PAST_REF" : "FUTURE_REF", anchor};
        }
        long k = Long.parseLong(n);
        if (!base.finerOrEqual(unit)) {
            // "the following month" after a bare year: the year is all we know.
            return new String[]{k == 0 ? base.value() : base.as(base.unit()).value(), anchor};
        }
        String rest = rel.group("rest") == null ? "" : rel.group("rest");
        if (unit == CalendarValue.Unit.W && rest.matches("-[1-7]")) {
            // "Monday next week": that day of the week counted.
            LocalDate day = base.as(unit).plus(k).first().plusDays(Integer.parseInt(rest.substring(1)) - 1L);
            return new String[]{day + suffix, anchor};
        }
        String v = base.as(unit).plus(k).value();
        boolean dayOfMonth = unit == CalendarValue.Unit.M && rest.matches("-\\d{2}");
        if (dayOfMonth && !validDay(v + rest)) {
            rest = "";
        } else if (!dayOfMonth && (!rest.equals("-WE") && unit != CalendarValue.Unit.Y
                || rest.equals("-WE") && unit != CalendarValue.Unit.W)) {
            rest = "";
        }
        return new String[]{v + rest + (unit == CalendarValue.Unit.D ? suffix : ""), anchor};
    }

    /** "on the 31st" of a month that has no 31st stays at the month. */
    private static boolean validDay(String ymd) {
        try {
            LocalDate.parse(ymd);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** True when the period starting in {@code month} is the current one or the one just before. */
    private static boolean sameOrLastPeriod(int month, int now) {
        return now - month < 6;
    }

    /**
     * The year of "last summer", "this winter", "next spring": a season runs three months from its first month
     * (winter from December, so 2024-WI ends in February 2025). "last" is the latest season already over,
     * "next" the first not yet begun, "this" the one under way, else the one of the publication year.
     */
    static int seasonYear(int firstMonth, LocalDate dct, String dir) {
        if ("next:".equals(dir)) {
            for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
                if (LocalDate.of(y, firstMonth, 1).isAfter(dct)) {
                    return y;
                }
            }
        }
        for (int y = dct.getYear() + 1; y >= dct.getYear() - 2; y--) {
            LocalDate start = LocalDate.of(y, firstMonth, 1);
            LocalDate end = start.plusMonths(3);
            if ("prev:".equals(dir) && !end.isAfter(dct) || "cur:".equals(dir) && !start.isAfter(dct) && end.isAfter(dct)) {
                return y;
            }
        }
        return dct.getYear();
    }

    private static String underspecified(String unit) {
        if (unit == null) {
            return "XXXX-XX-XX";
        }
        return switch (unit) {
            case "D" -> "XXXX-XX-XX";
            case "W" -> "XXXX-WXX";
            case "M" -> "XXXX-XX";
            default -> "XXXX";
        };
    }

    private String[] partial(String text, Tagger.Tag t, Matcher p, Story story, String suffix) {
        String dir = p.group("dir");
        String bare = p.group().substring(dir == null ? 0 : dir.length());
        if (p.group("s") != null && ("after:".equals(dir) || "before:".equals(dir))) {
            // "the following spring": the first such season after the story's date (else the publication date).
            LocalDate base = story.last != null ? story.last.first() : story.dct;
            if (base == null) {
                return new String[]{bare + suffix, null};
            }
            int y = seasonYear(CalendarValue.seasonMonth(p.group("s")), base, "after:".equals(dir) ? "next:" : "prev:");
            String anchor = story.last != null ? "previous date " + story.last.value() : "publication date " + base;
            return new String[]{String.format("%04d", y) + bare.substring(4) + suffix, anchor};
        }
        if (p.group("s") != null && dir != null && story.dct != null) {
            int y = seasonYear(CalendarValue.seasonMonth(p.group("s")), story.dct, dir);
            return new String[]{String.format("%04d", y) + bare.substring(4) + suffix, "publication date " + story.dct};
        }
        if ("cur:".equals(dir)) {
            dir = null;
        }
        if (p.group("wd") != null) {
            if (story.dct == null) {
                return new String[]{bare + suffix, null};
            }
            boolean weekend = p.group("wd").equals("WE");
            // A weekend is found as its Saturday, then printed as the week's weekend (2025-W29-WE).
            DayOfWeek target = weekend ? DayOfWeek.SATURDAY : DayOfWeek.of(Integer.parseInt(p.group("wd")));
            DayOfWeek now = story.dct.getDayOfWeek();
            if (weekend && now == DayOfWeek.SUNDAY) {
                now = DayOfWeek.SATURDAY;
            }
            int diff = target.getValue() - now.getValue();
            Tense.Kind k = dir == null ? tense.of(text, t.start(), t.end()) : null;
            boolean future = "next:".equals(dir) || k == Tense.Kind.FUTURE;
            LocalDate d;
            if (diff == 0 && dir == null) {
                d = story.dct;
            } else if (future) {
                d = story.dct.plusDays(diff > 0 ? diff : diff + 7);
            } else {
                d = story.dct.plusDays(diff < 0 ? diff : diff - 7);
            }
            String v = weekend ? new CalendarValue(d, CalendarValue.Unit.W).value() + "-WE" : d + suffix;
            return new String[]{v, "publication date " + story.dct};
        }
        int month;
        String rest;
        if (p.group("m") != null) {
            month = Integer.parseInt(p.group("m"));
            rest = bare.substring(4);
        } else if (p.group("s") != null) {
            month = CalendarValue.seasonMonth(p.group("s"));
            rest = bare.substring(4);
        } else if (p.group("q") != null) {
            month = (Integer.parseInt(p.group("q")) - 1) * 3 + 1;
            rest = bare.substring(4);
        } else {
            month = p.group("h").equals("1") ? 1 : 7;
            rest = bare.substring(4);
        }
        // The story moved to another year ("In January 2019 the firm moved; in March it hired"): a later month
        // told nearby belongs to that year, unless the sentence looks ahead.
        // A past tense never moves it past the publication date ("...to April 2007. Streiff, who took over in
        // July" in October 2006 is July 2006).
        if (story.lastExplicit != null && dir == null && t.start() - story.lastExplicitEnd < STORY_REACH
                && (story.dct == null || story.lastExplicit.first().getYear() != story.dct.getYear())
                && month >= story.lastExplicit.first().getMonthValue()
                && storyYearFits(text, t, story, month)) {
            int y = story.lastExplicit.first().getYear();
            story.lastExplicitEnd = t.end(); // the story stays in that year: "On 5 April ... On 2 May ... on 21 May"
            return new String[]{String.format("%04d", y) + rest + suffix, "previous date " + story.lastExplicit.value()};
        }
        if (story.dct == null) {
            return new String[]{bare + suffix, null};
        }
        int y = story.dct.getYear();
        int dm = story.dct.getMonthValue();
        boolean periodOfReport = p.group("q") != null || p.group("h") != null;
        if ("prev:".equals(dir)) {
            y = month < dm ? y : y - 1;
        } else if ("next:".equals(dir)) {
            y = month > dm ? y : y + 1;
        } else {
            Tense.Kind k = tense.of(text, t.start(), t.end());
            if (k == Tense.Kind.PAST && month > dm && !(deadline(text, t.start()) && month - dm <= 3)) {
                // "passed a bill that keeps the government open until Nov. 17" in October: a deadline a few
                // months ahead is this year's, whatever the tense of the clause around it
                y--;
            } else if (k == Tense.Kind.FUTURE && month < dm && !(periodOfReport && sameOrLastPeriod(month, dm))) {
                // Quarters and halves are reported after they end: "will report third-quarter results" in
                // October is this year's third quarter.
                y++;
            } else if (k == Tense.Kind.UNKNOWN && Math.abs(month - dm) > 6) {
                // No tense to go by: the nearest such month ("in December" read in February is the last one).
                y += month > dm ? -1 : 1;
            }
        }
        return new String[]{String.format("%04d", y) + rest + suffix, "publication date " + story.dct};
    }

    private boolean storyYearFits(String text, Tagger.Tag t, Story story, int month) {
        Tense.Kind k = tense.of(text, t.start(), t.end());
        return k != Tense.Kind.FUTURE && !(k == Tense.Kind.PAST && story.dct != null
                && LocalDate.of(story.lastExplicit.first().getYear(), month, 1).isAfter(story.dct));
    }

    /** Whether a deadline preposition ("until", "through", "by") stands right before {@code at}. */
    private static boolean since(String text, int at) {
        String before = text.substring(Math.max(0, at - 6), at).toLowerCase(java.util.Locale.ROOT);
        return before.equals("since ") || before.endsWith(" since ");
    }

    private static boolean deadline(String text, int at) {
        String before = text.substring(Math.max(0, at - 9), at).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("until ") || before.endsWith("till ") || before.endsWith("through ")
                || before.endsWith(" by ") || before.endsWith("before ");
    }
}
