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
        {}, {"1", "3", "7"}, {"12", "30", "90", "05", "24"}, {"123", "200"}, {"2008", "1999", "1850", "2100", "1800", "1500"},
        {"12345", "200801"}};
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\[A-Za-z]");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<?[A-Za-z0-9]*[>:]");

    private final RuleBook book;
    private final java.util.Set<String> vocab = new java.util.HashSet<>();
    private final boolean[] hasExtentGroup;
    /** Rules that may start at a word or number class, filled lazily: load stays fast, each key is probed once. */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> byFirst = new java.util.concurrent.ConcurrentHashMap<>();
    /** The same for a frequent first word and the word after it ("the following", "in July"). */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> byPair = new java.util.concurrent.ConcurrentHashMap<>();
    private final int[] anyWord;
    /** A first word that may start this many rules is refined by the word after it. */
    private static final int REFINE_ABOVE = 2;
    private static final String OTHER = "zqxvj";

    Tagger(RuleBook book) {
        this.book = book;
        for (RuleBook.WordList w : book.lists().values()) {
            for (String form : w.values().keySet()) {
                Matcher m = WORD.matcher(form);
                while (m.find()) {
                    vocab.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<RuleBook.Rule> rules = book.rules();
        hasExtentGroup = new boolean[rules.size()];
        for (RuleBook.Rule r : rules) {
            hasExtentGroup[r.order()] = r.pattern().pattern().contains("(?<t>");
            // Literal words of the regex: drop escapes and group names first.
            String src = GROUP_NAME.matcher(ESCAPE.matcher(r.pattern().pattern()).replaceAll(" ")).replaceAll(" ");
            Matcher m = WORD.matcher(src);
            while (m.find()) {
                vocab.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        anyWord = probe(rules, OTHER, capitalise(OTHER));
        int size = Integer.highestOneBit(Math.max(16, vocab.size() * 4)) * 2;
        vocabTable = new String[size];
        for (String v : vocab) {
            int slot = hash(v, 0, v.length()) & (size - 1);
            while (vocabTable[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            vocabTable[slot] = v;
        }
    }

    private final String[] vocabTable;

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + Character.toLowerCase(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    /** The vocabulary word spelled by {@code text[i, j)} in any case, found without allocating; null if none. */
    private String vocabWord(String text, int i, int j) {
        int mask = vocabTable.length - 1;
        int slot = hash(text, i, j) & mask;
        int len = j - i;
        String v;
        while ((v = vocabTable[slot]) != null) {
            if (v.length() == len && text.regionMatches(true, i, v, 0, len)) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int[] probe(List<RuleBook.Rule> rules, String... probes) {
        return probe(rules, null, probes);
    }

    private static int[] probe(List<RuleBook.Rule> rules, int[] among, String... probes) {
        List<Integer> out = new ArrayList<>();
        int n = among == null ? rules.size() : among.length;
        for (int k = 0; k < n; k++) {
            RuleBook.Rule r = rules.get(among == null ? k : among[k]);
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

    /** The key of a token: its lower-case form when the rules know it, a number class, or "other". */
    private String key(String text, int i, int j, boolean digit) {
        if (digit) {
            return "#" + Math.min(j - i, NUMBER_PROBES.length - 1);
        }
        if (j - i > 20) {
            return OTHER;
        }
        String w = vocabWord(text, i, j);
        return w == null ? OTHER : w;
    }

    private static String[] forms(String key) {
        if (key.startsWith("#")) {
            return NUMBER_PROBES[Integer.parseInt(key.substring(1))];
        }
        return new String[]{key, capitalise(key), key.toUpperCase(Locale.ROOT)};
    }

    private int[] firstRules(String key) {
        return byFirst.computeIfAbsent(key, k -> probe(book.rules(), forms(k)));
    }

    private int[] pairRules(String first, String sep, String second, int[] among) {
        String k = first + '\u0001' + sep + '\u0001' + second;
        int[] hit = byPair.get(k);
        if (hit != null) {
            return hit;
        }
        if (byPair.size() > MAX_PAIRS) {
            // Adversarial input with endless separator variants: stop caching, keep the unrefined list.
            return among;
        }
        List<String> probes = new ArrayList<>();
        for (String f : forms(first)) {
            for (String x : forms(second)) {
                probes.add(f + sep + x);
            }
        }
        int[] r = probe(book.rules(), among, probes.toArray(String[]::new));
        byPair.putIfAbsent(k, r);
        return r;
    }

    private static final int MAX_PAIRS = 100_000;

    /** Rules that may start at a word (for tests and diagnostics). */
    int candidatesFor(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return (vocab.contains(k) ? firstRules(k).length : 0) + anyWord.length;
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
            String k = key(text, i, j, digit);
            int[] idx = k == OTHER ? null : firstRules(k);
            if (idx != null && idx.length > REFINE_ABOVE) {
                idx = refine(text, k, j, idx);
            }
            if (idx != null && idx.length > 0) {
                tryRules(text, i, idx, rules, matchers, found);
            }
            if (letter && anyWord.length > 0) {
                tryRules(text, i, anyWord, rules, matchers, found);
            }
            i = j;
        }
        return select(found, n);
    }

    /**
     * Narrows the rules of a frequent first token by what follows it: the separator (spaces count as one, up to
     * three other characters as written) and the next token's key. Probed once per combination, then cached.
     */
    private int[] refine(String text, String first, int j, int[] idx) {
        int n = text.length();
        int s = j;
        boolean spaces = true;
        while (s < n && s - j < 4 && !Character.isLetterOrDigit(text.charAt(s))) {
            spaces &= Character.isWhitespace(text.charAt(s));
            s++;
        }
        if (s >= n || !Character.isLetterOrDigit(text.charAt(s)) || (!spaces && s - j > 3)) {
            return idx;
        }
        String sep = s == j ? "" : spaces ? " " : text.substring(j, s);
        char c = text.charAt(s);
        boolean letter = Character.isLetter(c);
        boolean digit = !letter && isDigit(c);
        if (!letter && !digit) {
            return idx;
        }
        int e = s + 1;
        while (e < n && (letter ? Character.isLetter(text.charAt(e)) : isDigit(text.charAt(e)))) {
            e++;
        }
        return pairRules(first, sep, key(text, s, e, digit), idx);
    }

    /** An expression never runs across lines: "in March" ending a title is not "March 2008" with the next line. */
    private static boolean spansLineBreak(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
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
            boolean hasT = hasExtentGroup[k];
            int s = hasT && m.start("t") >= 0 ? m.start("t") : m.start();
            int e = hasT && m.start("t") >= 0 ? m.end("t") : m.end();
            if (e <= s || spansLineBreak(text, s, e)) {
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
