// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What the user has narrowed the timeline to. Empty sets and null bounds mean "no restriction".
 *
 * @param actors   keep events with any of these actors
 * @param articles keep events told by any of these article files
 * @param text     keep events whose title, actors or source text contain this (case-insensitive)
 * @param from     keep events that end on or after this day
 * @param to       keep events that start on or before this day
 */
public record TimelineFilter(Set<String> actors, Set<String> articles, String text, LocalDate from, LocalDate to) {
    public static final TimelineFilter NONE = new TimelineFilter(Set.of(), Set.of(), "", null, null);

    public TimelineFilter {
        actors = Set.copyOf(actors);
        articles = Set.copyOf(articles);
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return actors.isEmpty() && articles.isEmpty() && text.isEmpty() && from == null && to == null;
    }

    public boolean test(Event e) {
        if (!actors.isEmpty() && e.actors().stream().noneMatch(actors::contains)) {
            return false;
        }
        if (!articles.isEmpty() && e.sources().stream().noneMatch(s -> articles.contains(s.passage().article().file()))) {
            return false;
        }
        if (from != null && e.date().last().isBefore(from)) {
            return false;
        }
        if (to != null && e.date().first().isAfter(to)) {
            return false;
        }
        if (!text.isEmpty()) {
            String needle = text.toLowerCase(Locale.ROOT);
            boolean hit = e.title().toLowerCase(Locale.ROOT).contains(needle)
                    || e.actors().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))
                    || e.sources().stream().anyMatch(s -> s.passage().text().toLowerCase(Locale.ROOT).contains(needle));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    public TimelineFilter withActors(Set<String> a) {
        return new TimelineFilter(a, articles, text, from, to);
    }

    public TimelineFilter withArticles(Set<String> a) {
        return new TimelineFilter(actors, a, text, from, to);
    }

    public TimelineFilter withText(String t) {
        return new TimelineFilter(actors, articles, t, from, to);
    }

    public TimelineFilter withRange(LocalDate f, LocalDate t) {
        return new TimelineFilter(actors, articles, text, f, t);
    }
}
