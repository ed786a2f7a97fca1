// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.HashMap;
import java.util.Map;
import org.dateline.model.ActorKind;

/**
 * Known names (countries, their demonyms and capitals, government bodies, international organisations, outlets)
 * in a trie keyed by token, so that one pass over an article finds every longest match whatever the size of
 * the list. Matching is case-sensitive: "US" is a country, "us" is not.
 */
final class Gazetteer {
    /**
     * How a known form names its actor: capitals act for their country only in some contexts; a region or city
     * ("Gaza", "Texas", "Kharkiv") is only ever a place; some names stand for their country only after "the"
     * ("the Emirates", where "Emirates" alone is the airline).
     */
    enum Form { NAME, DEMONYM, CAPITAL, BODY, REGION, AFTER_THE }

    record Entry(String name, ActorKind kind, Form form) {
    }

    private static final class Node {
        Map<String, Node> next;
        Entry entry;
    }

    private final Node root = new Node();
    private int size;

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        // first, as the first entry for a form wins: these override what countries.tsv says of the same form
        for (String[] r : Lexicon.rows("seats.tsv")) {
            g.add(r[0], new Entry(r[1], ActorKind.ORGANIZATION, Form.CAPITAL)); // "Brussels warned" is the EU
        }
        for (String[] r : Lexicon.rows("countries-extra.tsv")) {
            if (r[2].equals("after-the")) {
                g.add(r[0], new Entry(r[1], ActorKind.COUNTRY, Form.AFTER_THE));
            }
        }
        for (String[] r : Lexicon.rows("countries.tsv")) {
            g.add(r[0], new Entry(r[0], ActorKind.COUNTRY, Form.NAME));
            addAll(g, r, 1, r[0], Form.NAME);
            addAll(g, r, 2, r[0], Form.DEMONYM);
            if (r[2].length() > 0) {
                for (String d : r[2].split("\\|")) {
                    if (d.endsWith("n") || d.endsWith("i")) {
                        g.add(d + "s", new Entry(r[0], ActorKind.COUNTRY, Form.DEMONYM)); // "Afghans", "Pakistanis"
                    }
                }
            }
            addAll(g, r, 3, r[0], Form.CAPITAL);
        }
        for (String[] r : Lexicon.rows("countries-extra.tsv")) {
            Form f = switch (r[2]) {
                case "demonym" -> Form.DEMONYM;
                case "capital" -> Form.CAPITAL;
                default -> Form.NAME;
            };
            g.add(r[0], new Entry(r[1], ActorKind.COUNTRY, f));
        }
        for (String[] r : Lexicon.rows("government-bodies.tsv")) {
            g.add(r[0], new Entry(r[1], ActorKind.COUNTRY, Form.BODY));
        }
        for (String[] r : Lexicon.rows("organizations.tsv")) {
            Entry e = new Entry(r[0], ActorKind.valueOf(r[1]), Form.NAME);
            g.add(r[0], e);
            if (r.length > 2 && !r[2].isBlank()) {
                for (String a : r[2].split("\\|")) {
                    g.add(a, e);
                }
            }
        }
        // last: a country, its capital or a known organisation named like a region keeps its meaning
        for (String[] r : Lexicon.rows("places.tsv")) {
            g.add(r[0], new Entry(r[0], ActorKind.PLACE, Form.REGION));
        }
        for (String[] r : Lexicon.rows("regions-extra.tsv")) {
            g.add(r[0], new Entry(r[0], ActorKind.PLACE, Form.REGION)); // "the Donbas", "Europe"
        }
        return g;
    }

    private static void addAll(Gazetteer g, String[] r, int col, String name, Form form) {
        if (r.length > col && !r[col].isBlank()) {
            for (String f : r[col].split("\\|")) {
                g.add(f, new Entry(name, ActorKind.COUNTRY, form));
            }
        }
    }

    /** Adds a form; the first entry for a form wins, so countries (loaded first) win over later lists. */
    void add(String form, Entry e) {
        Tokens t = Tokens.of(form);
        if (t.size == 0) {
            return;
        }
        Node n = root;
        for (int i = 0; i < t.size; i++) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(t.at(i), k -> new Node());
        }
        if (n.entry == null) {
            n.entry = e;
            size++;
        }
    }

    /** Whether a name is a known region or city ("Texas", "Bavaria", "New York"). */
    boolean isRegion(String name) {
        if (name.indexOf(' ') < 0 && name.indexOf('-') < 0) {
            Node n = root.next == null ? null : root.next.get(name);
            return n != null && n.entry != null && n.entry.form() == Form.REGION;
        }
        Tokens t = Tokens.of(name);
        int[] end = new int[1];
        Entry e = longest(t, 0, end);
        return e != null && end[0] == t.size && e.form() == Form.REGION;
    }

    int size() {
        return size;
    }

    /** The longest known form starting at token {@code from}: its entry, and the token after it in {@code endOut[0]}. */
    Entry longest(Tokens t, int from, int[] endOut) {
        Node n = root;
        Entry best = null;
        for (int i = from; i < t.size; i++) {
            if (n.next == null) {
                break;
            }
            Node m = n.next.get(t.at(i));
            if (m == null) {
                break;
            }
            if (i > from && !t.hyphenBefore[i] && t.start[i] > t.end[i - 1] + 1) {
                break; // a form's words are separated by one space at most
            }
            n = m;
            if (n.entry != null) {
                best = n.entry;
                endOut[0] = i + 1;
            }
        }
        return best;
    }
}
