// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Precision;
import org.dateline.model.Source;
import org.dateline.model.Span;

/**
 * Merges events that tell the same thing, within and across articles. Two events may merge when their dates
 * are compatible (one contains the other), their actors overlap, and their wording shares stems; an event
 * joins a group only when it may merge with every member (complete linkage), so a chain of look-alikes does
 * not snowball into one event. Events are taken finest date first, so a group's first member carries its most
 * precise date. Works from the events alone (their passages), so results extracted apart can be merged later.
 */
public final class EventMerger {
    /** Share of the smaller wording that must match when both events tell the same date value. */
    static final double SAME_DATE_OVERLAP = 0.4;
    /** ... and when one date is more precise than the other (the merge changes the coarser one's date). */
    static final double REFINED_DATE_OVERLAP = 0.5;
    /**
     * ... when two articles tell the same day with at least two actors in common, or the actors of one among the
     * other's: the cast says much of it.
     */
    static final double SHARED_CAST_OVERLAP = 0.25;
    /** Stems a year-precise and a day-precise telling must share to merge. */
    static final int CROSS_TIER_SHARED = 3;

    private final Stems stems;

    public EventMerger() {
        this(new Stems());
    }

    EventMerger(Stems stems) {
        this.stems = stems;
    }

    /** What the merge compares of an event; computed once. */
    record Profile(int order, Event event, DateSpan date, Set<String> actors, Set<String> words) {
        /** What decides a comparison: members alike in this are checked once. */
        Object signature() {
            return List.of(date.value(), date.approximate(), actors, words);
        }
    }

    private static final class Group {
        final List<Profile> members = new ArrayList<>();
        final Map<Object, Profile> distinct = new LinkedHashMap<>();
        /** file -> passage start -> end; a group's passages never overlap, so the floor entry decides. */
        final Map<String, java.util.TreeMap<Integer, Integer>> passages = new HashMap<>();

        void add(Profile p) {
            members.add(p);
            distinct.putIfAbsent(p.signature(), p);
            for (Source s : p.event().sources()) {
                passages.computeIfAbsent(s.passage().article().file(), f -> new java.util.TreeMap<>())
                        .merge(s.passage().start(), s.passage().end(), Math::max);
            }
        }
    }

