// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a line that is nothing but a date (with an optional "Published:" or weekday before it). */
public final class DateLines {
    /** A rule of {@code date-lines.txt} and its examples (line, expected date). */
    public record Rule(String id, Pattern pattern, List<String[]> examples) {
    }

    private static final List<Rule> RULES = load();
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:first\\s+)?published|posted|updated|last\\s+updated|date[d]?|on)\\b\\s*(?:on\\b)?\\s*[:\\-–—]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("^" + weekdayPattern() + "\\.?,?\\s+",
            Pattern.CASE_INSENSITIVE);
    /** A time of day and time zone after the date: "10:32 AM EDT", "| 14:05 GMT", "at 3 pm". */
    private static final Pattern TRAILER = Pattern.compile(
            "(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
            + "(?:\\s*[,|·•]?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2}){0,2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?-i:[A-Z]{2,5}|UTC[+-]?\\d*|GMT[+-]?\\d*)?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private DateLines() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** The date this line consists of, if it is a date line. */
    public static Optional<LocalDate> parse(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        s = PREFIX.matcher(s).replaceFirst("");
        s = WEEKDAY.matcher(s).replaceFirst("");
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(s);
            if (m.lookingAt() && TRAILER.matcher(s.substring(m.end())).matches()) {
                Optional<LocalDate> d = toDate(m);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** A date from a machine-written value (meta tag, front matter): ISO first, then the date-line rules. */
    public static Optional<LocalDate> parseValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher iso = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})").matcher(value);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return parse(value);
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int day = Integer.parseInt(m.group("d"));
            String mo = m.group("m");
            int month = mo.chars().allMatch(Character::isDigit) ? Integer.parseInt(mo) : monthOf(mo);
            if (year < 1800 || year > 2200 || month < 1) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int monthOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(n) && n.length() >= 3) {
                return m.getValue();
            }
        }
        return -1;
    }

    /** Month names and abbreviations from the JDK's English locale data, plus "Sept". */
    static String monthPattern() {
        Set<String> names = new LinkedHashSet<>();
        for (Month m : Month.values()) {
            names.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            names.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        names.add("Sept");
        return names(names);
    }

    private static String weekdayPattern() {
        Set<String> names = new LinkedHashSet<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            names.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return names(names);
    }

    private static String names(Set<String> names) {
        // Longest first, so that "July" is tried before "Jul".
        return "(?:" + names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow() + ")";
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        var in = DateLines.class.getResourceAsStream("date-lines.txt");
        if (in == null) {
            throw new IllegalStateException("date-lines.txt missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String month = monthPattern();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("example")) {
                    rules.get(rules.size() - 1).examples().add(new String[] {f[1], f[2]});
                } else {
                    rules.add(new Rule(f[0], Pattern.compile(f[1].replace("{MONTH}", month), Pattern.CASE_INSENSITIVE),
                            new ArrayList<>()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
