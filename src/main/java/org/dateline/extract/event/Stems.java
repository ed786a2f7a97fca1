// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.model.Span;
import org.tartarus.snowball.ext.englishStemmer;

/**
 * The content stems of a stretch of text, for comparing the wording of two events. Stems come from the
 * Snowball English (Porter2) stemmer after British spellings are made American ("recognised" and
 * "recognize" both give "recogn"); stems are then compared by prefix so that a nominalisation matches its
 * verb ("recognit" from "recognition" matches "recogn").
 */
public final class Stems {
    /** A stem at least this long matches every longer stem it begins. */
    static final int PREFIX = 5;

    private static final java.util.regex.Pattern BRITISH =
            java.util.regex.Pattern.compile("is(e|es|ed|ing|ation|ations|er|ers)$");

    private final Set<String> stopwords;
    /** Stem (or two stems joined by a space) -> the stem that stands for its group of synonyms.txt. */
    private final Map<String, String> synonyms = Synonyms.MAP;

    /** Loaded on first use, after the stem cache it fills. */
    private static final class Synonyms {
        static final Map<String, String> MAP = synonyms(WordList.load("synonyms.txt"));
        /** The stems that stand for a group of synonyms. */
        static final Set<String> HEADS = Set.copyOf(MAP.values());
    }

    public Stems() {
        this(WordList.load("stopwords.txt").asSet());
    }

    Stems(Set<String> stopwords) {
        this.stopwords = stopwords;
    }

    private static Map<String, String> synonyms(WordList list) {
        Map<String, String> out = new java.util.HashMap<>();
        englishStemmer stemmer = new englishStemmer();
        for (String line : list.entries()) {
            String[] entries = line.split("\\s*,\\s*");
            String head = stem(stemmer, entries[0].split(" ")[0]);
            for (String e : entries) {
                String key = String.join(" ", java.util.Arrays.stream(e.split(" ")).map(w -> stem(stemmer, w)).toList());
                out.put(key, head);
            }
        }
        return Map.copyOf(out);
    }

    /** Content stems of {@code text[region]}, leaving out the words that fall inside {@code skip} (names, dates). */
    public Set<String> of(String text, Span region, List<Span> skip) {
        return of(text, region, skip, false);
    }

    /**
     * As {@link #of(String, Span, List)}; with {@code skipNames}, capitalised words are left out too: names
     * are compared as actors, not as wording.
     */
    public Set<String> of(String text, Span region, List<Span> skip, boolean skipNames) {
        Set<String> out = new LinkedHashSet<>();
        englishStemmer stemmer = new englishStemmer(); // stateful: one per call keeps this thread-safe
        int i = region.start();
        String previous = null; // the stem of the word before, for two-word synonyms ("stepped down")
        String added = null; // what the word before added to out, when it was new there
        while (i < region.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < region.end() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (skipped(s, skip) || skipNames && Character.isUpperCase(text.charAt(s))) {
                previous = null;
                added = null;
                continue;
            }
            String word = text.substring(s, i).toLowerCase(Locale.ROOT);
            String stem = stem(stemmer, word);
            String phrase = previous == null ? null : synonyms.get(previous + " " + stem);
            previous = stem;
            if (phrase != null) {
                if (added != null) {
                    out.remove(added); // "stepped" of "stepped down" stands in the phrase
                }
                out.add(phrase);
                added = null;
                continue;
            }
            added = null;
            if (word.length() < 3 || stopwords.contains(word)) {
                continue;
            }
            String canonical = synonyms.getOrDefault(stem, stem);
            if (out.add(canonical)) {
                added = canonical;
            }
        }
        return out;
    }

    /** The stem of one lower-case word. */
    public static String stem(String word) {
        return stem(new englishStemmer(), word.toLowerCase(Locale.ROOT));
    }

    private static String stem(englishStemmer stemmer, String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        stemmer.setCurrent(americanise(word));
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(word, stem);
        }
        return stem;
    }

    /**
     * Stems of words seen before: news wording repeats, and a merge over thousands of events stemmed the same words
     * again for every passage. Bounded so that a stream of odd tokens cannot grow it without end.
     */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    /** "-ise" spellings as "-ize", so that both stem alike ("normalisation" and "normalization"). */
    static String americanise(String w) {
        if (w.length() < 7) {
            return w;
        }
        return w.indexOf("is", w.length() - 9) < 0 ? w : BRITISH.matcher(w).replaceFirst("iz$1");
    }

    /** True when two stems name the same thing: equal, or one a long enough prefix of the other. */
    public static boolean match(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= PREFIX && longer.startsWith(shorter);
    }

    /** True when {@code stem} stands for a group of synonyms.txt: a match of two words that differ. */
    public static boolean isSynonym(String stem) {
        return Synonyms.HEADS.contains(stem);
    }

    /** How many stems of {@code a} match a stem of {@code b}. */
    public static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
                continue;
            }
            for (String y : b) {
                if (match(x, y)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static boolean skipped(int offset, List<Span> skip) {
        for (Span s : skip) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
