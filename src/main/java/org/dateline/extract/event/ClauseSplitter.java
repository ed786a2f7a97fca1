// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Span;

/**
 * Splits a sentence into the clauses that can each tell a dated statement of their own. A clause ends at a
 * semicolon, and at a comma or dash that a clause opener follows: a connective such as "while", "which" or
 * "a move" ({@code clause-openers.txt}), or a participle ("paving the way", "describing them"). A comma that
 * closes a fronted phrase ("In March 2022, Russia...") does not end a clause, since the phrase dates the
 * clause after it.
 */
public final class ClauseSplitter {
    /** A clause shorter than this (in words) is a fragment and stays with the clause before it. */
    private static final int MIN_WORDS = 3;

    private final List<String[]> openers;
    private final Set<String> participleExceptions;

    public ClauseSplitter() {
        this(WordList.load("clause-openers.txt").longestFirst(),
                WordList.load("participle-exceptions.txt").asSet());
    }

    ClauseSplitter(List<String> openers, Set<String> participleExceptions) {
        this.openers = openers.stream().map(o -> o.toLowerCase(Locale.ROOT).split(" ")).toList();
        this.participleExceptions = participleExceptions;
    }

    /**
     * The clauses of {@code sentence}, trimmed, in order; together they cover the sentence. No boundary falls
     * inside one of {@code keep} (the temporal expressions).
     */
    public List<Span> split(String text, Span sentence, List<Span> keep) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            boolean strong = c == ';';
            boolean weak = c == ',' || c == '—' || c == '–';
            if (!strong && !weak || inside(i, keep)) {
                continue;
            }
            int next = i + 1;
            while (next < sentence.end() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= sentence.end()) {
                continue;
            }
            if (weak && cuts.isEmpty() && subjectAside(text, sentence.start(), i, next, sentence.end())) {
                continue;
            }
            if (strong || opensClause(text, next, sentence.end())) {
                cuts.add(c == ';' || c == ',' ? i + 1 : i);
            }
        }
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        for (int cut : cuts) {
            Span piece = trim(text, start, cut);
            if (piece != null && words(text, piece) >= MIN_WORDS) {
                out.add(piece);
                start = cut;
            }
        }
        Span last = trim(text, start, sentence.end());
        if (last != null) {
            if (words(text, last) < MIN_WORDS && !out.isEmpty()) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.start(), last.end()));
            } else {
                out.add(last);
            }
        }
        return out;
    }

    /**
     * "Speaker Kevin McCarthy, who faced a revolt, said Sunday...": a relative clause set off by commas right after
     * a short subject is an aside; the statement is the subject with what follows the second comma.
     */
    private static boolean subjectAside(String text, int sentenceStart, int comma, int next, int end) {
        String rest = text.substring(next, end).toLowerCase(Locale.ROOT);
        boolean relative = rest.startsWith("who ") || rest.startsWith("which ") || rest.startsWith("whose ")
                || rest.startsWith("whom ");
        if (!relative || text.indexOf(',', next) < 0 || text.indexOf(',', next) >= end) {
            return false;
        }
        String subject = text.substring(sentenceStart, comma).strip();
        return !subject.isEmpty() && subject.split("\\s+").length <= 5 && subject.indexOf(',') < 0;
    }

    private boolean opensClause(String text, int at, int end) {
        List<String> next = nextWords(text, at, end, 3);
        if (next.isEmpty()) {
            return false;
        }
        String first = next.get(0);
        if (participle(first) && Character.isLowerCase(text.charAt(at))) {
            return true;
        }
        if (next.size() >= 2 && (first.endsWith("ly") || LEADING_ADVERBS.contains(first)) && participle(next.get(1))) {
            return true; // ", later revealing he had...", ", effectively ending": a participial clause after its adverb
        }
        for (String[] o : openers) {
            if (o.length <= next.size() && matches(o, next)) {
                return true;
            }
        }
        // ", two years after the overthrow of Omar al-Bashir in April 2019": a time counted from another event
        return next.size() == 3 && UNITS.contains(next.get(1)) && (next.get(2).equals("after")
                || next.get(2).equals("before"));
    }

    private boolean participle(String word) {
        return word.length() > 5 && word.endsWith("ing") && !participleExceptions.contains(word);
    }

    private static final Set<String> LEADING_ADVERBS = Set.of("later", "then", "also", "again", "thereby", "thus", "still");

    private static final Set<String> UNITS = Set.of("days", "weeks", "months", "years", "decades", "day", "week",
            "month", "year", "decade");

    private static boolean matches(String[] opener, List<String> words) {
        for (int k = 0; k < opener.length; k++) {
            if (!opener[k].equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> nextWords(String text, int at, int end, int n) {
        List<String> out = new ArrayList<>();
        int i = at;
        while (i < end && out.size() < n) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                if (text.charAt(i) == ',' || text.charAt(i) == ';') {
                    return out;
                }
                i++;
            }
            int s = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (i > s) {
                out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean inside(int offset, List<Span> keep) {
        for (Span s : keep) {
            if (offset >= s.start() && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    static int words(String text, Span s) {
        int n = 0;
        boolean in = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ','
                || text.charAt(end - 1) == ';')) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
