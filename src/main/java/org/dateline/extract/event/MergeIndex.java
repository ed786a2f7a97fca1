// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.DateSpan;
import org.dateline.model.Precision;

/**
 * Finds the groups an event may merge with without comparing it to every group: groups are filed by time
 * bucket (the month of a day- or month-precise date, the year of a coarser one) and by stem, so that the
 * candidates are exactly the groups of a compatible bucket that share a matching stem ({@link Stems#match}:
 * equal, or one a long enough prefix of the other).
 */
final class MergeIndex<G> {
    /** Dates spanning more years than this (decades, centuries) are too vague to merge on. */
    static final int MAX_YEARS = 12;

    /** bucket -> every stem of a member and each of its prefixes of at least {@link Stems#PREFIX} letters. */
    private final Map<String, Map<String, Ids>> byPrefix = new HashMap<>();
    /** bucket -> every stem of a member, whole. */
    private final Map<String, Map<String, Ids>> byStem = new HashMap<>();
    /** Groups by id, in the order they were first filed; the lists hold ids, not groups. */
    private final List<G> groups = new ArrayList<>();
    private final Map<G, Integer> ids = new HashMap<>();
    /** seen[id] == query for the groups already taken by the current {@link #candidates} call. */
    private int[] seen = new int[16];
    private int query;

    /**
     * Group ids in the order each was first filed, possibly repeated (a group is filed again with each member):
     * {@link #candidates} keeps the first of each, which is the order a linked set would give, without hashing every
     * group of a common stem once per lookup (the merge spent most of its time there on large loads).
     */
    private static final class Ids {
        int[] v = new int[4];
        int n;

        void add(int id) {
            if (n > 0 && v[n - 1] == id) {
                return;
            }
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = id;
        }
    }

    void add(DateSpan date, Set<String> stems, G group) {
        int id = ids.computeIfAbsent(group, g -> {
            groups.add(g);
            return groups.size() - 1;
        });
        for (String b : ownBuckets(date)) {
            Map<String, Ids> pre = byPrefix.computeIfAbsent(b, k -> new HashMap<>());
            Map<String, Ids> whole = byStem.computeIfAbsent(b, k -> new HashMap<>());
            for (String s : stems) {
                whole.computeIfAbsent(s, k -> new Ids()).add(id);
                pre.computeIfAbsent(s, k -> new Ids()).add(id);
                for (int n = Stems.PREFIX; n < s.length(); n++) {
                    pre.computeIfAbsent(s.substring(0, n), k -> new Ids()).add(id);
                }
            }
        }
    }

    /** Groups in a bucket compatible with {@code date} that hold a stem matching one of {@code stems}. */
    List<G> candidates(DateSpan date, Set<String> stems) {
        List<G> out = new ArrayList<>();
        if (seen.length < groups.size()) {
            seen = Arrays.copyOf(seen, Math.max(groups.size(), seen.length * 2));
        }
        query++;
        for (String b : lookupBuckets(date)) {
            Map<String, Ids> pre = byPrefix.get(b);
            if (pre == null) {
                continue;
            }
            Map<String, Ids> whole = byStem.get(b);
            for (String s : stems) {
                addAll(out, pre.get(s)); // their stem begins with ours (or is ours)
                for (int n = Stems.PREFIX; n < s.length(); n++) {
                    addAll(out, whole.get(s.substring(0, n))); // our stem begins with theirs
                }
            }
        }
        return out;
    }

    private void addAll(List<G> out, Ids in) {
        if (in == null) {
            return;
        }
        for (int i = 0; i < in.n; i++) {
            int id = in.v[i];
            if (seen[id] != query) {
                seen[id] = query;
                out.add(groups.get(id));
            }
        }
    }

    private static boolean fine(DateSpan d) {
        return d.precision().isFinerOrEqual(Precision.MONTH);
    }

    private static List<String> ownBuckets(DateSpan d) {
        if (d.last().getYear() - d.first().getYear() > MAX_YEARS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (fine(d)) {
            for (var m = d.first().withDayOfMonth(1); !m.isAfter(d.last()); m = m.plusMonths(1)) {
                out.add(month(m.getYear(), m.getMonthValue()));
            }
        } else {
            for (int y = d.first().getYear(); y <= d.last().getYear(); y++) {
                out.add("Y" + y);
            }
        }
        return out;
    }

    /** A fine date meets its months and the coarse dates of its years; a coarse one meets all of its years. */
    private static List<String> lookupBuckets(DateSpan d) {
        if (d.last().getYear() - d.first().getYear() > MAX_YEARS) {
            return List.of();
        }
        List<String> out = new ArrayList<>(ownBuckets(d));
        for (int y = d.first().getYear(); y <= d.last().getYear(); y++) {
            if (fine(d)) {
                out.add("Y" + y);
            } else {
                for (int m = 1; m <= 12; m++) {
                    out.add(month(y, m));
                }
            }
        }
        return out;
    }

    private static String month(int y, int m) {
        return y + (m < 10 ? "-0" : "-") + m;
    }
}
