// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;

/**
 * Two dated statements joined by "and" or "but" in one clause: "Apple was founded in 1976 and went public in 1980",
 * "France won the title in 2018 in Russia and in 1998 at home". Each date's title keeps its own conjunct and the
 * words the two share (the subject, the verb), so this finds the stretches that belong to the other date's
 * conjunct, for the title to leave out. What joins the two is read from the first word after the conjunction: a
 * date or preposition (a second adjunct), a verb (a second predicate), a subject and its verb (a second clause), or
 * else a noun phrase (a second object).
 */
final class Coordination {
    private final Set<String> auxiliaries;
    private final Set<String> irregular;
    private final Set<String> prepositions;
    private final Set<String> determiners;

    Coordination() {
        Set<String> aux = new HashSet<>(WordList.load("subjectless-openers.txt").asSet());
        aux.removeAll(Set.of("which", "who", "whom", "whose", "where"));
        this.auxiliaries = Set.copyOf(aux);
        this.irregular = WordList.load("irregular-verbs.txt").asSet();
        Set<String> preps = new HashSet<>();
        for (String p : WordList.load("date-prepositions.txt").entries()) {
            if (!p.contains(" ") && !p.equals("the")) {
                preps.add(p);
            }
        }
        this.prepositions = Set.copyOf(preps);
        this.determiners = WordList.load("determiners.txt").asSet();
    }

