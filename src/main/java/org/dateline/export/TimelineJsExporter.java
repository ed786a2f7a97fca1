// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Precision;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.store.NonClosingOutputStream;
import org.dateline.store.Json;
import org.jsoup.nodes.Entities;

/**
 * Knight Lab TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one slide
 * per event. Dates carry only the fields their precision knows, so TimelineJS shows "July 2025" rather than
 * inventing "1 July 2025"; spans coarser than a month also get an {@code end_date} and a {@code display_date}.
 */
public final class TimelineJsExporter implements Exporter {

    private static final Map<String, String> SEASONS = Map.of("SP", "Spring", "SU", "Summer", "FA", "Autumn",
            "WI", "Winter");

    private final String title;

    public TimelineJsExporter(String title) {
        this.title = title == null || title.isBlank() ? "Dateline" : title.strip();
    }

    public TimelineJsExporter() {
        this(null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Doc(Slide title, List<Slide> events) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(TjsDate start_date, TjsDate end_date, String display_date, Text text, String group,
                 String unique_id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TjsDate(int year, Integer month, Integer day) {
    }

    record Text(String headline, String text) {
    }

    @Override
    public String name() {
        return "TimelineJS";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Timeline timeline, TimelineFilter filter, OutputStream out) throws IOException {
        Timeline t = Exports.filter(timeline, filter);
        String summary = t.events().size() + " events from " + t.articles().size() + " articles";
        Slide cover = new Slide(null, null, null, new Text(html(title), html(summary)), null, null);
        Set<String> ids = new HashSet<>();
        List<Slide> slides = t.events().stream().map(e -> slide(e, uniqueId(e.id(), ids))).toList();
        Json.mapper().writeValue(new NonClosingOutputStream(out), new Doc(cover, slides));
    }

    /**
     * TimelineJS puts the id into the page's URL hash and element ids, so it keeps only URL-safe characters, and it
     * must be unique within the file.
     */
    static String uniqueId(String id, Set<String> taken) {
        String base = id == null || id.isBlank() ? "event" : id.replaceAll("[^A-Za-z0-9_-]", "-");
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    static Slide slide(Event e, String uniqueId) {
        DateSpan d = e.date();
        Passage p = e.sources().get(0).passage();
        Article a = p.article();
        String source = a.title() == null || a.title().isBlank() ? a.file() : a.title() + " (" + a.file() + ")";
        String body = "<p>" + html(p.text().strip()) + "</p><p><cite>" + html(source) + "</cite></p>";
        if (e.sources().size() > 1) {
            body += "<p>Told by " + e.corroboration() + " articles.</p>";
        }
        String group = e.actors().isEmpty() ? null : e.actors().get(0);
        return new Slide(start(d), end(d), display(d), new Text(html(e.title()), body), group, uniqueId);
    }

    private static TjsDate start(DateSpan d) {
        LocalDate f = d.first();
        return switch (d.precision()) {
            case TIME, DAY, WEEK -> new TjsDate(f.getYear(), f.getMonthValue(), f.getDayOfMonth());
            case MONTH, SEASON, QUARTER, HALF_YEAR -> new TjsDate(f.getYear(), f.getMonthValue(), null);
            case YEAR, DECADE, CENTURY, UNKNOWN -> new TjsDate(f.getYear(), null, null);
        };
    }

    /** Only spans that a single start date would misstate get an end. */
    private static TjsDate end(DateSpan d) {
        LocalDate l = d.last();
        return switch (d.precision()) {
            case WEEK -> new TjsDate(l.getYear(), l.getMonthValue(), l.getDayOfMonth());
            case SEASON, QUARTER, HALF_YEAR -> new TjsDate(l.getYear(), l.getMonthValue(), null);
            case DECADE, CENTURY -> new TjsDate(l.getYear(), null, null);
            default -> null;
        };
    }

    /** How the date reads when TimelineJS's own rendering would mislead: coarse spans and approximate dates. */
    static String display(DateSpan d) {
        int y = d.first().getYear();
        String label = switch (d.precision()) {
            case WEEK -> "Week of " + d.first();
            case SEASON -> SEASONS.getOrDefault(d.value().substring(d.value().length() - 2), "Season") + " " + y;
            case QUARTER -> "Q" + ((d.first().getMonthValue() - 1) / 3 + 1) + " " + y;
            case HALF_YEAR -> (d.first().getMonthValue() == 1 ? "First" : "Second") + " half of " + y;
            case DECADE -> y + "s";
            case CENTURY -> ordinal(y / 100 + 1) + " century";
            default -> null;
        };
        if (d.approximate() && d.precision() != Precision.SEASON) {
            String what = label == null ? plain(d) : label;
            // "About first half of 2025", but "About Q3 2025" and "About July 2025".
            if (label != null && what.length() > 1 && Character.isLowerCase(what.charAt(1))) {
                what = what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1);
            }
            return "About " + what;
        }
        return label;
    }

    private static String plain(DateSpan d) {
        LocalDate f = d.first();
        String month = f.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return switch (d.precision()) {
            case TIME, DAY -> f.getDayOfMonth() + " " + month + " " + f.getYear();
            case MONTH -> month + " " + f.getYear();
            default -> Integer.toString(f.getYear());
        };
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** TimelineJS renders headline and text as HTML; article text is untrusted and must stay text. */
    private static String html(String s) {
        return Entities.escape(s == null ? "" : s);
    }
}
