// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Timeline;

/**
 * The user's alias table: which actor names the user merged into another or renamed. Immutable and pure; the
 * app keeps it in a JSON file ({@code store.AliasTableFile}) and applies it to every timeline it shows, so a
 * merge made once holds for every article read later.
 *
 * @param names each entry maps a name to the name the user wants instead; chains are followed
 *              ("Apple Computer" to "Apple Inc." to "Apple")
 */
public record UserAliases(Map<String, String> names) {
    public static final UserAliases NONE = new UserAliases(Map.of());

    public UserAliases {
        Map<String, String> copy = new TreeMap<>();
        names.forEach((from, to) -> {
            if (!Objects.requireNonNull(from).equals(Objects.requireNonNull(to))) {
                copy.put(from, to);
            }
        });
        names = Collections.unmodifiableMap(copy);
    }

    /** {@code from} becomes another name of {@code into}: its events are shown under {@code into}. */
    public UserAliases merge(String from, String into) {
        return rename(from, into);
    }

    /** The actor called {@code from} is called {@code to} from now on (and so is whatever was merged into it). */
    public UserAliases rename(String from, String to) {
        Map<String, String> m = new LinkedHashMap<>(names);
        String target = resolve(to);
        if (target.equals(from)) {
            // "to" had been merged into "from": undo that link rather than make a cycle
            for (String n = to; !n.equals(from); ) {
                n = m.remove(n);
            }
            target = to;
        }
        String t = target;
        m.replaceAll((k, v) -> v.equals(from) ? t : v);
        m.put(from, target);
        return new UserAliases(m);
    }

    /** Forgets what the user said about {@code name}: it is shown under its own name again. */
    public UserAliases forget(String name) {
        Map<String, String> m = new LinkedHashMap<>(names);
        m.remove(name);
        return new UserAliases(m);
    }

    /** The name the user wants for {@code name}. */
    public String resolve(String name) {
        return resolveIn(names, name);
    }

    private static String resolveIn(Map<String, String> names, String name) {
        String n = name;
        Set<String> seen = new HashSet<>();
        while (names.containsKey(n) && seen.add(n)) {
            n = names.get(n);
        }
        return n;
    }

    /** The actors under the user's names: merged actors become one, keeping every name they went by as an alias. */
    public List<Actor> applyToActors(List<Actor> actors) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (Actor a : actors) {
            String name = resolve(a.name());
            Set<String> aliases = new TreeSet<>(a.aliases());
            if (!name.equals(a.name())) {
                aliases.add(a.name());
            }
            Actor renamed = new Actor(name, a.kind(), aliases);
            out.merge(name, renamed, (x, y) -> {
                Set<String> all = new TreeSet<>(x.aliases());
                all.addAll(y.aliases());
                // the kind of the actor that already bore the name wins over the kind of one merged into it
                return new Actor(name, a.name().equals(name) ? y.kind() : x.kind(), all);
            });
        }
        List<Actor> result = new ArrayList<>(out.size());
        for (Actor a : out.values()) {
            Set<String> aliases = new TreeSet<>(a.aliases());
            aliases.remove(a.name());
            result.add(new Actor(a.name(), a.kind(), aliases));
        }
        return result;
    }

    /** The events with their actors under the user's names, each name once, in the order first named. */
    public List<Event> applyToEvents(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Set<String> names = new LinkedHashSet<>();
            e.actors().forEach(a -> names.add(resolve(a)));
            out.add(new Event(e.id(), e.date(), e.title(), List.copyOf(names), e.sources()));
        }
        return out;
    }

    /** The timeline under the user's names. */
    public Timeline apply(Timeline t) {
        if (names.isEmpty()) {
            return t;
        }
        return new Timeline(t.articles(), applyToActors(t.actors()), applyToEvents(t.events()), t.timexes());
    }
}