    /**
     * The stretches of {@code clause} that tell the date next to {@code date} when the two are joined by a
     * conjunction; {@code dated} are the clause's date expressions. Empty when no other date is joined to this one.
     */
    List<Span> otherConjuncts(String text, Span clause, Span date, List<Span> dated) {
        Span next = null;
        Span previous = null;
        for (Span d : dated) {
            if (!clause.covers(d) || d.start() < date.end() && d.end() > date.start()) {
                continue;
            }
            if (d.start() >= date.end() && (next == null || d.start() < next.start())) {
                next = d;
            }
            if (d.end() <= date.start() && (previous == null || d.end() > previous.end())) {
                previous = d;
            }
        }
        List<Span> out = new ArrayList<>();
        if (next != null) {
            int c = lastConjunction(text, date.end(), next.start());
            if (c >= 0) {
                int end = next.end();
                // "in 2019 and 2020 across the region": a list of dates shares the rest; a conjunct of its own does not
                boolean listed = LISTED.matcher(text.substring(date.end(), next.start())).matches();
                while (!listed && end < clause.end() && PAUSE.indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                out.add(new Span(c, end)); // "... in 1976 [and went public in 1980]"
            }
        }
        if (previous != null) {
            int c = lastConjunction(text, previous.end(), date.start());
            if (c >= 0) {
                earlierConjunct(text, clause, previous, date, c).ifPresent(out::add);
            }
        }
        return out;
    }

    /** What of the clause before the conjunction at {@code c} belongs to the earlier date only. */
    private java.util.Optional<Span> earlierConjunct(String text, Span clause, Span previous, Span date, int c) {
        Matcher cm = WORD.matcher(text).region(c, date.end());
        int after = c + 1; // a comma
        if (text.charAt(c) != ',') {
            cm.find(); // the conjunction itself
            after = cm.end();
        }
        while (after < date.start() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        String firstRaw = cm.find() ? cm.group() : "";
        String first = firstRaw.toLowerCase(Locale.ROOT);
        if (after >= date.start() || prepositions.contains(first)) {
            // "in 2018 in Russia and in 1998 at home": the adjuncts of the earlier date go, with its preposition
            return java.util.Optional.of(new Span(previous.start(), after));
        }
        int from = clause.start();
        Matcher rel = RELATIVE.matcher(text).region(clause.start(), previous.start());
        boolean relative = false;
        int relativeStart = -1;
        while (rel.find()) {
            from = rel.end();
            relative = true;
            relativeStart = rel.start();
        }
        int asideStart = relativeStart;
        while (asideStart > clause.start() && Character.isWhitespace(text.charAt(asideStart - 1))) {
            asideStart--;
        }
        if (relative && text.charAt(c) == ',') {
            if (asideStart > clause.start() && text.charAt(asideStart - 1) == ',') {
                // "Honecker, who had led East Germany since 1971, resigned on...": the comma closes the aside, which goes
                return java.util.Optional.of(new Span(asideStart - 1, c + 1));
            }
            // else "It should be mentioned that X tripled in 2004, doubled in 2005": no aside, "that" opens the clause
        }
        int[] verb = verbGroup(text, from, previous.start());
        if (verb == null) {
            return java.util.Optional.empty();
        }
        int closing = text.substring(verb[1], previous.start()).indexOf(',');
        if (closing >= 0 && text.substring(from, verb[0]).stripTrailing().endsWith(",")) {
            // "The law, known as SB4, was signed in December and...": the participle of an aside is not the predicate
            from = verb[1] + closing + 1;
            verb = verbGroup(text, from, previous.start());
            if (verb == null) {
                return java.util.Optional.empty();
            }
        }
        if (isVerb(first) || first.endsWith("ly") || first.equals("also") || first.equals("later") || first.equals("then")) {
            // "was founded in 1976 and went public": the earlier predicate goes, the subject stays
            int start = verb[0];
            while (start > from && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            // "Tesla, founded in 2003 by two engineers, released...": the aside goes with its commas (but "Nadal, 38,
            // won ... and claimed" keeps the comma that closes its own aside)
            boolean aside = text.charAt(c) == ',' && start > from && text.charAt(start - 1) == ',';
            return java.util.Optional.of(new Span(aside ? start - 1 : verb[0], after));
        }
        boolean subjectLike = !firstRaw.isEmpty() && Character.isUpperCase(firstRaw.charAt(0))
                || determiners.contains(first) || PRONOUNS.contains(first);
        if (subjectLike && verbGroup(text, after, date.start()) != null) {
            // "... in 1976 and IBM entered the market in 1981": a clause of its own
            return relative ? java.util.Optional.empty() : java.util.Optional.of(new Span(clause.start(), after));
        }
        // "released the iPhone in 2007 and the iPad in 2010": the earlier object goes, the verb stays
        return java.util.Optional.of(new Span(verb[1], after));
    }

    /** Start and end of the first verb group (with the adverbs in "-ly" before it) in {@code text[from, to)}. */
    private int[] verbGroup(String text, int from, int to) {
        Matcher m = WORD.matcher(text).region(from, to);
        int adverb = -1;
        int start = -1;
        int end = -1;
        while (m.find()) {
            String w = m.group();
            boolean lower = Character.isLowerCase(w.charAt(0));
            if (start < 0) {
                if (lower && isVerb(w)) {
                    start = adverb >= 0 ? adverb : m.start();
                    end = m.end();
                } else {
                    adverb = lower && w.endsWith("ly") ? (adverb >= 0 ? adverb : m.start()) : -1;
                }
            } else if (lower && isVerb(w)) {
                end = m.end();
            } else {
                break;
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }

    /** The end of the first verb group in {@code text[from, to)}, or -1 when there is none. */
    int verbEnd(String text, int from, int to) {
        int[] v = verbGroup(text, from, to);
        return v == null ? -1 : v[1];
    }

    /** True when {@code text[from, to)} holds a verb: a phrase, not a clause, when false. */
    boolean hasVerb(String text, int from, int to) {
        return verbGroup(text, from, to) != null;
    }

    private boolean isVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return auxiliaries.contains(w) || irregular.contains(w)
                || w.length() >= 4 && w.endsWith("ed") && !w.endsWith("eed") && !w.equals("hundred");
    }

    /**
     * The start of the last "and"/"but" in {@code text[from, to)}, or of the one comma that a verb follows ("tripled
     * in 2004, doubled in 2005"); -1 when none, or when another pause stands between.
     */
    private int lastConjunction(String text, int from, int to) {
        int comma = -1;
        for (int i = from; i < to; i++) {
            if (PAUSE.indexOf(text.charAt(i)) >= 0) {
                if (comma >= 0 || text.charAt(i) != ',') {
                    return -1;
                }
                comma = i;
            }
        }
        if (comma >= 0) {
            Matcher w = WORD.matcher(text).region(comma, to);
            return w.find() && Character.isLowerCase(w.group().charAt(0)) && isVerb(w.group())
                    && text.substring(comma + 1, w.start()).isBlank() ? comma : -1;
        }
        int found = -1;
        Matcher m = CONJUNCTION.matcher(text).region(from, to);
        while (m.find()) {
            found = m.start();
        }
        return found;
    }

    private static final String PAUSE = ",;:()—–";
    private static final Pattern LISTED = Pattern.compile("\\s*,?\\s*(?:and|or)\\s+");
    private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:and|but)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:which|who|that)\\s+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
}
