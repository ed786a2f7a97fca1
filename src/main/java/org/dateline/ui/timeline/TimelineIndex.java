// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.model.Event;

/**
 * The events sorted once by start day, so that each frame finds the visible ones by binary search instead of
 * scanning them all. Also fixes the lane (colour key) of each event and the order of lanes (most events first).
 * Pure: no JavaFX.
 */
public final class TimelineIndex {
    public static final TimelineIndex EMPTY = of(List.of(), e -> "");

    private final Event[] events;
    private final double[] start;
    private final double[] end;
    private final int[] lane;
    private final List<String> laneKeys;
    private final int[] laneSizes;
    private final double maxDuration;
    private final Map<Event, Integer> positions;

    private TimelineIndex(Event[] events, Function<Event, String> key) {
        int n = events.length;
        this.events = events;
        this.start = new double[n];
        this.end = new double[n];
        this.lane = new int[n];
        Map<String, Integer> counts = new HashMap<>();
        double longest = 0;
        // each key once: the app's key function looks up aliases and actor ranks, and this runs on the FX thread
        String[] keyOfEvent = new String[n];
        for (int i = 0; i < n; i++) {
            start[i] = events[i].date().first().toEpochDay();
            end[i] = events[i].date().last().toEpochDay() + 1;
            longest = Math.max(longest, end[i] - start[i]);
            keyOfEvent[i] = keyOf(key, events[i]);
            counts.merge(keyOfEvent[i], 1, Integer::sum);
        }
        this.maxDuration = longest;
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(Comparator.naturalOrder()));
        this.laneKeys = List.copyOf(keys);
        this.laneSizes = keys.stream().mapToInt(counts::get).toArray();
        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            laneOf.put(keys.get(i), i);
        }
        this.positions = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            lane[i] = laneOf.get(keyOfEvent[i]);
            positions.putIfAbsent(events[i], i);
        }
    }

    private static String keyOf(Function<Event, String> key, Event e) {
        String k = key.apply(e);
        return k == null ? "" : k;
    }

    /** Sorts by first day, longer spans first (so a year bar starts its row before the days inside it), then title. */
    public static TimelineIndex of(Collection<Event> items, Function<Event, String> laneKey) {
        Event[] in = items.toArray(Event[]::new);
        // Sort on precomputed day numbers: LocalDate comparisons through key extractors cost seconds at 100k.
        long[] first = new long[in.length];
        long[] last = new long[in.length];
        Integer[] order = new Integer[in.length];
        for (int i = 0; i < in.length; i++) {
            first[i] = in[i].date().first().toEpochDay();
            last[i] = in[i].date().last().toEpochDay();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(first[a], first[b]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(last[b], last[a]);
            return c != 0 ? c : in[a].title().compareTo(in[b].title());
        });
        Event[] sorted = new Event[in.length];
        for (int i = 0; i < in.length; i++) {
            sorted[i] = in[order[i]];
        }
        return new TimelineIndex(sorted, laneKey);
    }

    public int size() {
        return events.length;
    }

    public Event event(int i) {
        return events[i];
    }

    /** First epoch day of event {@code i}. */
    public double start(int i) {
        return start[i];
    }

    /** The day after the last day of event {@code i}. */
    public double end(int i) {
        return end[i];
    }

    public int lane(int i) {
        return lane[i];
    }

    /** Lane keys, the lane with most events first. */
    public List<String> laneKeys() {
        return laneKeys;
    }

    public int laneSize(int lane) {
        return laneSizes[lane];
    }

    /** Position of {@code e} in the sorted order, or -1. */
    public int indexOf(Event e) {
        if (e == null) {
            return -1;
        }
        Integer i = positions.get(e);
        if (i != null) {
            return i;
        }
        // An equal copy (say, from a reloaded project) still finds its place; records compare by value.
        for (int k = 0; k < events.length; k++) {
            if (events[k].equals(e)) {
                return k;
            }
        }
        return -1;
    }

    /** The earliest first day, or NaN when empty. */
    public double minDay() {
        return events.length == 0 ? Double.NaN : start[0];
    }

    /** The latest end (exclusive), or NaN when empty. */
    public double maxDay() {
        double m = Double.NaN;
        for (double e : end) {
            m = Double.isNaN(m) ? e : Math.max(m, e);
        }
        return m;
    }

    /** The first index whose event may still reach into a stretch starting at {@code day}. */
    public int firstReaching(double day) {
        return lowerBound(day - maxDuration);
    }

    /** The first index whose event starts at or after {@code day}. */
    public int lowerBound(double day) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
