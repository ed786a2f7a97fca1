// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.actor.ActorMention.Role;
import org.dateline.extract.actor.Gazetteer.Entry;
import org.dateline.extract.actor.Gazetteer.Form;
import org.dateline.extract.actor.NameFinder.Segment;
import org.dateline.extract.actor.NameFinder.Strength;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;

/**
 * Finds the actors named in an article: countries (by name, demonym, acting capital or government body),
 * organisations and outlets (from lists and from names in the text) and people, each under one canonical name
 * per article ("Gharwal" is "Jamal Nasir Gharwal", "Moscow recognised" is "Russia"). Thread-safe once loaded.
 */
public final class ActorRecognizer {
    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private final NameFinder names;

    private ActorRecognizer(Gazetteer gazetteer, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.names = new NameFinder(lex);
    }

    public static ActorRecognizer load() {
        return new ActorRecognizer(Gazetteer.load(), Lexicon.load());
    }

    /** Every acting mention, in text order. */
    public List<ActorMention> recognize(Article article) {
        return recognize(article.text()).stream().filter(m -> m.role() == Role.AGENT).toList();
    }

    /** Every mention in a text, acting or place ("in Kabul"), in text order. */
    public List<ActorMention> recognize(String text) {
        Tokens t = Tokens.of(text);
        boolean[] titleCase = titleCaseLines(t);
        boolean[] covered = new boolean[t.size];
        List<Found> found = new ArrayList<>();
        int[] end = new int[1];
        Found lastPlace = null;
        for (int i = 0; i < t.size; ) {
            Entry e = t.word[i] ? gazetteer.longest(t, i, end) : null;
            if (e == null) {
                i++;
                continue;
            }
            int j = end[0];
            if (e.kind() == ActorKind.COUNTRY && e.form() != Form.BODY && !titleCase[i]
                    && (partOfLargerName(t, covered, i, j) || e.form() != Form.CAPITAL && describesCompany(t, j))) {
                i = j;
                continue;
            }
            for (int k = i; k < j; k++) {
                covered[k] = true;
            }
            Role role = e.form() == Form.CAPITAL ? capitalRole(t, i, j, lastPlace) : Role.AGENT;
            String name = role == Role.PLACE ? oneLine(text, t.start[i], t.end[j - 1]) : e.name();
            Found f = new Found(i, j, name, e.kind(), role, null);
            if (role == Role.PLACE) {
                lastPlace = f;
            }
            found.add(f);
            i = j;
        }
        Map<String, Found> acronyms = new HashMap<>();
        for (Found f : found) {
            if (f.role == Role.AGENT && f.b + 2 < t.size && t.isPunct(f.b, '(') && t.isPunct(f.b + 2, ')')
                    && NameFinder.isAcronym(t.at(f.b + 1))) {
                acronyms.putIfAbsent(t.at(f.b + 1), f); // "the Pakistani Taliban (TTP)"
            }
        }
        resolveNames(t, names.find(t, covered), found, acronyms);
        found.sort(Comparator.comparingInt(f -> f.a));
        return toMentions(t, found);
    }

    /** A match found in the text: tokens {@code [a, b)} stand for actor {@code name}. */
    private record Found(int a, int b, String name, ActorKind kind, Role role, String surface) {
    }

    /** Known name of this article, with the forms it went by. */
    private static final class Known {
        final String name;
        final ActorKind kind;
        final int words;
        final int order;

        Known(String name, ActorKind kind, int words, int order) {
            this.name = name;
            this.kind = kind;
            this.words = words;
            this.order = order;
        }
    }

