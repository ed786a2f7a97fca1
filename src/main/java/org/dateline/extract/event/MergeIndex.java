// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
    private final Map<String, Map<String, Set<G>>> byPrefix = new HashMap<>();
    /** bucket -> every stem of a member, whole. */
    private final Map<String, Map<String, Set<G>>> byStem = new HashMap<>();

    void add(DateSpan date, Set<String> stems, G group) {
        for (String b : ownBuckets(date)) {
            Map<String, Set<G>> pre = byPrefix.computeIfAbsent(b, k -> new HashMap<>());
            Map<String, Set<G>> whole = byStem.computeIfAbsent(b, k -> new HashMap<>());
            for (String s : stems) {
                whole.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(group);
                pre.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(group);
                for (int n = Stems.PREFIX; n < s.length(); n++) {
                    pre.computeIfAbsent(s.substring(0, n), k -> new LinkedHashSet<>()).add(group);
                }
            }
        }
    }

    /** Groups in a bucket compatible with {@code date} that hold a stem matching one of {@code stems}. */
    Set<G> candidates(DateSpan date, Set<String> stems) {
        Set<G> out = new LinkedHashSet<>();
        for (String b : lookupBuckets(date)) {
            Map<String, Set<G>> pre = byPrefix.get(b);
            if (pre == null) {
                continue;
            }
            Map<String, Set<G>> whole = byStem.get(b);
            for (String s : stems) {
                addAll(out, pre.get(s)); // their stem begins with ours (or is ours)
                for (int n = Stems.PREFIX; n < s.length(); n++) {
                    addAll(out, whole.get(s.substring(0, n))); // our stem begins with theirs
                }
            }
        }
        return out;
    }

    private static <G> void addAll(Set<G> out, Set<G> in) {
        if (in != null) {
            out.addAll(in);
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
