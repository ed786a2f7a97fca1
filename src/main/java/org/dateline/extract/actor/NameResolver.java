// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.actor.ActorMention.Role;
import org.dateline.extract.actor.NameFinder.Segment;
import org.dateline.extract.actor.NameFinder.Strength;
import org.dateline.model.ActorKind;

/**
 * Decides which names found in one article are actors and which actor each stands for: names with firm evidence
 * first, then names that only act, then every other occurrence by exact form, surname ("Gharwal"), first name,
 * short form ("Ford") or acronym ("GM"). What one article calls an actor is decided for the whole article.
 */
final class NameResolver {
    private final Lexicon lex;
    private final NameFinder names;

    NameResolver(Lexicon lex, NameFinder names) {
        this.lex = lex;
        this.names = names;
    }

    /** Known name of this article, with the forms it went by. */
    private static final class Known {
        final String name;
        final ActorKind kind;
        final int words;
        final int order;
        /** Named in full with a legal form ("Apple Inc."): a company of its own, not a short form of another. */
        boolean legalForm;

        Known(String name, ActorKind kind, int words, int order) {
            this.name = name;
            this.kind = kind;
            this.words = words;
            this.order = order;
        }
    }

    /** Adds to {@code out} the mentions among {@code segments}; {@code out} holds the known names found so far. */
    void resolve(Tokens t, List<Segment> segments, List<Found> out, Map<String, Found> acronyms,
                 Set<String> notActors) {
        Map<String, Known> bySurface = new HashMap<>();
        acronyms.forEach((acronym, f) -> bySurface.put(acronym, new Known(f.name, f.kind, 1, -1)));
        // hard evidence first: titles, organisation heads, acronyms
        for (Segment s : segments) {
            if (!s.notActor && s.strength == Strength.HARD) {
                Known k = bySurface.computeIfAbsent(canonical(t, s), n -> new Known(n, s.kind, s.b - s.a, s.a));
                k.legalForm |= "legal".equals(lex.head(t.at(s.b - 1)));
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
                if (full == null) {
                    full = fullNameInText(t, segments, e.getKey(), bySurface); // "replace Laxman Narasimhan ... Ms. Narasimhan"
                }
                if (full != null) {
                    e.setValue(full);
                }
            }
        }
        // then names that only act (subject of a verb, "said X"), or recur as bare names
        Map<String, Integer> bareCount = new HashMap<>();
        Map<String, Segment> personShaped = new HashMap<>();
        for (Segment s : segments) {
            if (s.bare && !s.notActor) {
                bareCount.merge(canonical(t, s), 1, Integer::sum);
            }
            if (s.notActor && s.acronym != null) {
                notActors.add(s.acronym); // "Software Development Kit (SDK)": the acronym is no actor either
            }
            if (s.b - s.a >= 2 && lex.isGivenName(t.at(s.a)) && names.shape(t, s.a, s.b) == ActorKind.PERSON) {
                personShaped.putIfAbsent(t.at(s.b - 1), s); // "Tim Cook", in case "Cook" acts later
            }
        }
        Set<String> lowerWords = null;
        for (Segment s : segments) {
            String c = canonical(t, s);
            if (s.notActor || s.headOnly || s.strength == Strength.HARD || resolve(bySurface, c, s.b - s.a) != null) {
                continue;
            }
            if (notActors.contains(c)) {
                continue;
            }
            Segment full = s.b - s.a == 1 ? personShaped.get(c) : null;
            if (full != null && (s.strength == Strength.SOFT || bareCount.getOrDefault(c, 0) >= 2)) {
                String n = canonical(t, full);
                bySurface.putIfAbsent(n, new Known(n, ActorKind.PERSON, full.b - full.a, full.a));
                continue; // "Cook held positions" after "Tim Cook" is Tim Cook
            }
            if (s.strength == Strength.SOFT && s.b - s.a == 1 && t.sentenceStart[s.a]
                    && (lowerWords == null ? lowerWords = lowerWords(t) : lowerWords)
                    .contains(t.at(s.a).toLowerCase(java.util.Locale.ROOT))) {
                continue; // "Critics said ... the critics": a common noun opening a sentence
            }
            if (s.strength == Strength.SOFT || bareCount.getOrDefault(c, 0) >= 2) {
                ActorKind kind = s.kind != null && s.kind != ActorKind.PERSON ? s.kind : names.shape(t, s.a, s.b);
                if (s.b - s.a == 1 && kind == ActorKind.ORGANIZATION && Pronouns.personByPronouns(lex, t, c)) {
                    kind = ActorKind.PERSON; // "Trump said he would", never introduced in full
                } else if (s.b - s.a >= 2 && kind == ActorKind.PERSON && !lex.isGivenName(t.at(s.a))
                        && (Pronouns.votes(lex, t, t.at(s.b - 1), false) < 0 || namesAnOrganisation(bySurface, t.at(s.a)))) {
                    // "Goldman Sachs raised its forecast", "Sony Ericsson" after "Sony": shaped like a person
                    kind = ActorKind.ORGANIZATION;
                }
                bySurface.put(c, new Known(c, kind, s.b - s.a, s.a));
            }
        }
        Map<Integer, Found> ownerEndingAt = new HashMap<>();
        Map<Integer, Found> countryStartingAt = new HashMap<>();
        for (Found f : out) {
            if (f.kind == ActorKind.COUNTRY && f.role == Role.AGENT) {
                ownerEndingAt.put(f.b, f);
                countryStartingAt.put(f.a, f);
            } else if (f.kind == ActorKind.ORGANIZATION && t.isPossessive(f.b)) {
                ownerEndingAt.put(f.b, f); // "the Taliban's Foreign Ministry" acts for the Taliban
            }
        }
        shortForms(t, segments, bySurface);
        linkAcronyms(bySurface);
        surnamesOverPlaces(t, out, bySurface);
        for (Segment s : segments) {
            if (s.notActor) {
                continue;
            }
            boolean gov = "gov".equals(lex.head(t.at(names.headIndex(t, s.a, s.b))));
            Found country = ownerEndingAt.get(t.isPossessive(s.a - 1) ? s.a - 1 : s.a);
            if (country != null && gov && out.remove(country)) { // not when the name turned out a surname
                // one mention: "Russia's Foreign Ministry" acts for Russia
                out.add(new Found(country.a, s.b, country.name, country.kind, Role.AGENT));
                continue;
            }
            Found of = s.b + 1 < t.size && t.at(s.b).equals("of") ? countryStartingAt.get(s.b + 1) : null;
            if (of != null && gov && out.remove(of)) { // "the Ministry of Foreign Affairs of Afghanistan"
                out.add(new Found(s.a, of.b, of.name, ActorKind.COUNTRY, Role.AGENT));
                continue;
            }
            Known k = s.headOnly ? lastWord(bySurface, t.at(s.a)) : resolve(bySurface, canonical(t, s), s.b - s.a);
            if (k != null) {
                out.add(new Found(s.a, s.b, k.name, k.kind, Role.AGENT));
            }
        }
    }