    private void resolveNames(Tokens t, List<Segment> segments, List<Found> out, Map<String, Found> acronyms) {
        Map<String, Known> bySurface = new HashMap<>();
        acronyms.forEach((acronym, f) -> bySurface.put(acronym, new Known(f.name, f.kind, 1, -1)));
        // hard evidence first: titles, organisation heads, acronyms
        for (Segment s : segments) {
            if (!s.notActor && s.strength == Strength.HARD) {
                Known k = bySurface.computeIfAbsent(canonical(t, s), n -> new Known(n, s.kind, s.b - s.a, s.a));
                if (s.acronym != null) {
                    bySurface.putIfAbsent(s.acronym, k);
                }
            }
        }
        // "President Trump" is the Donald Trump the article names in full
        for (Map.Entry<String, Known> e : new ArrayList<>(bySurface.entrySet())) {
            Known k = e.getValue();
            if (k.kind == ActorKind.PERSON && k.words == 1) {
                Known full = unique(bySurface, ActorKind.PERSON, e.getKey(), false);
                if (full != null) {
                    e.setValue(full);
                }
            }
        }
        // then names that only act (subject of a verb, "said X"), or recur as bare names
        Map<String, Integer> bareCount = new HashMap<>();
        for (Segment s : segments) {
            if (s.bare && !s.notActor) {
                bareCount.merge(canonical(t, s), 1, Integer::sum);
            }
        }
        for (Segment s : segments) {
            String c = canonical(t, s);
            if (s.notActor || s.headOnly || s.strength == Strength.HARD || resolve(bySurface, c, s.b - s.a) != null) {
                continue;
            }
            if (s.strength == Strength.SOFT || bareCount.getOrDefault(c, 0) >= 2) {
                ActorKind kind = s.kind != null && s.kind != ActorKind.PERSON ? s.kind : names.shape(t, s.a, s.b);
                bySurface.put(c, new Known(c, kind, s.b - s.a, s.a));
            }
        }
        Map<Integer, Found> countryEndingAt = new HashMap<>();
        for (Found f : out) {
            if (f.kind == ActorKind.COUNTRY && f.role == Role.AGENT) {
                countryEndingAt.put(f.b, f);
            }
        }
        for (Segment s : segments) {
            if (s.notActor) {
                continue;
            }
            Found country = countryEndingAt.get(t.isPossessive(s.a - 1) ? s.a - 1 : s.a);
            if (country != null && "gov".equals(lex.head(t.at(s.b - 1)))) {
                out.add(new Found(s.a, s.b, country.name, ActorKind.COUNTRY, Role.AGENT, null));
                continue; // "Russia's Foreign Ministry" acts for Russia
            }
            Known k = s.headOnly ? lastWord(bySurface, t.at(s.a)) : resolve(bySurface, canonical(t, s), s.b - s.a);
            if (k != null) {
                out.add(new Found(s.a, s.b, k.name, k.kind, Role.AGENT, null));
            }
        }
    }

    private static Known resolve(Map<String, Known> bySurface, String name, int words) {
        Known k = bySurface.get(name);
        if (k != null || words != 1) {
            return k;
        }
        // a later surname ("Gharwal") is the person named in full; a person wins over "the Haqqani network"
        k = unique(bySurface, ActorKind.PERSON, name, false);
        if (k == null) {
            k = first(bySurface, ActorKind.PERSON, name); // "Steve" is the Steve the article named first
        }
        if (k == null && !NameFinder.isAcronym(name)) {
            k = unique(bySurface, ActorKind.ORGANIZATION, name, true); // "Apple" after "Apple Computer", not "NPD"
        }
        return k;
    }

    /** The first known multi-word actor of {@code kind} whose first word is {@code word}, or null. */
    private static Known first(Map<String, Known> bySurface, ActorKind kind, String word) {
        Known best = null;
        for (Known k : bySurface.values()) {
            if (k.kind == kind && k.words >= 2 && k.name.startsWith(word + " ") && (best == null || k.order < best.order)) {
                best = k;
            }
        }
        return best;
    }

    /** The one known organisation or outlet whose name ends with {@code word} ("the Authority"), or null. */
    private static Known lastWord(Map<String, Known> bySurface, String word) {
        Known k = unique(bySurface, ActorKind.ORGANIZATION, word, false);
        return k != null ? k : unique(bySurface, ActorKind.OUTLET, word, false);
    }

