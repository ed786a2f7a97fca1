// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.TimexType;

/**
 * Infers a publication date for an article that states none. A date standing alone on a short line near the top
 * (a date line) wins; otherwise the latest explicit full date of the text; otherwise the end of the latest month,
 * then of the latest year, that is named. Nothing after "today" is taken: articles are not published in the future.
 */
final class PublicationDates {
    /** Where a date line may stand. */
    private static final int TOP = 600;

    private PublicationDates() {
    }

    static LocalDate infer(String text, List<Tagger.Tag> tags, LocalDate today) {
        LocalDate bestDay = null;
        LocalDate bestMonth = null;
        LocalDate bestYear = null;
        for (Tagger.Tag t : tags) {
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
        return bestDay != null ? bestDay : bestMonth != null ? bestMonth : bestYear;
    }

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
