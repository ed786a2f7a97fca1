// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the name rules read (roles, name heads, context words, verbs), loaded from resource files. */
final class Lexicon {
    private final Map<String, Set<String>> roles;
    private final Map<String, String> heads;
    private final Map<String, Set<String>> context;
    private final Set<String> verbs;
    private final Set<String> bases;
    private final Set<String> givenNames;

    private Lexicon(Map<String, Set<String>> roles, Map<String, String> heads, Map<String, Set<String>> context,
                    Set<String> verbs, Set<String> bases, Set<String> givenNames) {
        this.bases = bases;
        this.roles = roles;
        this.heads = heads;
        this.context = context;
        this.verbs = verbs;
        this.givenNames = givenNames;
    }

    static Lexicon load() {
        Map<String, Set<String>> roles = classes(rows("roles.tsv"), true);
        Map<String, String> heads = new HashMap<>();
        for (String[] r : rows("name-heads.tsv")) {
            heads.put(r[0], r[1]);
        }
        Map<String, Set<String>> context = classes(rows("context.tsv"), true);
        Set<String> verbs = new HashSet<>();
        Set<String> bases = new HashSet<>();
        for (String[] r : rows("verbs.tsv")) {
            bases.add(r[0]);
            verbs.addAll(inflect(r[0]));
            if (r.length > 1) {
                verbs.addAll(List.of(r[1].split("\\|")));
            }
        }
        Set<String> given = new HashSet<>();
        for (String[] r : rows("given-names.txt")) {
            given.add(r[0]);
        }
        verbs.removeAll(bases);
        return new Lexicon(roles, heads, context, verbs, bases, given);
    }

    /** The role classes of a word ("title", "org-title", "modifier", "org-noun", "outlet-noun"); empty if none. */
    boolean role(String word, String cls) {
        Set<String> s = roles.get(word.toLowerCase(Locale.ROOT));
        return s != null && s.contains(cls);
    }

    /** A title, or written in lower case the plural of one ("co-founders Chad Hurley and Steve Chen"). */
    boolean isTitle(String word) {
        if (role(word, "title") || role(word, "org-title")) {
            return true;
        }
        if (word.length() > 3 && word.endsWith("s") && Character.isLowerCase(word.charAt(0))) {
            String one = word.substring(0, word.length() - 1);
            return role(one, "title") || role(one, "org-title");
        }
        return false;
    }

    boolean isTitleOrModifier(String word) {
        return isTitle(word) || role(word, "modifier");
    }

    /** The class of a name's last word ("org", "legal", "outlet", "gov", "none"), or null. */
    String head(String word) {
        return heads.get(word);
    }

    boolean context(String word, String cls) {
        Set<String> s = context.get(word.toLowerCase(Locale.ROOT));
        return s != null && s.contains(cls);
    }

    /** A common English given name ("Steve"), as written: capitalised. */
    boolean isGivenName(String word) {
        return givenNames.contains(word) && !context(word, "not-name");
    }

    /** An inflected form of a listed verb ("said", "unveils", "recognised"); base forms are {@link #isBaseVerb}. */
    boolean isVerb(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A listed verb's base form ("support"), a verb only after an auxiliary ("will support"): else often a noun. */
    boolean isBaseVerb(String word) {
        return bases.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Regular English inflections of a base form: -s/-es/-ies, -d/-ed/-ied, doubled final consonant. */
    static List<String> inflect(String base) {
        List<String> out = new ArrayList<>(List.of(base));
        if (base.endsWith("y") && base.length() > 2 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
            String stem = base.substring(0, base.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        } else if (base.endsWith("e")) {
            out.add(base + "s");
            out.add(base + "d");
        } else {
            boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x");
            out.add(base + (sibilant ? "es" : "s"));
            out.add(base + "ed");
            char last = base.charAt(base.length() - 1);
            if (base.length() <= 4 && "aeiouwxy".indexOf(last) < 0
                    && "aeiou".indexOf(base.charAt(base.length() - 2)) >= 0) {
                out.add(base + last + "ed"); // plan -> planned, ban -> banned
            }
        }
        return out;
    }

    private static Map<String, Set<String>> classes(List<String[]> rows, boolean lower) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] r : rows) {
            String k = lower ? r[0].toLowerCase(Locale.ROOT) : r[0];
            m.computeIfAbsent(k, x -> new HashSet<>()).add(r[1]);
        }
        return m;
    }

    /** The data rows of a tab-separated resource: comment lines (#) and the header line are skipped. */
    static List<String[]> rows(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }
}
