// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The page-clutter rules of {@code boilerplate.txt}. */
public final class Boilerplate {
    /** What a line is, as far as clutter goes. */
    public enum Kind { BODY, CLUTTER, END }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final Boilerplate DEFAULT = new Boilerplate(load());

    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = rules;
    }

    public static Boilerplate get() {
        return DEFAULT;
    }

    /** @param line one line, already stripped of whitespace and Markdown marks */
    public Kind classify(String line) {
        for (Rule r : rules) {
            if (r.pattern().matcher(line).matches()) {
                return r.kind();
            }
        }
        return Kind.BODY;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        var in = Boilerplate.class.getResourceAsStream("boilerplate.txt");
        if (in == null) {
            throw new IllegalStateException("boilerplate.txt missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                Kind kind = Kind.valueOf(line.substring(0, tab).toUpperCase(java.util.Locale.ROOT));
                rules.add(new Rule(kind, Pattern.compile(line.substring(tab + 1),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
