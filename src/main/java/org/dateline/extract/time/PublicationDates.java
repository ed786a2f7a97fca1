// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Infers a publication date for an article that states none. A date standing alone on a short line near the top
 * (a date line) wins; otherwise the latest explicit full date of the text, unless a later month or year is named
 * (a history told up to 1990 was not written in 1982), in which case the end of that month or year. Nothing after
 * "today" is taken: articles are not published in the future.
 */
final class PublicationDates {
    /** Where a date line may stand. */
    private static final int TOP = 600;

    private PublicationDates() {
    }

    /**
     * @param bodyStart where the article body begins: a day without a year right before it, on the same line, is
     *                  the dateline ingest cut off the first paragraph ("BRUSSELS, Oct 16 (Reuters) -")
     */
    static LocalDate infer(String text, List<Tagger.Tag> tags, LocalDate today, int bodyStart) {
        LocalDate bestDay = null;
        LocalDate bestMonth = null;
        LocalDate bestYear = null;
        int[] wire = null;
        for (Tagger.Tag t : tags) {
            Matcher md = MONTH_DAY.matcher(t.unresolved() == null ? "" : t.unresolved());
            int lineEnd = text.indexOf('\n', t.end());
            if (wire == null && md.matches() && t.end() <= bodyStart && (lineEnd < 0 || lineEnd >= bodyStart)) {
                wire = new int[]{Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2))};
            }
            if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
                continue;
            }
            CalendarValue cv = CalendarValue.parse(t.unresolved());
            if (cv == null) {
                continue;
            }
            LocalDate last = switch (cv.unit()) {
                case D -> cv.first();
                case M -> cv.first().plusMonths(1).minusDays(1);
                case Y -> cv.first().plusYears(1).minusDays(1);
                default -> null;
            };
            if (last == null || cv.first().isAfter(today)) {
                continue;
            }
            if (last.isAfter(today)) {
                last = today;
            }
            if (cv.unit() == CalendarValue.Unit.D && t.start() < TOP && isDateLine(text, t)) {
                return last;
            }
            switch (cv.unit()) {
                case D -> bestDay = later(bestDay, last);
                case M -> bestMonth = later(bestMonth, last);
                default -> bestYear = later(bestYear, last);
            }
        }
        LocalDate best = bestDay;
        if (bestMonth != null && (best == null || yearMonthOf(bestMonth).isAfter(yearMonthOf(best)))) {
            best = bestMonth;
        }
        if (bestYear != null && (best == null || bestYear.getYear() > best.getYear())) {
            best = bestYear;
        }
        if (wire != null) {
            // the story was filed on the dateline's day, in the latest year the text names
            int year = best != null ? best.getYear() : today.getYear();
            try {
                LocalDate d = LocalDate.of(year, wire[0], wire[1]);
                return d.isAfter(today) ? d.minusYears(1) : d;
            } catch (java.time.DateTimeException e) {
                return best;
            }
        }
        return best;
    }

    private static java.time.YearMonth yearMonthOf(LocalDate d) {
        return java.time.YearMonth.from(d);
    }

    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** The date fills most of its line ("25 July 2025", "Thursday, March 6, 2008", "Published: 2025-07-25"). */
    private static boolean isDateLine(String text, Tagger.Tag t) {
        int ls = text.lastIndexOf('\n', t.start() - 1) + 1;
        int le = text.indexOf('\n', t.end());
        if (le < 0) {
            le = text.length();
        }
        return (le - ls) - (t.end() - t.start()) <= 25;
    }
}
