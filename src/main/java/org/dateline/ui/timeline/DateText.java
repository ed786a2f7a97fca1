// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;

/** How the timeline words a date and an event, for tooltips, accessible text and the exported image. */
public final class DateText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    /** "3 July 2025", "July 2025", "2025", "Q3 2025", "about 2025" for an approximate date. */
    public static String of(DateSpan d) {
        String s = switch (d.precision()) {
            case TIME, DAY -> DAY.format(d.first());
            case MONTH -> MONTH.format(d.first());
            case WEEK -> "week of " + DAY.format(d.first());
            case QUARTER -> "Q" + ((d.first().getMonthValue() - 1) / 3 + 1) + " " + d.first().getYear();
            case YEAR -> Integer.toString(d.first().getYear());
            case DECADE, CENTURY -> d.first().getYear() + "s";
            default -> DAY.format(d.first()) + " – " + DAY.format(d.last());
        };
        return d.approximate() ? "about " + s : s;
    }

    /** One line a screen reader can say: date, title, actors, how many sources. */
    public static String describe(Event e) {
        StringBuilder b = new StringBuilder(of(e.date())).append(": ").append(e.title());
        if (!e.actors().isEmpty()) {
            b.append(". Actors: ").append(String.join(", ", e.actors()));
        }
        int n = e.sources().size();
        b.append(". ").append(n).append(n == 1 ? " source" : " sources");
        return b.toString();
    }
}
