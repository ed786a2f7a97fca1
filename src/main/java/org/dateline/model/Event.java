// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.util.List;

/**
 * A dated statement, possibly told by several articles.
 *
 * @param actors canonical actor names, as in {@link Timeline#actors()}
 * @param sources every telling of the event; the first is the primary one
 */
public record Event(String id, DateSpan date, String title, List<String> actors, List<Source> sources) {
    public Event {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an event needs a source");
        }
    }

    /** How many distinct articles tell this event. */
    public int corroboration() {
        return (int) sources.stream().map(s -> s.passage().article().file()).distinct().count();
    }
}
