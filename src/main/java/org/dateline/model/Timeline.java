// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.util.List;
import java.util.Map;

/**
 * What the extractor makes of a set of articles.
 *
 * @param timexes every temporal expression found, per article file
 */
public record Timeline(List<Article> articles, List<Actor> actors, List<Event> events, Map<String, List<Timex>> timexes) {
    public static final Timeline EMPTY = new Timeline(List.of(), List.of(), List.of(), Map.of());

    public Timeline {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        timexes = Map.copyOf(timexes);
    }

    public List<Timex> timexesOf(Article article) {
        return timexes.getOrDefault(article.file(), List.of());
    }
}
