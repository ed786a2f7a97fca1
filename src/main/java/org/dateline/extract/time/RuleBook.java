// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dateline.model.TimexType;

/**
 * The tagger's rules and word lists, read from {@code patterns.txt} and {@code rules.txt}. Kept as data so that a
 * new date pattern is one rule plus its example (see STYLE.md, "Rules are data").
 *
 * <p>{@code patterns.txt}: {@code [name]} starts a list; each line below is {@code value: form | form}. A rule
 * refers to a list as {@code {name}} (any case) or {@code {Name}} (capitalised forms only, so that "may" the verb
 * is not "May"). {@code rules.txt}: blocks of {@code id:}, {@code match:}, {@code type:} (DATE, TIME, DURATION, SET,
 * or NONE for a false friend that only blocks other rules), {@code value:}, optional {@code mod:} and
 * {@code example:} lines. A group named {@code t} marks the extent when the match includes context.
 */
public final class RuleBook {

    /** A named word list: normalised form to value. */
    public record WordList(String name, Map<String, String> values) {
        String lookup(String form) {
            return values.get(normalise(form));
        }
    }

    /** {@code text | extent | unresolved | resolved}, resolved against the examples' publication date. */
    public record Example(String text, String extent, String unresolved, String resolved, int line) {
    }

    /** One compiled rule; {@code type} null for a blocking (NONE) rule. */
    public record Rule(String id, int order, Pattern pattern, TimexType type, String value, String mod,
                       List<Example> examples, int line) {
        boolean blocks() {
            return type == null;
        }
    }

    /** A resource file is malformed; the message names the file and line. */
    public static final class RuleFileException extends RuntimeException {
        RuleFileException(String file, int line, String msg) {
            super(file + ":" + line + ": " + msg);
        }
    }

    /** Publication date the {@code example:} lines are resolved against. */
    public static final java.time.LocalDate EXAMPLE_DCT = java.time.LocalDate.of(2025, 7, 25);

