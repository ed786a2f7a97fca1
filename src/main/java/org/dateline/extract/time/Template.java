// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's value or mod template: literal text with {@code {group}}, {@code {group:fn}} or
 * {@code {group:fn=default}} slots, where fn is a built-in conversion or a word list. A {@code [...]} segment is dropped when a group inside it did not take part
 * in the match, so one rule can cover "March 6" and "March 6, 2008".
 */
final class Template {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z0-9]+))?(?:=([^}]*))?\\}");
    private static final java.util.Set<String> BUILT_INS =
            java.util.Set.of("pad2", "num", "year2", "decade", "century", "am", "pm", "upper", "ordinal",
                    "dayOrdinal");

    private Template() {
    }

    /** Checks at load time that every slot names a group of the pattern and a known conversion. */
    static void check(String template, Pattern p, Map<String, RuleBook.WordList> lists,
                      Function<String, RuntimeException> error) {
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            String group = m.group(1);
            if (!p.pattern().contains("(?<" + group + ">")) {
                throw error.apply("template names missing group " + group);
            }
            String fn = m.group(2);
            if (fn != null && !BUILT_INS.contains(fn) && !lists.containsKey(fn)) {
                throw error.apply("template uses unknown conversion " + fn);
            }
        }
        int depth = 0;
        for (char c : template.toCharArray()) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth < 0 || depth > 1) {
                throw error.apply("unbalanced [ ] in " + template);
            }
        }
        if (depth != 0) {
            throw error.apply("unbalanced [ ] in " + template);
        }
    }

    /** The filled template, or null when a required slot cannot be filled (the match is then no timex). */
    static String apply(String template, Matcher m, Map<String, RuleBook.WordList> lists) {
        if (template == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('[', i);
            if (open < 0) {
                String s = fill(template.substring(i), m, lists);
                if (s == null) {
                    return null;
                }
                out.append(s);
                break;
            }
            String head = fill(template.substring(i, open), m, lists);
            if (head == null) {
                return null;
            }
            out.append(head);
            int close = template.indexOf(']', open);
            String opt = fill(template.substring(open + 1, close), m, lists);
            if (opt != null) {
                out.append(opt);
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static String fill(String part, Matcher m, Map<String, RuleBook.WordList> lists) {
        Matcher s = SLOT.matcher(part);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (s.find()) {
            sb.append(part, last, s.start());
            String text = m.group(s.group(1));
            if (text == null) {
                if (s.group(3) == null) {
                    return null;
                }
                sb.append(s.group(3));
                last = s.end();
                continue;
            }
            String v = convert(text, s.group(2), lists);
            if (v == null) {
                return null;
            }
            sb.append(v);
            last = s.end();
        }
        sb.append(part, last, part.length());
        return sb.toString();
    }

    static String convert(String text, String fn, Map<String, RuleBook.WordList> lists) {
        if (fn == null) {
            return text;
        }
        String t = text.strip();
        switch (fn) {
            case "upper":
                return t.toUpperCase(java.util.Locale.ROOT);
            case "pad2": {
                Integer n = digits(t);
                return n == null || n > 99 ? null : String.format("%02d", n);
            }
            case "num": {
                // "1,000 days" is P1000D; "2.5 years" keeps its fraction (P2.5Y), as TIMEX3 durations may.
                Integer n = digits(GROUPED.matcher(t).matches() ? t.replace(",", "") : t);
                if (n != null) {
                    return String.valueOf(n);
                }
                if (DECIMAL.matcher(t).matches()) {
                    return t;
                }
                RuleBook.WordList w = lists.get("number");
                return w == null ? null : numberWords(t, w);
            }
            case "dayOrdinal": {
                // "the fifth of March": a day of the month, two digits.
                String n = convert(t, "ordinal", lists);
                Integer d = n == null ? null : digits(n);
                return d == null || d < 1 || d > 31 ? null : String.format("%02d", d);
            }
            case "ordinal": {
                Integer n = digits(t.replaceAll("(?i)(st|nd|rd|th)$", ""));
                if (n != null) {
                    return String.valueOf(n);
                }
                RuleBook.WordList w = lists.get("ordinal");
                return w == null ? null : w.lookup(t);
            }
            case "year2": {
                Integer n = digits(t.replace("'", "").replace("\u2019", ""));
                return n == null || n > 99 ? null : String.valueOf(n <= 40 ? 2000 + n : 1900 + n);
            }
            case "decade": {
                // "1990s" -> "199", "90s" -> "199", "'00s" -> "200"
                String d = t.replaceAll("[^0-9]", "");
                if (d.length() == 4) {
                    return d.substring(0, 3);
                }
                if (d.length() == 2) {
                    // Written short, the 2030s are still to come: "the 30s" are the 1930s.
                    return (d.charAt(0) <= '2' ? "20" : "19") + d.charAt(0);
                }
                return null;
            }
            case "century": {
                String c = convert(t, "ordinal", lists);
                if (c == null) {
                    return null;
                }
                int n = Integer.parseInt(c);
                return n < 1 || n > 30 ? null : String.format("%02d", n - 1);
            }
            case "am": {
                Integer h = digits(t);
                return h == null || h > 12 ? null : String.format("%02d", h == 12 ? 0 : h);
            }
            case "pm": {
                Integer h = digits(t);
                return h == null || h > 12 ? null : String.format("%02d", h == 12 ? 12 : h + 12);
            }
            default: {
                RuleBook.WordList w = lists.get(fn);
                return w == null ? null : w.lookup(t);
            }
        }
    }

    /** "twenty-five" and "twenty five" through the number list, one word at a time. */
    private static String numberWords(String t, RuleBook.WordList w) {
        String whole = w.lookup(t);
        if (whole != null) {
            return whole;
        }
        String[] parts = RuleBook.normalise(t).split("[ -]+");
        int sum = 0;
        for (String p : parts) {
            String v = w.lookup(p);
            if (v == null || v.equals("X")) {
                return null;
            }
            sum += Integer.parseInt(v);
        }
        return String.valueOf(sum);
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}\\.\\d{1,2}");

    private static Integer digits(String t) {
        if (t.isEmpty() || t.length() > 9) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(t);
    }
}
