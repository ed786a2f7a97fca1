// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.model.Timex;

/** What every export shares: narrowing a timeline to what the filter keeps. */
public final class Exports {
    private Exports() {
    }

    /**
     * The timeline as the filter leaves it: the kept events, the actors they name and the articles that tell them
     * (with those articles' timexes). With no filter the timeline is returned whole, so an unfiltered JSON export
     * equals the {@code extract} output, articles without events included.
     */
    public static Timeline filter(Timeline timeline, TimelineFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return timeline;
        }
        List<Event> events = timeline.events().stream().filter(filter::test).toList();
        Set<String> actors = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (Event e : events) {
            actors.addAll(e.actors());
            e.sources().forEach(s -> files.add(s.passage().article().file()));
        }
        List<Article> articles = timeline.articles().stream().filter(a -> files.contains(a.file())).toList();
        Map<String, List<Timex>> timexes = new LinkedHashMap<>();
        for (Article a : articles) {
            timexes.put(a.file(), timeline.timexesOf(a));
        }
        return new Timeline(articles, timeline.actors().stream().filter(a -> actors.contains(a.name())).toList(),
                events, timexes);
    }
}
