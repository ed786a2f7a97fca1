// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;

/**
 * Applies the user's alias table (a name mapped to the canonical actor it should become) to a timeline: actor renames
 * and merges. Pure; the table is the project's one alias table ({@code Project.aliases}).
 */
public final class Aliases {
    private Aliases() {
    }

    /** The canonical name of {@code name}, following chains (a→b→c) and stopping at cycles. */
    public static String resolve(Map<String, String> aliases, String name) {
        Set<String> seen = new HashSet<>();
        String n = name;
        while (aliases.containsKey(n) && seen.add(n)) {
            n = aliases.get(n);
        }
        return n;
    }

    public static Timeline apply(Timeline t, Map<String, String> aliases) {
        if (aliases.isEmpty()) {
            return t;
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Actor a : t.actors()) {
            String canon = resolve(aliases, a.name());
            Set<String> names = new TreeSet<>(a.aliases());
            if (!canon.equals(a.name())) {
                names.add(a.name());
            }
            actors.merge(canon, new Actor(canon, a.kind(), names), (x, y) -> {
                Set<String> u = new TreeSet<>(x.aliases());
                u.addAll(y.aliases());
                return new Actor(canon, x.kind(), u);
            });
        }
        List<Event> events = new ArrayList<>(t.events().size());
        for (Event e : t.events()) {
            Set<String> names = new LinkedHashSet<>();
            e.actors().forEach(n -> names.add(resolve(aliases, n)));
            events.add(names.equals(new LinkedHashSet<>(e.actors())) ? e
                    : new Event(e.id(), e.date(), e.title(), List.copyOf(names), e.sources()));
        }
        return new Timeline(t.articles(), List.copyOf(actors.values()), events, t.timexes());
    }

    /** The filter with its actor names made canonical, so a renamed actor stays checked. */
    public static TimelineFilter apply(TimelineFilter f, Map<String, String> aliases) {
        if (f.actors().isEmpty() || aliases.isEmpty()) {
            return f;
        }
        Set<String> names = new HashSet<>();
        f.actors().forEach(n -> names.add(resolve(aliases, n)));
        return f.withActors(names);
    }
}