    public List<Event> merge(List<Event> events) {
        List<Profile> profiles = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            profiles.add(profile(i, events.get(i)));
        }
        List<Profile> order = new ArrayList<>(profiles);
        order.sort(Comparator.comparing((Profile p) -> p.date().precision())
                .thenComparing(p -> p.date().approximate())
                .thenComparingInt(Profile::order));
        List<Group> groups = new ArrayList<>();
        MergeIndex<Group> index = new MergeIndex<>();
        for (Profile p : order) {
            Group best = null;
            double bestScore = 0;
            for (Group g : index.candidates(p.date(), p.words())) {
                double score = score(p, g);
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Group();
                groups.add(best);
            }
            best.add(p);
            index.add(p.date(), p.words(), best);
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(g.members.size() == 1 ? g.members.get(0).event() : combine(g.members));
        }
        out.sort(Comparator.comparing((Event e) -> e.date().first())
                .thenComparing(e -> e.date().precision())
                .thenComparing(e -> e.date().last()));
        return out;
    }

    /** True when the two events may be one (the pairwise test of the complete linkage). */
    public boolean mayMerge(Event a, Event b) {
        return similarity(profile(0, a), profile(1, b)) > 0;
    }

    Profile profile(int order, Event e) {
        Set<String> words = new LinkedHashSet<>();
        for (Source s : e.sources()) {
            List<Span> skip = s.timex() == null ? List.of() : List.of(s.timex().span());
            words.addAll(stems.of(s.passage().article().text(), s.passage().span(), skip, true));
        }
        return new Profile(order, e, e.date(), new LinkedHashSet<>(e.actors()), words);
    }

    /** The number of matching stems, or 0 when the two may not merge. */
    static double similarity(Profile a, Profile b) {
        if (!a.date().compatible(b.date())) {
            return 0;
        }
        boolean bothActors = !a.actors().isEmpty() && !b.actors().isEmpty();
        boolean actorsMeet = bothActors && meet(a.actors(), b.actors());
        if (bothActors && !actorsMeet) {
            return 0;
        }
        int min = Math.min(a.words().size(), b.words().size());
        if (min == 0) {
            return 0;
        }
        int shared = Stems.shared(a.words().size() <= b.words().size() ? a.words() : b.words(),
                a.words().size() <= b.words().size() ? b.words() : a.words());
        double overlap = (double) shared / min;
        boolean sameDate = a.date().value().equals(b.date().value());
        boolean sameTier = fine(a.date().precision()) == fine(b.date().precision());
        boolean ok;
        if (actorsMeet && sameTier && fine(a.date().precision())) {
            // Dice, not overlap: "shares fell" must not match "shares rose after the company announced a model"
            double dice = 2.0 * shared / (a.words().size() + b.words().size());
            // two articles telling one day with the same cast (or one telling part of the other's): the cast says much
            // (a lone actor in common takes two words alike: "shares fell" is not "shares rose after...")
            boolean sameCast = common(a.actors(), b.actors()) >= 2
                    || nested(a.actors(), b.actors()) && a.date().precision().isFinerOrEqual(Precision.DAY) && shared >= 2;
            double needed = !sameDate ? REFINED_DATE_OVERLAP
                    : sameCast && !sameArticle(a, b) ? SHARED_CAST_OVERLAP : SAME_DATE_OVERLAP;
            ok = shared >= 1 && dice >= needed;
        } else if (sameTier) {
            // without shared actors, or within a whole year, the wording must carry the merge
            ok = shared >= 2 && overlap >= REFINED_DATE_OVERLAP;
        } else {
            // from a year to a day the merge moves the coarse telling's date: only near-identical wording does, and
            // never within one article, whose "this year" and "in April" are two statements
            // (the same words, not synonyms: "introduced" and "unveiled" are too loose to move a date)
            ok = shared >= CROSS_TIER_SHARED && overlap >= REFINED_DATE_OVERLAP && !sameArticle(a, b)
                    && sharedWords(a.words(), b.words()) >= CROSS_TIER_SHARED;
        }
        return ok ? shared : 0;
    }

    /** Matching stems of {@code a} and {@code b} that are not synonym groups. */
    private static int sharedWords(Set<String> a, Set<String> b) {
        Set<String> x = new HashSet<>(a);
        x.removeIf(Stems::isSynonym);
        return Stems.shared(x, b);
    }

    /** True when every actor of the smaller set is one of the larger. */
    private static boolean nested(Set<String> a, Set<String> b) {
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    private static int common(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static boolean sameArticle(Profile a, Profile b) {
        for (Source x : a.event().sources()) {
            for (Source y : b.event().sources()) {
                if (x.passage().article().file().equals(y.passage().article().file())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A loop, not a stream: this runs for every candidate pair, and a stream's set-up cost more than the test. */
    private static boolean meet(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fine(Precision p) {
        return p.isFinerOrEqual(Precision.MONTH);
    }

    private static double score(Profile p, Group g) {
        double sum = 0;
        for (Profile m : g.distinct.values()) {
            double s = similarity(p, m);
            if (s == 0) {
                return 0;
            }
            sum += s;
        }
        // after the similarities: most candidates already fail on their date, which is cheaper to check
        return overlapsPassage(p, g) ? 0 : sum / g.distinct.size();
    }

    /** Two dates of one clause are two statements, never one. */
    private static boolean overlapsPassage(Profile p, Group g) {
        for (Source s : p.event().sources()) {
            java.util.TreeMap<Integer, Integer> spans = g.passages.get(s.passage().article().file());
            if (spans != null) {
                var before = spans.floorEntry(Math.max(s.passage().end() - 1, s.passage().start()));
                if (before != null && before.getValue() > s.passage().start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The title that best stands for the group: the member whose wording the others share most, passing over
     * titles that open with a negation ("No government had recognized... until Russia") or a bare participle
     * ("Paving the way for recognition"), which only make sense inside their sentence.
     */
    private static String bestTitle(List<Profile> members) {
        // members alike in wording count once, weighted, so a group of thousands of copies stays cheap
        Map<Set<String>, Integer> weight = new LinkedHashMap<>();
        Map<String, Boolean> titleSeen = new HashMap<>();
        for (Profile m : members) {
            weight.merge(m.words(), 1, Integer::sum);
        }
        String best = members.get(0).event().title();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Profile m : members) {
            if (titleSeen.put(m.event().title(), Boolean.TRUE) != null) {
                continue;
            }
            double score = 0;
            for (var w : weight.entrySet()) {
                int n = w.getKey().equals(m.words()) ? w.getValue() - 1 : w.getValue();
                if (n > 0) {
                    score += n * Stems.shared(m.words(), w.getKey());
                }
            }
            String head = m.event().title().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
            if (NEGATIONS.contains(head)) {
                score -= 2;
            } else if (head.endsWith("ing")) {
                score -= 1;
            }
            if (score > bestScore) {
                best = m.event().title();
                bestScore = score;
            }
        }
        return best;
    }

    private static final Set<String> NEGATIONS = Set.of("no", "not", "none", "never", "nobody", "neither", "nor");

    /** One event from a group: the first member's date and title, every actor and every source. */
    private static Event combine(List<Profile> members) {
        Event primary = members.get(0).event();
        Set<String> actors = new LinkedHashSet<>();
        Set<Source> sources = new LinkedHashSet<>();
        Set<Object> passages = new HashSet<>();
        for (Profile m : members) {
            actors.addAll(m.event().actors());
            for (Source s : m.event().sources()) {
                if (passages.add(Objects.hash(s.passage(), s.timex() == null ? null : s.timex().span()))) {
                    sources.add(s);
                }
            }
        }
        List<Source> list = List.copyOf(sources);
        String title = bestTitle(members);
        return new Event(EventIds.of(primary.date(), title, list.get(0)), primary.date(), title,
                List.copyOf(actors), list);
    }
}