    /**
     * "Ford Motor Company" and a lone "Ford" in the same article are one organisation, named by the short form
     * that articles share ("Ford", like "Apple" for "Apple Inc."). Not when two names start alike ("Apple Corps",
     * "Apple Computer"), nor for a lone head word ("the Bank").
     */
    private void shortForms(Tokens t, List<Segment> segments, Map<String, Known> bySurface) {
        Set<String> singles = new HashSet<>();
        for (Segment s : segments) {
            if (s.b - s.a == 1 && !s.notActor && !s.headOnly && lex.head(t.at(s.a)) == null
                    && !NameFinder.isAcronym(t.at(s.a))) {
                singles.add(t.at(s.a));
            }
        }
        Map<String, Known> byFirst = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Known k : new HashSet<>(bySurface.values())) {
            int sp = k.name.indexOf(' ');
            if (k.words >= 2 && sp > 0 && k.kind != ActorKind.PERSON) {
                String first = k.name.substring(0, sp);
                if (byFirst.putIfAbsent(first, k) != null && byFirst.get(first) != k) {
                    ambiguous.add(first);
                }
            }
        }
        for (Map.Entry<String, Known> e : byFirst.entrySet()) {
            String first = e.getKey();
            Known existing = bySurface.get(first);
            Known resolved = resolve(bySurface, first, 1);
            if (!singles.contains(first) || ambiguous.contains(first)
                    || resolved != null && resolved.kind == ActorKind.PERSON || existing != null && existing.legalForm) {
                // "Apple Inc." and "the Beatles' record company, Apple Corps" stay two companies
                continue;
            }
            Known longer = e.getValue();
            Known shorter = existing != null ? existing : new Known(first, longer.kind, 1, longer.order);
            bySurface.put(first, shorter);
            bySurface.replaceAll((n, k) -> k == longer ? shorter : k);
        }
    }

    /**
     * "Lewis Hamilton ... Hamilton said", "Jack Dallas ... Dallas": a lone word the article gave as a person's
     * surname is that person, whatever country or place it also names.
     */
    private static void surnamesOverPlaces(Tokens t, List<Found> out, Map<String, Known> bySurface) {
        for (int i = 0; i < out.size(); i++) {
            Found f = out.get(i);
            if ((f.kind == ActorKind.COUNTRY && f.role == Role.AGENT || f.kind == ActorKind.PLACE) && f.b - f.a == 1) {
                Known person = unique(bySurface, ActorKind.PERSON, t.at(f.a), false);
                if (person != null) {
                    out.set(i, new Found(f.a, f.b, person.name, ActorKind.PERSON, Role.AGENT));
                }
            }
        }
    }

    /** "GM" is the article's "General Motors": an acronym standing for a known organisation's initials. */
    private static void linkAcronyms(Map<String, Known> bySurface) {
        for (Map.Entry<String, Known> e : bySurface.entrySet()) {
            String acronym = e.getKey();
            if (e.getValue().words != 1 || !NameFinder.isAcronym(acronym) || !acronym.equals(e.getValue().name)) {
                continue;
            }
            Known match = null;
            for (Known k : bySurface.values()) {
                if (k.words >= 2 && k.kind != ActorKind.PERSON && initials(k.name).equals(acronym)) {
                    match = match == null || match == k ? k : e.getValue();
                }
            }
            if (match != null) {
                e.setValue(match);
            }
        }
    }

    /**
     * The one name of two or three words, shaped like a person's, that ends in a titled surname ("Ms. Narasimhan")
     * though nothing else said it was a person's ("Niccol will replace Laxman Narasimhan, who..."), made known; or null.
     */
    private Known fullNameInText(Tokens t, List<Segment> segments, String surname, Map<String, Known> bySurface) {
        Segment found = null;
        for (Segment s : segments) {
            if (!s.notActor && s.b - s.a >= 2 && s.b - s.a <= 3 && t.at(s.b - 1).equals(surname)
                    && names.shape(t, s.a, s.b) == ActorKind.PERSON) {
                if (found != null && !canonical(t, found).equals(canonical(t, s))) {
                    return null;
                }
                found = s;
            }
        }
        if (found == null) {
            return null;
        }
        Segment f = found;
        String n = canonical(t, f);
        return bySurface.computeIfAbsent(n, x -> new Known(x, ActorKind.PERSON, f.b - f.a, f.a));
    }

    /** Whether {@code word} alone is an organisation or outlet the article has named ("Sony"). */
    private static boolean namesAnOrganisation(Map<String, Known> bySurface, String word) {
        Known k = bySurface.get(word);
        return k != null && (k.kind == ActorKind.ORGANIZATION || k.kind == ActorKind.OUTLET);
    }

    /** The one known organisation of two words or more whose initials are {@code acronym}, or null. */
    private static Known byInitials(Map<String, Known> bySurface, String acronym) {
        Known match = null;
        for (Known k : bySurface.values()) {
            if (k.words >= 2 && k.kind != ActorKind.PERSON && initials(k.name).equals(acronym)) {
                if (match != null && match != k) {
                    return null;
                }
                match = k;
            }
        }
        return match;
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (start && Character.isUpperCase(c)) {
                b.append(c);
            }
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
    private Known resolve(Map<String, Known> bySurface, String name, int words) {
        Known k = bySurface.get(name);
        if (k == null && words == 2 && name.length() > 3 && name.charAt(2) == '-'
                && (name.startsWith("Al") || name.startsWith("El") || name.startsWith("al") || name.startsWith("el"))) {
            k = unique(bySurface, ActorKind.PERSON, name.substring(3), false); // "Al-Jubeir" opens a sentence
        }
        int sp = name.indexOf(' ');
        if (k == null && sp > 0 && words == 2 && lex.context(name.substring(0, sp), "connector")) {
            // "Bin Laden had been hiding": the particle of "Osama bin Laden" opens a sentence
            k = unique(bySurface, ActorKind.PERSON, Character.toLowerCase(name.charAt(0)) + name.substring(1), false);
        }
        if (k == null && words >= 2 && sp > 0 && Character.isUpperCase(name.charAt(0))) {
            k = unique(bySurface, ActorKind.PERSON, name, false); // "Le Maire" is "Bruno Le Maire"
        }
        if (k == null && words == 2 && name.indexOf(' ') < 0 && name.indexOf('-') > 0) {
            words = 1; // "Bankman-Fried" is one surname
        }
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
        } else if (k == null) {
            k = byInitials(bySurface, name); // "a spokeswoman for BA" after "British Airways"
        }
        if (k == null) {
            k = inner(bySurface, name); // "Lula" is "Luiz Inacio Lula da Silva"
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

    /**
     * The one known person named in three words or more with {@code word} inside the name, or null; not a surname
     * before a suffix ("Bill Ford Jr": "Ford" is as often the company).
     */
    private Known inner(Map<String, Known> bySurface, String word) {
        Known found = null;
        String inside = " " + word + " ";
        for (Known k : bySurface.values()) {
            if (k.kind == ActorKind.PERSON && k.words >= 3 && k != found && k.name.contains(inside)
                    && !lex.context(k.name.substring(k.name.lastIndexOf(' ') + 1), "name-suffix")) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
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
            // Arabic surnames drop their article on later mention: "al-Burhan", then "Burhan"
            boolean hit = first ? n.startsWith(word + " ") : n.endsWith(" " + word) || n.endsWith(" al-" + word)
                    || n.endsWith(" el-" + word) || n.endsWith(" Al-" + word) || n.endsWith(" El-" + word);
            if (hit) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }
    /** The words the article writes in lower case: "Critics said ... the critics" makes "Critics" a common noun. */
    private static Set<String> lowerWords(Tokens t) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < t.size; k++) {
            if (t.word[k] && Character.isLowerCase(t.text.charAt(t.start[k]))) {
                out.add(t.at(k));
            }
        }
        return out;
    }

    /**
     * A name's canonical form: its words without a leading "the" or a legal suffix ("Apple Inc." is "Apple"), unless
     * the one word left would be a name's head by itself ("News Corp.").
     */
    private String canonical(Tokens t, Segment s) {
        int e = s.b;
        while (e - s.a > 1 && "legal".equals(lex.head(t.at(e - 1)))
                && !(e - s.a == 2 && lex.head(t.at(s.a)) != null)) { // "News Corp." is no "News"
            e--;
            if (t.isPunct(e - 1, '&')) {
                e--; // "JPMorgan Chase & Co."
            }
        }
        return Tokens.oneLine(t.text, t.start[s.a], t.end[e - 1]);
    }
}
