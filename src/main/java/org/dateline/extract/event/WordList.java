// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list kept as a resource beside this class: one entry a line, {@code #} starts a comment. The
 * rules of the event step read their words from such lists so that a new word is one line of data.
 */
final class WordList {
    private final String name;
    private final List<String> entries;

    private WordList(String name, List<String> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    static WordList load(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return new WordList(name, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    String name() {
        return name;
    }

    List<String> entries() {
        return entries;
    }

    Set<String> asSet() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(entries));
    }

    /** Entries longest first (by word count, then length), for matching multi-word phrases greedily. */
    List<String> longestFirst() {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(entries));
        l.sort((a, b) -> {
            int wa = a.split(" ").length;
            int wb = b.split(" ").length;
            return wa != wb ? wb - wa : b.length() - a.length();
        });
        return l;
    }
}
