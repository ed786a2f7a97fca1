// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dateline.model.Span;
import org.dateline.model.Timex;

/**
 * Titles of statements embedded in a sentence: a relative clause ("The appeal, which was heard in April") or a
 * participial aside ("Tesla, founded in 2003 by..."), whose subject is the noun phrase before them.
 */
final class EmbeddedTitles {
    private final TitleMaker titles;
    private final Coordination coordination;
    private final Antecedent antecedents = new Antecedent();

    EmbeddedTitles(TitleMaker titles, Coordination coordination) {
        this.titles = titles;
        this.coordination = coordination;
    }

    /**
     * "Microsoft agreed to buy Nuance, its largest deal since it bought LinkedIn in 2016": the date belongs to the
     * subordinate clause that holds it, with its own subject and verb, so the title is "It bought LinkedIn". Empty
     * when the date is not in such a clause inside the statement.
     */
    Optional<String> subordinateTitle(String text, Span clause, Timex t, List<Span> dates) {
        Matcher m = SUBORDINATE.matcher(text).region(clause.start(), t.start());
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        if (from < 0 || !text.substring(from, t.start()).matches("[^,;:()]*")
                || !coordination.hasVerb(text, from, t.start())) {
            return Optional.empty();
        }
        int end = t.end();
        while (end < clause.end() && ",;:(".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String title = titles.title(text, new Span(from, end), dates);
        return titles.saysEnough(title) ? Optional.of(title) : Optional.empty();
    }

    /** A conjunction inside a clause that opens a clause of its own, with its subject: "since it", "when the". */
    private static final java.util.regex.Pattern SUBORDINATE = java.util.regex.Pattern.compile(
            "(?<=\\S\\s)(?:since|when|after|before|until|once|because)\\s+"
                    + "(?=(?:it|he|she|they|we|the|its|his|her|their|a|an)\\b|\\p{Lu})");

    /** A title that opens with a participle, "Siding with...": it has no subject of its own. */
    static boolean dangles(String title) {
        return DANGLING_PARTICIPLE.matcher(title).lookingAt();
    }

    private static final java.util.regex.Pattern DANGLING_PARTICIPLE = java.util.regex.Pattern.compile("\\p{L}{3,}ing\\b");

    /**
     * "The appeal, which was heard in April 2023, was rejected": the relative clause is the dated statement and
     * its pronoun stands for the noun phrase before it, so the title is "The appeal was heard". Empty when the
     * clause is not relative or the words before it are not a plain noun phrase.
     */
    Optional<String> relativeTitle(String text, Span sentence, int previousClause, Span clause, Timex t,
                                           List<Span> dates, boolean dangling) {
        // the relative clause that holds the date opens the clause, or is the last ", which" before the date
        Matcher m = RELATIVE.matcher(text).region(clause.start(), t.start());
        int pronoun = -1;
        int after = -1;
        if (m.lookingAt()) {
            pronoun = m.start(1);
            after = m.end();
        } else {
            Matcher inner = INNER_RELATIVE.matcher(text).region(clause.start(), t.start());
            while (inner.find()) {
                pronoun = inner.start(1);
                after = inner.end();
            }
            if (pronoun < 0 && dangling) {
                // "siding with a coalition of clinics that sued in April": rather than a dangling participle,
                // the restrictive relative that holds the date is the statement
                Matcher that = RESTRICTIVE_RELATIVE.matcher(text).region(clause.start(), t.start());
                while (that.find()) {
                    pronoun = that.start(1);
                    after = that.end();
                }
            }
        }
        if (pronoun <= sentence.start() || text.substring(after, t.start()).contains(",")) {
            return Optional.empty();
        }
        if (HAPPENED.matcher(text).region(after, t.start()).lookingAt()) {
            // "..., which took place in 1996" dates the whole statement before it
            String before = titles.title(text, new Span(Math.min(previousClause, pronoun), pronoun), dates);
            return titles.saysEnough(before) ? Optional.of(before) : Optional.empty();
        }
        String np = antecedents.of(text, pronoun, sentence.start());
        if (np.isEmpty()) {
            return Optional.empty();
        }
        int end = clause.end();
        for (int i = t.end(); i < clause.end(); i++) {
            if (EventBuilder.isCommaPause(text, i) || text.charAt(i) == ';') {
                end = i; // the relative ends at its closing comma: "..., was rejected" belongs to the noun phrase
                break;
            }
        }
        int verbEnd = coordination.verbEnd(text, after, t.start());
        if (text.startsWith("which", pronoun) && verbEnd > after && OBJECT_RELATIVE.matcher(text).region(after, end).lookingAt()) {
            // "Northallerton, which he first won in 2015": the noun phrase is the object, after the verb
            return objectTitle(text, after, verbEnd, end, np, dates);
        }
        // the noun phrase stands in the pronoun's place, and the title is made from that statement
        return statementTitle(text, Character.toUpperCase(np.charAt(0)) + np.substring(1) + " ", after, end, dates);
    }

    /** A relative clause with a subject of its own: "which he first won", "which the court heard". */
    private static final java.util.regex.Pattern OBJECT_RELATIVE = java.util.regex.Pattern.compile(
            "(?:he|she|they|we|i|it|the|its|their|his|her|\\p{Lu}\\p{L}+)\\s+(?:\\p{L}+\\s+){0,3}?");

    /** The title of {@code text[from, verbEnd)} + {@code object} + {@code text[verbEnd, to)}, leaving out the dates. */
    private Optional<String> objectTitle(String text, int from, int verbEnd, int to, String object, List<Span> dates) {
        String head = text.substring(from, verbEnd) + " " + object;
        String statement = head + text.substring(verbEnd, to);
        int shift = head.length() - verbEnd;
        List<Span> shifted = new java.util.ArrayList<>();
        for (Span d : dates) {
            if (d.start() >= from && d.end() <= verbEnd) {
                shifted.add(new Span(d.start() - from, d.end() - from));
            } else if (d.start() >= verbEnd && d.end() <= to) {
                shifted.add(new Span(d.start() + shift, d.end() + shift));
            }
        }
        String title = titles.title(statement, new Span(0, statement.length()), shifted);
        return titles.saysEnough(title) ? Optional.of(title) : Optional.empty();
    }

    /**
     * "Tesla, founded in 2003 by two engineers, released...": the date belongs to the aside, whose subject is the
     * phrase before it, so the title is "Tesla founded by two engineers". Empty when the date is not in such an
     * aside.
     */
    Optional<String> participialAsideTitle(String text, Span clause, Timex t, List<Span> dates) {
        int open = -1;
        for (int i = t.start() - 1; i > clause.start(); i--) {
            if (EventBuilder.isCommaPause(text, i) || text.charAt(i) == ';') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return Optional.empty();
        }
        Matcher m = PARTICIPLE_ASIDE.matcher(text).region(open, t.start());
        int close = -1;
        for (int i = t.end(); i < clause.end(); i++) {
            if (EventBuilder.isCommaPause(text, i) || text.charAt(i) == ';') {
                close = i;
                break;
            }
        }
        String subject = text.substring(clause.start(), open).strip();
        if (!m.lookingAt() || close < 0 || subject.isEmpty() || subject.split("\\s+").length > MAX_ASIDE_SUBJECT
                || subject.contains(",")) {
            return Optional.empty();
        }
        return statementTitle(text, subject + " ", open + 1, close, dates);
    }

    /** An aside opens with a past participle: ", founded", ", born", ", elected". */
    private static final java.util.regex.Pattern PARTICIPLE_ASIDE = java.util.regex.Pattern.compile(
            ",\\s+(?:born|\\p{Ll}{3,}ed)\\b");
    /** A longer phrase before an aside is a clause of its own, not the aside's subject. */
    private static final int MAX_ASIDE_SUBJECT = 6;

    /** The title of {@code head} followed by {@code text[from, to)}, leaving out the dates found there. */
    private Optional<String> statementTitle(String text, String head, int from, int to, List<Span> dates) {
        String body = text.substring(from, to).strip();
        int lead = body.isEmpty() ? from : text.indexOf(body, from);
        int shift = lead - head.length();
        List<Span> shifted = dates.stream().filter(d -> d.start() >= lead && d.end() <= to)
                .map(d -> new Span(d.start() - shift, d.end() - shift)).toList();
        String statement = head + body;
        String title = titles.title(statement, new Span(0, statement.length()), shifted);
        return title.isBlank() ? Optional.empty() : Optional.of(title);
    }

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "[\\s,;(—–-]*(which|who)\\s+");
    private static final java.util.regex.Pattern HAPPENED = java.util.regex.Pattern.compile(
            "(?:took\\s+place|happened|occurred|came|was\\s+(?:held|done))\\b");
    private static final java.util.regex.Pattern RESTRICTIVE_RELATIVE = java.util.regex.Pattern.compile(
            "\\s(that|who)\\s+(?=\\p{Ll})");
    private static final java.util.regex.Pattern INNER_RELATIVE = java.util.regex.Pattern.compile(
            "[,(—–]\\s*(which|who)\\s+");
}
