// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.List;
import org.dateline.extract.actor.NameFinder.Segment;
import org.dateline.extract.actor.NameFinder.Strength;
import org.dateline.model.ActorKind;

/**
 * Where names begin and end: a run of capitalised words ("Timothy D. Cook", "Institute for the Study of War",
 * "Ban Ki-moon", "JPMorgan Chase & Co."), cut at its titles into the names it holds ("Apple Computer CEO Steve
 * Jobs" gives the organisation and the person, "Mike Gikas of Consumer Reports" the person and his employer).
 */
final class NameRuns {
    private final Lexicon lex;
    private final java.util.function.Predicate<String> place;
    private final NameFinder names;

    NameRuns(Lexicon lex, java.util.function.Predicate<String> place, NameFinder names) {
        this.lex = lex;
        this.place = place;
        this.names = names;
    }

    int runEnd(Tokens t, boolean[] covered, int a) {
        int b = a + 1;
        while (b < t.size && !covered[b]) {
            if (t.isCapitalised(b) && (t.hyphenBefore[b] || t.sameLine(b) && !t.sentenceStart[b])
                    || b - a >= 2 && givenNameSyllable(t, b)) {
                b++;
            } else if (t.isPunct(b, '.') && t.end[b - 1] - t.start[b - 1] == 1 && t.isCapitalised(b - 1)
                    && b + 1 < t.size && !covered[b + 1] && t.isCapitalised(b + 1) && t.sameLine(b + 1)) {
                b += 2; // a middle initial: "Timothy D. Cook"
            } else if (t.isPossessive(b) && PEOPLES.contains(t.at(b - 1)) && b + 1 < t.size && !covered[b + 1]
                    && t.isCapitalised(b + 1) && t.sameLine(b + 1)) {
                b += 2; // "People's Bank of China", "Workers' Party": a plural's possessive inside a name
            } else if (t.at(b).equals("and") && joinsOneName(t, covered, b)) {
                b++; // "Securities and Exchange Commission"
            } else if ((t.word[b] && !t.isCapitalised(b) || t.isPunct(b, '&')) && lex.context(t.at(b), "connector")
                    && !(b == a + 1 && t.sentenceStart[a] && NameFinder.commonPlural(t.at(a)))) { // "Shares of Exxon"
                int c = b + 1 < t.size && t.at(b + 1).equals("the") ? b + 2 : b + 1; // "Institute for the Study of War"
                if (c < t.size && t.word[c] && !t.isCapitalised(c) && lex.context(t.at(c), "connector")) {
                    c++; // "Ursula von der Leyen", "Frans van den Berg"
                }
                if (c < t.size && !covered[c] && t.isCapitalised(c) && t.sameLine(c)
                        && !lex.context(t.at(c), "not-name")) {
                    b = c + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return b;
    }

    /**
     * Whether the "and" at {@code k} joins the words of one organisation's name: the capitalised words after it end
     * in a public body's head and the word before it is no head ("Securities and Exchange Commission", "Food and
     * Drug Administration"; not "Microsoft and Google", "Ford and General Motors", "Apple Inc. and Google Inc.").
     */
    private boolean joinsOneName(Tokens t, boolean[] covered, int k) {
        if (!t.isCapitalised(k - 1) || lex.head(t.at(k - 1)) != null) {
            return false;
        }
        int e = k + 1;
        while (e < t.size && e < k + 5 && !covered[e] && t.isCapitalised(e) && t.sameLine(e)) {
            e++;
        }
        if (e == k + 1 || e - k > 4) {
            return false;
        }
        return INSTITUTION_HEADS.contains(t.at(e - 1));
    }

    /** Heads of public bodies named "X and Y ..."; a company's head ("Ford and General Motors") joins no names. */
    private static final java.util.Set<String> INSTITUTION_HEADS = java.util.Set.of("Commission", "Committee",
            "Service", "Agency", "Department", "Bureau", "Council", "Board", "Authority", "Institute", "Administration",
            "Office", "Association", "Society", "Federation", "Ministry");

    /** Plurals whose possessive begins a name ("People's Liberation Army", "Women's Tennis Association"). */
    private static final java.util.Set<String> PEOPLES = java.util.Set.of("People", "Women", "Children", "Men",
            "Workers", "Veterans", "Peoples");

    /** Months that are also people's names ("Theresa May"). */
    private static final java.util.Set<String> MONTH_SURNAMES = java.util.Set.of("May", "June", "April", "August");

    /** Words before a month that make it a date: "in May", "last June", "since April". */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("in", "on", "since", "until", "by",
            "last", "next", "this", "early", "late", "mid", "of", "from", "through", "to", "during", "before", "after",
            "till", "each", "every", "between", "and", "or");

    /** A month name that is no date here: no date word before it, no number after it ("May had spoken"). */
    private static boolean notADate(Tokens t, int a) {
        boolean before = a > 0 && t.word[a - 1] && DATE_WORDS.contains(t.at(a - 1).toLowerCase(java.util.Locale.ROOT));
        boolean number = a + 1 < t.size && t.word[a + 1] && Character.isDigit(t.text.charAt(t.start[a + 1]));
        return !before && !number && !(a > 0 && t.hyphenBefore[a]);
    }

    /** Words a hyphen joins to a name that are English, not a syllable: "Wall Street-led", "New York-born". */
    private static final java.util.Set<String> HYPHEN_WORDS = java.util.Set.of("led", "run", "era", "born", "made",
            "like", "wide", "free", "only", "held", "type", "size", "long", "old", "area", "bred", "side", "new");

    /**
     * The lower-case syllable of a Korean given name written with a hyphen, after a family name and a first syllable:
     * "Ban Ki-moon", "Park Geun-hye", "Kim Jong-un".
     */
    private static boolean givenNameSyllable(Tokens t, int b) {
        int n = t.end[b] - t.start[b];
        if (!t.word[b] || !t.hyphenBefore[b] || t.isCapitalised(b) || n < 2 || n > 4
                || t.end[b - 1] - t.start[b - 1] > 5 || !t.isCapitalised(b - 1) || HYPHEN_WORDS.contains(t.at(b))) {
            return false;
        }
        for (int k = t.start[b]; k < t.end[b]; k++) {
            if (!Character.isLowerCase(t.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean onlySuffixes(Tokens t, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!lex.context(t.at(k), "name-suffix")) {
                return false;
            }
        }
        return true;
    }

    /** Cuts a run at its titles: "Apple Computer CEO Steve Jobs" gives the organisation and the person. */
    void split(Tokens t, int a, int b, List<Segment> out) {
        if (b == a + 1 && MONTH_SURNAMES.contains(t.at(a)) && !t.sentenceStart[a] && notADate(t, a)) {
            out.add(new Segment(a, b)); // "Downing Street said May had spoken": Theresa May, if the article names her
            return;
        }
        while (a < b && lex.context(t.at(a), "not-name") && !(a + 1 < b && t.isPossessive(a + 1))) {
            a++; // "The", "In", "However" open sentences, not names; "People's Bank" is one
        }
        if (a >= b) {
            return;
        }
        if ((lex.context(t.at(a), "vessel-prefix") || lex.context(t.at(a), "event-prefix")) && b - a >= 2
                || a > 0 && t.word[a - 1] && !t.isCapitalised(a - 1) && lex.context(t.at(a - 1), "vessel-noun")) {
            Segment ship = new Segment(a, b); // "the cruiser General Belgrano", "HMS Hermes", "Hurricane Katrina"
            ship.notActor = true;
            out.add(ship);
            return;
        }
        int lastTitle = -1;
        for (int k = b - 1; k >= a; k--) {
            if (lex.isTitle(t.at(k))) {
                lastTitle = k;
                break;
            }
        }
        if (lastTitle >= 0 && onlySuffixes(t, lastTitle + 1, b)) {
            lastTitle = -1; // "Martin Luther King Jr.": "King" is part of the name, not a title before one
        }
        if (t.sentenceStart[a] && b - a >= 3 && !lex.isGivenName(t.at(a)) && lex.isGivenName(t.at(a + 1))
                && plainWord(t.at(a)) && names.headIndex(t, a, b) == b - 1 && lex.head(t.at(b - 1)) == null) {
            a++; // "Employee Phil Schiller discussed": a sentence's first word before a given name
        }
        ActorKind kindWord = null;
        if (b - a >= 2 && (lex.role(t.at(a), "org-noun") || lex.role(t.at(a), "outlet-noun"))
                && !lex.context(t.at(a + 1), "connector")) { // but "Bank of America" is one name
            kindWord = lex.role(t.at(a), "org-noun") ? ActorKind.ORGANIZATION : ActorKind.OUTLET;
            a++; // "Rival Boeing has received", "Retailer Best Buy said"
        }
        if (lastTitle < 0 || lastTitle + 1 < b && orgHead(t.at(b - 1))) {
            int of = personBeforeOf(t, a, b);
            if (of > 0) {
                Segment person = new Segment(a, of); // "Mike Gikas of Consumer Reports"
                person.evidence(ActorKind.PERSON, Strength.HARD);
                out.add(person);
                out.add(affiliation(t, of + 1, b));
                return;
            }
            Segment whole = new Segment(a, b); // no title, or "General Motors": a name that merely starts like a title
            if (kindWord != null) {
                whole.evidence(kindWord, Strength.HARD);
            }
            out.add(whole);
            return;
        }
        int first = lastTitle;
        boolean orgTitle = false;
        while (first >= a && lex.isTitleOrModifier(t.at(first))) {
            orgTitle |= lex.role(t.at(first), "org-title");
            first--;
        }
        first++;
        while (a < first && lex.role(t.at(a), "modifier")) {
            a++; // "Former Microsoft CEO Bill Gates"
        }
        if (first > a) {
            Segment pre = new Segment(a, first);
            if (orgTitle) {
                pre.evidence(ActorKind.ORGANIZATION, Strength.HARD);
            }
            out.add(pre);
        }
        int nameStart = lastTitle + 1;
        if (nameStart < b && lex.context(t.at(nameStart), "connector")) {
            // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Amir Khan Muttaqi"
            int k = nameStart + 1;
            while (k < b && (lex.role(t.at(k), "portfolio") || lex.role(t.at(k), "modifier")
                    || t.at(k).equals("the") || lex.context(t.at(k), "connector"))) {
                k++;
            }
            nameStart = k > nameStart + 1 ? k : b;
        }
        int of = nameStart + 1;
        while (of < b - 1 && !t.at(of).equals("of")) {
            of++;
        }
        if (nameStart < b) {
            Segment name = new Segment(nameStart, of < b - 1 ? of : b);
            name.evidence(ActorKind.PERSON, Strength.HARD);
            out.add(name);
            if (of < b - 1) {
                out.add(affiliation(t, of + 1, b)); // "Minority Leader Mitch McConnell of Kentucky"
            }
        }
    }

    /** What follows "of" after a person's name: an organisation ("of Consumer Reports"), or a place ("of Maine"). */
    private Segment affiliation(Tokens t, int a, int b) {
        Segment s = new Segment(a, b);
        if (place.test(Tokens.oneLine(t.text, t.start[a], t.end[b - 1]))) {
            s.notActor = true;
        } else {
            s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
        }
        return s;
    }

    /** A word written as a common word opening a sentence: a capital, then lower case ("Employee", not "JPMorgan"). */
    private static boolean plainWord(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The "of" in "Mike Gikas of Consumer Reports" (a given name, a surname, then "of"), or -1. */
    private int personBeforeOf(Tokens t, int a, int b) {
        for (int k = a + 2; k < Math.min(b - 1, a + 4); k++) {
            if (t.at(k).equals("of") || t.at(k).equals("for")) {
                boolean person = lex.isGivenName(t.at(a)) && lex.head(t.at(k - 1)) == null;
                return person ? k : -1;
            }
        }
        return -1;
    }

    private boolean orgHead(String w) {
        String h = lex.head(w);
        return h != null && !h.equals("none");
    }
}
