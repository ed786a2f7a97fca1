// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.actor.ActorMention.Role;
import org.dateline.extract.actor.Gazetteer.Entry;
import org.dateline.extract.actor.Gazetteer.Form;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;

/**
 * Finds the actors named in an article: countries (by name, demonym, acting capital or government body),
 * organisations and outlets (from lists and from names in the text) and people, each under one canonical name
 * per article ("Gharwal" is "Jamal Nasir Gharwal", "Moscow recognised" is "Russia"). Thread-safe once loaded.
 */
public final class ActorRecognizer {
    private static final System.Logger LOG = System.getLogger(ActorRecognizer.class.getName());
    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private final NameFinder names;
    private final NameResolver resolver;

    private ActorRecognizer(Gazetteer gazetteer, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.names = new NameFinder(lex, gazetteer::isRegion);
        this.resolver = new NameResolver(lex, names);
    }

    public static ActorRecognizer load() {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load();
        ActorRecognizer r = new ActorRecognizer(g, Lexicon.load());
        LOG.log(System.Logger.Level.DEBUG, "actor lists loaded: {0} known forms in {1} ms", g.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return r;
    }

    /** Every acting mention, in text order. */
    public List<ActorMention> recognize(Article article) {
        return recognize(article.text()).stream().filter(m -> m.role() == Role.AGENT).toList();
    }

    /** Every mention in a text, acting or place ("in Kabul"), in text order. */
    public List<ActorMention> recognize(String text) {
        Tokens t = Tokens.of(text);
        boolean[] titleCase = titleCaseLines(t);
        boolean[] covered = Datelines.of(t);
        List<Found> found = new ArrayList<>();
        int[] end = new int[1];
        Found lastPlace = null;
        Map<String, Boolean> personWords = new HashMap<>();
        for (int i = 0; i < t.size; ) {
            Entry e = t.word[i] && !covered[i] ? gazetteer.longest(t, i, end) : null;
            if (e == null) {
                i++;
                continue;
            }
            int j = end[0];
            if ((e.kind() == ActorKind.COUNTRY || e.form() == Form.CAPITAL) && e.form() != Form.BODY && !titleCase[i]
                    && (partOfLargerName(t, covered, i, j) || e.form() != Form.CAPITAL && describesCompany(t, j)
                    || insideOfName(t, covered, i) && "org".equals(lex.head(t.at(i - 2))))) {
                i = j;
                continue;
            }
            if (e.form() == Form.NAME && e.kind() != ActorKind.COUNTRY && e.kind() != ActorKind.PLACE && i > 0
                    && t.isCapitalised(i - 1) && !covered[i - 1] && t.sameLine(i) && !t.sentenceStart[i]
                    && !t.hyphenBefore[i] && !lex.isTitleOrModifier(t.at(i - 1))
                    && !lex.context(t.at(i - 1), "not-name") && !titleCase[i]) {
                i = j; // "the National Security Council" is no "Security Council": left to the name finder
                continue;
            }
            if (e.form() == Form.AFTER_THE && (i == 0 || !t.at(i - 1).equalsIgnoreCase("the"))) {
                i = j; // "Emirates ordered 50 jets" is the airline; "the Emirates" the country
                continue;
            }
            if (e.form() == Form.REGION && j == i + 1
                    && personWords.computeIfAbsent(t.at(i), w -> namesAPerson(t, w))) {
                i = j; // "Mr. Rivera", "Rivera said he would resign": a surname in this article
                continue;
            }
            if (e.form() == Form.REGION && (partOfLargerName(t, covered, i, j) || insideOfName(t, covered, i)
                    || j < t.size && t.sameLine(j) && endsInGovernmentBody(t, j)
                    || j < t.size && t.word[j] && !t.isCapitalised(j) && "org".equals(lex.head(t.at(j))))) {
                // "Texas Instruments", "University of California", "the Gaza Health Ministry" (a region's own
                // body, not a country's), "the Sinaloa cartel": left to the name finder
                i = j;
                continue;
            }
            for (int k = i; k < j; k++) {
                covered[k] = true;
            }
            if (e.form() == Form.REGION) {
                // "Gaza", "Bavaria", "Donetsk": where things happen. A state that acts ("California sued") acts
                // through its government, which the article names ("the governor", "the state's attorney general").
                Found f = new Found(i, j, Tokens.oneLine(text, t.start[i], t.end[j - 1]), ActorKind.PLACE, Role.PLACE);
                found.add(f);
                lastPlace = f;
                i = j;
                continue;
            }
            Role role = e.form() == Form.CAPITAL ? capitalRole(t, i, j, lastPlace)
                    : e.kind() == ActorKind.COUNTRY && e.form() == Form.NAME && locatesTown(t, i, j, found)
                    ? Role.PLACE : Role.AGENT;
            String name = role == Role.PLACE ? Tokens.oneLine(text, t.start[i], t.end[j - 1]) : e.name();
            Found f = new Found(i, j, name, e.kind(), role);
            if (role == Role.PLACE) {
                lastPlace = f;
            }
            found.add(f);
            i = j;
        }
        Map<String, Found> acronyms = new HashMap<>();
        Set<String> notActors = new HashSet<>();
        spelledOutAcronyms(t, covered, found, acronyms, notActors);
        for (Found f : found) {
            if (f.role == Role.AGENT && f.b + 2 < t.size && t.isPunct(f.b, '(') && t.isPunct(f.b + 2, ')')
                    && NameFinder.isAcronym(t.at(f.b + 1))) {
                acronyms.putIfAbsent(t.at(f.b + 1), f); // "the Pakistani Taliban (TTP)"
            }
        }
        resolver.resolve(t, names.find(t, covered), found, acronyms, notActors);
        found.sort(Comparator.comparingInt(f -> f.a));
        return toMentions(t, found);
    }

    /**
     * "Islamic State Khorasan Province (ISKP)", "Pakistan Tehreek-e-Insaf (PTI)": an acronym in parentheses whose
     * letters are the initials of the capitalised words before it names them all, whatever lists know some of
     * them. An event or a product spelled out this way ("Developers Conference (WWDC)") is no actor.
     */
    private void spelledOutAcronyms(Tokens t, boolean[] covered, List<Found> found, Map<String, Found> acronyms,
                                    Set<String> notActors) {
        for (int i = 1; i + 2 < t.size; i++) {
            if (!t.isPunct(i, '(') || !t.isPunct(i + 2, ')') || !NameFinder.isAcronym(t.at(i + 1))) {
                continue;
            }
            String acronym = t.at(i + 1);
            int s = spelledOutStart(t, i, acronym);
            if (s < 0 || i - s < 2) {
                continue;
            }
            String head = lex.head(t.at(i - 1));
            boolean namesOrg = false;
            for (Found f : found) {
                namesOrg |= f.a >= s && f.b <= i && f.kind != ActorKind.COUNTRY;
            }
            if ("none".equals(head) && !namesOrg) { // "Islamic State Khorasan Province (ISKP)" is still a group
                notActors.add(acronym);
                continue;
            }
            int from = s;
            int open = i;
            found.removeIf(f -> f.a < open && f.b > from);
            for (int k = s; k < i + 3; k++) {
                covered[k] = true;
            }
            String name = Tokens.oneLine(t.text, t.start[s], t.end[i - 1]);
            ActorKind kind = "outlet".equals(head) ? ActorKind.OUTLET : ActorKind.ORGANIZATION;
            Found full = new Found(s, i, name, kind, Role.AGENT);
            found.add(full);
            found.add(new Found(i + 1, i + 2, name, kind, Role.AGENT));
            acronyms.putIfAbsent(acronym, full);
        }
    }

    /** Where the words whose capitals spell {@code acronym} start, reading back from token {@code open}; or -1. */
    private int spelledOutStart(Tokens t, int open, String acronym) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isUpperCase(acronym.charAt(i))) {
                letters.append(acronym.charAt(i));
            }
        }
        int need = letters.length();
        int k = open - 1;
        while (k >= 0 && need > 0 && t.word[k] && (k == open - 1 || t.sameLine(k + 1))) {
            String w = t.at(k);
            if (t.isCapitalised(k)) {
                if (w.charAt(0) != letters.charAt(need - 1)) {
                    String head = lex.head(w);
                    if (k == open - 1 && ("org".equals(head) || "legal".equals(head))) {
                        k--; // "European Aeronautic Defence and Space Company (EADS)" leaves out "Company"
                        continue;
                    }
                    return -1;
                }
                need--;
            } else if (!lex.context(w, "connector") && !w.equals("the") && !w.equals("and") && !t.hyphenBefore[k]) {
                return -1;
            }
            k--;
        }
        return need == 0 ? k + 1 : -1;
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
                && !lex.isTitleOrModifier(t.at(b)) && !endsInGovernmentBody(t, b) && !portfolioTitle(t, b)
                && !lex.context(t.at(b), "not-name") && gazetteer.longest(t, b, new int[1]) == null) {
            return true;
        }
        int p = a - 1;
        if (p >= 0 && t.word[p] && b - a == 1 && lex.isTitle(t.at(p)) && !lex.role(t.at(p), "org-title")) {
            return true; // "Senator Hamilton" is a person
        }
        // "George Washington", "Lewis Hamilton won" (a sentence's first word too, unless a word like "Inside")
        return p >= 0 && t.isCapitalised(p) && !covered[p] && t.sameLine(a)
                && !t.hyphenBefore[a] && !lex.isTitleOrModifier(t.at(p)) && !lex.context(t.at(p), "not-name");
    }

    /** "Saudi Energy Minister", "Chinese Commerce Ministry": a minister's brief and then a title or ministry. */
    private boolean portfolioTitle(Tokens t, int b) {
        return lex.role(t.at(b), "portfolio") && b + 1 < t.size && t.word[b + 1] && t.sameLine(b + 1)
                && (lex.isTitle(t.at(b + 1)) || "gov".equals(lex.head(t.at(b + 1))));
    }

    /** Whether a word goes by a title somewhere in the text ("Mr. Rivera") or the pronouns after it are a person's. */
    private boolean namesAPerson(Tokens t, String word) {
        for (int k = 1; k < t.size; k++) {
            if (t.word[k] && t.at(k).equals(word)) {
                int p = t.isPunct(k - 1, '.') && k > 1 ? k - 2 : k - 1;
                if (t.word[p] && lex.isTitle(t.at(p)) && !lex.role(t.at(p), "org-title")) {
                    return true;
                }
            }
        }
        return Pronouns.personByPronouns(lex, t, word, true);
    }

    /** "University of California", "Bank of Scotland": a capitalised word (not a title) and "of" before the name. */
    private boolean insideOfName(Tokens t, boolean[] covered, int a) {
        return a > 1 && t.at(a - 1).equals("of") && t.word[a - 2] && t.isCapitalised(a - 2) && !covered[a - 2]
                && t.sameLine(a - 1) && !lex.isTitleOrModifier(t.at(a - 2)) && !lex.context(t.at(a - 2), "not-name");
    }

    /** "Foreign Ministry", "External Affairs Ministry": capitalised words from {@code b} ending in a government body. */
    private boolean endsInGovernmentBody(Tokens t, int b) {
        for (int k = b; k < Math.min(t.size, b + 4) && t.isCapitalised(k) && (k == b || t.sameLine(k)); k++) {
            if ("gov".equals(lex.head(t.at(k)))) {
                return true;
            }
        }
        return false;
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

    /**
     * "Doraville, Georgia, which", "in Paris, France.": a country after a town and a comma only says where the town
     * lies. Not after a country that acts ("Iran, Iraq and Syria"), nor before a verb ("In Kyiv, Ukraine said").
     */
    private boolean locatesTown(Tokens t, int a, int b, List<Found> found) {
        if (a < 2 || !t.isPunct(a - 1, ',') || !t.word[a - 2] || !t.isCapitalised(a - 2)
                || lex.context(t.at(a - 2), "not-name")) {
            return false;
        }
        Found prev = found.isEmpty() ? null : found.get(found.size() - 1);
        if (prev != null && prev.b == a - 1 && prev.role == Role.AGENT) {
            return false;
        }
        return b >= t.size || t.isPunct(b, ',') || t.isPunct(b, '.') || t.isPunct(b, ')') || t.isPunct(b, ';');
    }

    /** A capital acts for its country ("Moscow recognised") unless it is where something happens ("in Kabul"). */
    private Role capitalRole(Tokens t, int a, int b, Found lastPlace) {
        if (a > 0 && t.word[a - 1]) {
            String p = t.at(a - 1);
            if (p.equals("of") && t.isPossessive(b) && b + 1 < t.size && t.word[b + 1] && !t.isCapitalised(b + 1)
                    && !lex.context(t.at(b + 1), "place-noun")) {
                return Role.AGENT; // "the focus of Moscow's offensive"; not "the mayor of Moscow's airport"
            }
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
        if (b + 1 < t.size && t.isPossessive(b) && t.word[b + 1] && lex.context(t.at(b + 1), "place-noun")
                || b < t.size && t.word[b] && lex.context(t.at(b), "place-noun")) {
            return Role.PLACE; // "Kabul's residents", "Kabul airport"; not "Islamabad's accusations"
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
            surfaces.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(Tokens.oneLine(t.text, t.start[f.a], e));
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
