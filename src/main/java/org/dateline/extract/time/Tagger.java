// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Finds temporal expressions and gives each its unresolved value. Speed comes from trying a rule only where it
 * can start: at load time every rule is probed with each word of the vocabulary (and with numbers of each length),
 * and {@link Matcher#hitEnd()} tells whether the rule could begin with it. At run time each token start looks up the
 * few rules that can begin there; a match is tried in a bounded window, so no input makes a rule backtrack over the
 * whole text.
 */
final class Tagger {
    /** An expression found, before resolution. {@code type} is never null. */
    record Tag(int start, int end, TimexType type, String unresolved, String mod, String rule) {
    }

    /** Longest stretch a rule may match; news expressions are far shorter. */
    private static final int WINDOW = 160;
    private static final String[][] NUMBER_PROBES = {
        {}, {"1", "3", "7"}, {"12", "30", "90", "05", "24"}, {"123", "200"}, {"2008", "1999", "1850", "2100"},
        {"12345", "200801"}};
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private final RuleBook book;
    private final Map<String, int[]> byFirstWord = new HashMap<>();
    private final int[][] byNumberLength = new int[NUMBER_PROBES.length][];
    private final int[] anyWord;

    Tagger(RuleBook book) {
        this.book = book;
        Set<String> vocab = new LinkedHashSet<>();
        for (RuleBook.WordList w : book.lists().values()) {
            for (String form : w.values().keySet()) {
                Matcher m = WORD.matcher(form);
                while (m.find()) {
                    vocab.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (RuleBook.Rule r : book.rules()) {
            // Literal words of the regex: drop escapes and group names first.
            String src = r.pattern().pattern().replaceAll("\\\\[A-Za-z]", " ").replaceAll("\\(\\?<?[A-Za-z0-9]*[>:]", " ");
            Matcher m = WORD.matcher(src);
            while (m.find()) {
                vocab.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        List<RuleBook.Rule> rules = book.rules();
        for (String w : vocab) {
            int[] idx = probe(rules, w, capitalise(w), w.toUpperCase(Locale.ROOT));
            if (idx.length > 0) {
                byFirstWord.put(w, idx);
            }
        }
        for (int len = 1; len < NUMBER_PROBES.length; len++) {
            byNumberLength[len] = probe(rules, NUMBER_PROBES[len]);
        }
        anyWord = probe(rules, "zqxvj", "Zqxvj");
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int[] probe(List<RuleBook.Rule> rules, String... probes) {
        List<Integer> out = new ArrayList<>();
        for (RuleBook.Rule r : rules) {
            for (String p : probes) {
                Matcher m = r.pattern().matcher(p);
                if (m.lookingAt() || m.hitEnd()) {
                    out.add(r.order());
                    break;
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Rule ids that may start at a word (for tests and diagnostics). */
    int candidatesFor(String word) {
        int[] idx = byFirstWord.get(word.toLowerCase(Locale.ROOT));
        return (idx == null ? 0 : idx.length) + anyWord.length;
    }

    List<Tag> tag(String text) {
        List<RuleBook.Rule> rules = book.rules();
        Matcher[] matchers = new Matcher[rules.size()];
        List<Candidate> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            boolean digit = !letter && c >= '0' && c <= '9';
            if (!letter && !digit) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (letter ? Character.isLetter(text.charAt(j)) : isDigit(text.charAt(j)))) {
                j++;
            }
            int[] idx;
            if (digit) {
                idx = byNumberLength[Math.min(j - i, NUMBER_PROBES.length - 1)];
            } else {
                idx = j - i > 20 ? null : byFirstWord.get(text.substring(i, j).toLowerCase(Locale.ROOT));
            }
            if (idx != null) {
                tryRules(text, i, idx, rules, matchers, found);
            }
            if (letter && anyWord.length > 0) {
                tryRules(text, i, anyWord, rules, matchers, found);
            }
            i = j;
        }
        return select(found, n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private record Candidate(int start, int end, int matched, RuleBook.Rule rule, String value, String mod) {
    }

    private void tryRules(String text, int at, int[] idx, List<RuleBook.Rule> rules, Matcher[] matchers,
                          List<Candidate> out) {
        int limit = Math.min(text.length(), at + WINDOW);
        for (int k : idx) {
            RuleBook.Rule r = rules.get(k);
            Matcher m = matchers[k];
            if (m == null) {
                m = r.pattern().matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[k] = m;
            }
            m.region(at, limit);
            if (!m.lookingAt()) {
                continue;
            }
            boolean hasT = r.pattern().pattern().contains("(?<t>");
            int s = hasT && m.start("t") >= 0 ? m.start("t") : m.start();
            int e = hasT && m.start("t") >= 0 ? m.end("t") : m.end();
            if (e <= s) {
                continue;
            }
            if (r.blocks()) {
                out.add(new Candidate(s, e, m.end() - m.start(), r, null, null));
                continue;
            }
            String value = Template.apply(r.value(), m, book.lists());
            if (value == null || value.isEmpty()) {
                continue;
            }
            String mod = Template.apply(r.mod(), m, book.lists());
            out.add(new Candidate(s, e, m.end() - m.start(), r, value, mod == null || mod.isEmpty() ? null : mod));
        }
    }

    /**
     * Longest extent first, then earliest, then the rule that saw more context ("As 2025 ended" over "2025"),
     * then the rule listed first; no two timexes overlap.
     */
    private static List<Tag> select(List<Candidate> found, int n) {
        found.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
                .thenComparingInt(c -> c.start).thenComparingInt(c -> -c.matched)
                .thenComparingInt(c -> c.rule.order()));
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            var before = taken.floorEntry(c.end - 1);
            if (before != null && before.getValue() > c.start) {
                continue;
            }
            taken.put(c.start, c.end);
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<Tag> out = new ArrayList<>();
        for (Candidate c : kept) {
            if (!c.rule.blocks()) {
                out.add(new Tag(c.start, c.end, c.rule.type(), c.value, c.mod, c.rule.id()));
            }
        }
        return out;
    }
}