    /** The one known multi-word actor of {@code kind} whose first (or last) word is {@code word}, or null. */
    private static Known unique(Map<String, Known> bySurface, ActorKind kind, String word, boolean first) {
        Known found = null;
        for (Known k : bySurface.values()) {
            if (k.kind != kind || k.words < 2 || k == found) {
                continue;
            }
            String n = k.name;
            boolean hit = first ? n.startsWith(word + " ") : n.endsWith(" " + word);
            if (hit) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }

    /** A name's canonical form: its words without a leading "the" or a legal suffix ("Apple Inc." is "Apple"). */
    private String canonical(Tokens t, Segment s) {
        int e = s.b;
        while (e - s.a > 1 && "legal".equals(lex.head(t.at(e - 1)))) {
            e--;
        }
        return oneLine(t.text, t.start[s.a], t.end[e - 1]);
    }

    private static String oneLine(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * "Washington Post", "American Airlines", "George Washington": a country's name inside a larger name does not
     * name the country. Titles ("Russian President"), government words ("Afghan Foreign Ministry") and other known
     * names ("Pakistani Taliban") do not make a larger name.
     */
    private boolean partOfLargerName(Tokens t, boolean[] covered, int a, int b) {
        if (t.at(b - 1).endsWith(".")) {
            return false; // "in the U.S. Jobs also noted": an abbreviation may end a sentence
        }
        if (b < t.size && t.isCapitalised(b) && t.sameLine(b) && !t.sentenceStart[b] && !t.hyphenBefore[b]
                && !lex.isTitleOrModifier(t.at(b)) && !"gov".equals(lex.head(t.at(b)))
                && !lex.context(t.at(b), "not-name") && gazetteer.longest(t, b, new int[1]) == null) {
            return true;
        }
        int p = a - 1;
        return p >= 0 && t.isCapitalised(p) && !covered[p] && t.sameLine(a) && !t.sentenceStart[p]
                && !t.hyphenBefore[a] && !lex.isTitleOrModifier(t.at(p)) && !lex.context(t.at(p), "not-name");
    }

    /** "the American computer company Apple", "U.S. retailer Best Buy": a company's nationality, not its country acting. */
    private boolean describesCompany(Tokens t, int b) {
        for (int k = b; k < Math.min(t.size, b + 4); k++) {
            if (!t.word[k] || t.isCapitalised(k)) {
                return false;
            }
            if (lex.role(t.at(k), "org-noun")) {
                return true;
            }
        }
        return false;
    }

    /** A capital acts for its country ("Moscow recognised") unless it is where something happens ("in Kabul"). */
    private Role capitalRole(Tokens t, int a, int b, Found lastPlace) {
        if (a > 0 && t.word[a - 1]) {
            String p = t.at(a - 1);
            if (lex.context(p, "place") || p.equals("of")) {
                return Role.PLACE;
            }
            for (int k = a - 1; k >= Math.max(0, a - 3) && t.word[k] && !t.isCapitalised(k); k--) {
                if (lex.context(t.at(k), "place") && k < a - 1) {
                    return Role.PLACE; // "in central London", "in a London court"
                }
                if (lex.isVerb(t.at(k))) {
                    break;
                }
            }
            if ((p.equals("and") || p.equals("or")) && lastPlace != null && lastPlace.b >= a - 3) {
                return Role.PLACE; // "in Moscow and Kabul"
            }
        }
        if (b < t.size && t.hyphenBefore[b] && !t.isCapitalised(b)) {
            return Role.PLACE; // "Moscow-based"
        }
        if (a > 0 && b < t.size && t.word[a - 1] && lex.context(t.at(a - 1), "determiner") && t.word[b]
                && !t.isCapitalised(b) && !"gov".equals(lex.head(t.at(b))) && !lex.context(t.at(b), "between")
                && !lex.isVerb(t.at(b))) {
            return Role.PLACE; // "the Doha process" names a place; "the Kabul regime" acts
        }
        if (b + 1 < t.size && t.isPunct(b, ',') && t.isCapitalised(b + 1)) {
            Entry next = gazetteer.longest(t, b + 1, new int[1]);
            if (next != null && next.kind() == ActorKind.COUNTRY && next.form() == Form.NAME) {
                return Role.PLACE; // "Moscow, Russia"
            }
        }
        return Role.AGENT;
    }

    /** Lines written in Title Case (headlines) say nothing about where names begin and end. */
    private static boolean[] titleCaseLines(Tokens t) {
        boolean[] out = new boolean[t.size];
        int i = 0;
        while (i < t.size) {
            int j = i + 1;
            while (j < t.size && t.sameLine(j)) {
                j++;
            }
            int words = 0;
            int caps = 0;
            for (int k = i; k < j; k++) {
                if (t.word[k] && t.end[k] - t.start[k] > 3) {
                    words++;
                    caps += t.isCapitalised(k) ? 1 : 0;
                }
            }
            if (words >= 3 && caps * 10 >= words * 8) {
                for (int k = i; k < j; k++) {
                    out[k] = true;
                }
            }
            i = j;
        }
        return out;
    }

    private List<ActorMention> toMentions(Tokens t, List<Found> found) {
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        Map<String, ActorKind> kinds = new HashMap<>();
        List<int[]> spans = new ArrayList<>();
        for (Found f : found) {
            int e = t.end[f.b - 1];
            if (e < t.text.length() && t.text.charAt(e) == '.' && "legal".equals(lex.head(t.at(f.b - 1)))) {
                e++; // "Apple Inc."
            }
            spans.add(new int[] {t.start[f.a], e});
            String key = f.role == Role.PLACE ? "place:" + f.name : f.name;
            kinds.putIfAbsent(key, f.role == Role.PLACE ? ActorKind.PLACE : f.kind);
            surfaces.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(oneLine(t.text, t.start[f.a], e));
        }
        Map<String, Actor> actors = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : surfaces.entrySet()) {
            String key = e.getKey();
            String name = key.startsWith("place:") ? key.substring(6) : key;
            Set<String> aliases = new LinkedHashSet<>(e.getValue());
            aliases.remove(name);
            actors.put(key, new Actor(name, kinds.get(key), aliases));
        }
        List<ActorMention> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String key = f.role == Role.PLACE ? "place:" + f.name : f.name;
            int[] sp = spans.get(i);
            out.add(new ActorMention(sp[0], sp[1], t.text.substring(sp[0], sp[1]), actors.get(key), f.role));
        }
        return out;
    }
}