    private static final Pattern REF = Pattern.compile("(?<!\\\\[pP])\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private final Map<String, WordList> lists;
    private final List<Rule> rules;

    private RuleBook(Map<String, WordList> lists, List<Rule> rules) {
        this.lists = lists;
        this.rules = rules;
    }

    public Map<String, WordList> lists() {
        return lists;
    }

    public List<Rule> rules() {
        return rules;
    }

    public WordList list(String name) {
        return lists.get(name);
    }

    static String normalise(String form) {
        String s = form.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The English rules shipped in the jar. */
    public static RuleBook english() {
        String base = "/org/dateline/extract/time/en/";
        return parse(resource(base + "patterns.txt"), "patterns.txt", resource(base + "rules.txt"), "rules.txt");
    }

    static String resource(String path) {
        try (InputStream in = RuleBook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    public static RuleBook parse(String patterns, String patternsName, String rulesText, String rulesName) {
        Map<String, WordList> lists = parseLists(patterns, patternsName);
        return new RuleBook(lists, parseRules(rulesText, rulesName, lists));
    }

    private static Map<String, WordList> parseLists(String text, String file) {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        Map<String, String> current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                if (!name.matches("[a-z][A-Za-z0-9]*")) {
                    throw new RuleFileException(file, i + 1, "list names start lower-case: " + name);
                }
                if (raw.containsKey(name)) {
                    throw new RuleFileException(file, i + 1, "list defined twice: " + name);
                }
                current = new LinkedHashMap<>();
                raw.put(name, current);
                continue;
            }
            // "value: forms" splits at the first colon followed by a space: values such as 12:00 keep theirs.
            int colon = line.indexOf(": ");
            if (current == null || colon < 1) {
                throw new RuleFileException(file, i + 1, "expected [name] or 'value: form | form'");
            }
            String value = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 2).split("\\|")) {
                String f = form.strip();
                if (f.isEmpty() || !f.matches("[\\p{L}\\p{N} .'-]+")) {
                    throw new RuleFileException(file, i + 1, "bad form '" + f + "'");
                }
                if (current.put(normalise(f), value) != null) {
                    throw new RuleFileException(file, i + 1, "form listed twice: " + f);
                }
            }
        }
        Map<String, WordList> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, new WordList(k, Map.copyOf(v))));
        return out;
    }

    private static List<Rule> parseRules(String text, String file, Map<String, WordList> lists) {
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\n", -1);
        Map<String, String> fields = null;
        List<Example> examples = null;
        int startLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "id: <end>";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new RuleFileException(file, i + 1, "expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String val = line.substring(colon + 1).strip();
            if (key.equals("id")) {
                if (fields != null) {
                    out.add(compile(fields, examples, out.size(), startLine, file, lists));
                }
                if (i == lines.length) {
                    break;
                }
                if (!ids.add(val)) {
                    throw new RuleFileException(file, i + 1, "duplicate rule id " + val);
                }
                fields = new LinkedHashMap<>();
                fields.put("id", val);
                examples = new ArrayList<>();
                startLine = i + 1;
                continue;
            }
            if (fields == null) {
                throw new RuleFileException(file, i + 1, "field before the first id:");
            }
            if (key.equals("example")) {
                String[] parts = val.split("\\|", -1);
                if (parts.length != 4) {
                    throw new RuleFileException(file, i + 1, "example needs 'text | extent | unresolved | resolved'");
                }
                examples.add(new Example(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip(), i + 1));
            } else if (List.of("match", "type", "value", "mod").contains(key)) {
                if (fields.put(key, val) != null) {
                    throw new RuleFileException(file, i + 1, "field given twice: " + key);
                }
            } else {
                throw new RuleFileException(file, i + 1, "unknown field " + key);
            }
        }
        return List.copyOf(out);
    }

    private static Rule compile(Map<String, String> f, List<Example> examples, int order, int line, String file,
                                Map<String, WordList> lists) {
        String id = f.get("id");
        for (String k : List.of("match", "type")) {
            if (!f.containsKey(k)) {
                throw new RuleFileException(file, line, "rule " + id + " lacks " + k + ":");
            }
        }
        TimexType type;
        try {
            type = f.get("type").equals("NONE") ? null : TimexType.valueOf(f.get("type"));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, line, "rule " + id + ": unknown type " + f.get("type"));
        }
        if (type != null && !f.containsKey("value")) {
            throw new RuleFileException(file, line, "rule " + id + " lacks value:");
        }
        if (examples.isEmpty()) {
            throw new RuleFileException(file, line, "rule " + id + " has no example:");
        }
        String regex = expand(f.get("match"), lists, file, line, id);
        Pattern p;
        try {
            // The closing look-ahead keeps a rule from ending inside a word or number.
            p = Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new RuleFileException(file, line, "rule " + id + ": " + e.getDescription());
        }
        for (String t : new String[]{f.get("value"), f.get("mod")}) {
            if (t != null) {
                Template.check(t, p, lists, fn -> new RuleFileException(file, line, "rule " + id + ": " + fn));
            }
        }
        return new Rule(id, order, p, type, f.get("value"), f.get("mod"), List.copyOf(examples), line);
    }

    /** Replaces {@code {list}} references by an alternation of the list's forms, longest first. */
    private static String expand(String regex, Map<String, WordList> lists, String file, int line, String id) {
        Matcher m = REF.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            boolean cap = Character.isUpperCase(ref.charAt(0));
            String name = cap ? Character.toLowerCase(ref.charAt(0)) + ref.substring(1) : ref;
            WordList wl = lists.get(name);
            if (wl == null) {
                throw new RuleFileException(file, line, "rule " + id + " refers to unknown list {" + ref + "}");
            }
            List<String> forms = new ArrayList<>(wl.values().keySet());
            forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            StringBuilder alt = new StringBuilder(cap ? "(?-i:" : "(?:");
            for (int k = 0; k < forms.size(); k++) {
                if (k > 0) {
                    alt.append('|');
                }
                String form = cap ? capitalise(forms.get(k)) : forms.get(k);
                alt.append(Pattern.quote(form).replace(" ", "\\E\\s+\\Q"));
            }
            alt.append(')');
            m.appendReplacement(sb, Matcher.quoteReplacement(alt.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String capitalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
