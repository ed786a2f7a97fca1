// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.ingest.TextLayout.Line;
import org.dateline.model.Span;

/**
 * Finds an article's title, date line, byline and outlet from the layout of its text, and which stretches are
 * body. Metadata and clutter lines are only marked, never cut out, so offsets stay positions in the text.
 *
 * <p>The header is the lines above the first paragraph that reads like prose. In it: the title is the first
 * heading-like line (a one- or two-word section label above a longer heading is taken for a kicker; a title
 * repeated on the next line counts once); a date line anywhere in it gives the publication date; a byline after
 * the title gives the author.
 */
public final class ArticleMetadata {
    /** What the layout says. Null fields were not found. */
    public record Result(String title, LocalDate published, String author, String outlet, List<Span> body) {
    }

    private enum Role { BODY, BLANK, HEADER, TITLE, DATE, AUTHOR, CLUTTER, END }

    /** How many non-blank lines the header may span: metadata sits at the very top. */
    private static final int HEADER_LINES = 10;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.…:;][\"”’')\\]]*$");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[|·•]|\\s[-–—]\\s)\\s*");
    /** A byline may carry the date in words: "By Jane Doe on July 25, 2025", "By Jane Doe, updated 25 July 2025". */
    private static final Pattern BYLINE_PARTS = Pattern.compile(
            "\\s*(?:[|·•]|\\s[-–—]\\s|,?\\s(?:on|updated|published)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> OUTLET_RULES = loadOutletRules();
    /** A wire-service dateline: a place in capitals, maybe a date, maybe the agency, then a dash. */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'/-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30}?)?"
            + "(?:,\\s*(?<date>[\\p{L}\\p{N} .,]{3,30}?))?\\s*(?:\\((?<agency>[\\p{L} .&]{2,30})\\))?\\s*[-–—]{1,2}\\s+");

    private ArticleMetadata() {
    }

    public static Result analyse(RawArticle raw) {
        String text = raw.text();
        List<Line> lines = TextLayout.lines(text);
        Role[] roles = new Role[lines.size()];
        Boilerplate clutter = Boilerplate.get();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            roles[i] = l.blank() || insideAny(l, raw.notBody()) ? Role.BLANK : switch (clutter.classify(l.clean())) {
                case CLUTTER -> Role.CLUTTER;
                case END -> Role.END;
                case BODY -> Role.BODY;
            };
        }
        int headerEnd = headerEnd(lines, roles);
        String title = null;
        LocalDate published = null;
        String author = null;
        int titleAt = findTitle(lines, roles, headerEnd, raw.title());
        if (titleAt >= 0) {
            title = lines.get(titleAt).clean();
            for (int i = 0; i < titleAt; i++) {
                if (roles[i] == Role.BODY) {
                    roles[i] = Role.HEADER;
                }
            }
            roles[titleAt] = Role.TITLE;
            int next = nextNonBlank(roles, titleAt + 1);
            if (next >= 0 && next < headerEnd && lines.get(next).clean().equalsIgnoreCase(title)) {
                roles[next] = Role.TITLE;
            }
        }
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] != Role.BODY && roles[i] != Role.HEADER && roles[i] != Role.END) {
                continue;
            }
            String clean = lines.get(i).clean();
            Optional<LocalDate> date = dateIn(clean);
            // A byline sits right under the title (or under the date line that follows it).
            boolean underTitle = titleAt >= 0 && i > titleAt && nonBlankBetween(roles, titleAt, i) < 3;
            Optional<String> by = underTitle ? Byline.parse(clean) : Optional.empty();
            if (date.isPresent()) {
                roles[i] = Role.DATE;
                published = published == null ? date.get() : published;
            }
            if (by.isPresent() && author == null) {
                roles[i] = Role.AUTHOR;
                author = by.get();
            }
        }
        if (title == null && raw.title() != null && !raw.title().isBlank()) {
            title = raw.title().strip();
        }
        markEnd(roles);
        List<Span> body = bodySpans(lines, roles);
        String agency = null;
        Matcher wire = body.isEmpty() ? null : WIRE_DATELINE.matcher(text).region(body.get(0).start(), body.get(0).end());
        if (wire != null && wire.lookingAt()) {
            // "BRUSSELS, Oct 16 (Reuters) - ..." opens the story with where and when it was filed: not a statement.
            if (published == null && wire.group("date") != null) {
                published = DateLines.parse(wire.group("date")).orElse(null);
            }
            agency = wire.group("agency") == null ? null : wire.group("agency").strip();
            List<Span> cut = new ArrayList<>(body);
            cut.set(0, new Span(wire.end(), body.get(0).end()));
            body = cut;
        }
        String outlet = raw.outlet() != null ? raw.outlet() : agency != null ? agency : outletIn(text, body);
        return new Result(title, raw.published() != null ? raw.published() : published,
                author != null ? author : raw.author(), outlet, body);
    }

    /** The date of a date line, or of one part of a line such as "By Jane Doe | July 25, 2025". */
    private static Optional<LocalDate> dateIn(String line) {
        Optional<LocalDate> whole = DateLines.parse(line);
        if (whole.isPresent() || line.length() > 120) {
            return whole;
        }
        Pattern parts = line.regionMatches(true, 0, "by ", 0, 3) ? BYLINE_PARTS : PARTS;
        for (String part : parts.split(line)) {
            Optional<LocalDate> d = DateLines.parse(part);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The index of the first line that reads like prose (or the header line limit). */
    private static int headerEnd(List<Line> lines, Role[] roles) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            // Recognised clutter (menus, share buttons) does not use up the header's lines.
            if (roles[i] == Role.BLANK || roles[i] == Role.CLUTTER) {
                continue;
            }
            if (roles[i] == Role.BODY && isProse(lines.get(i)) || ++seen > HEADER_LINES) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isProse(Line l) {
        // A headline may run to 15 words or end in "?", but rarely both long and closed by a full stop.
        return l.clean().length() > 200 || l.words() >= 16 || l.words() >= 10 && SENTENCE_END.matcher(l.clean()).matches();
    }

    private static boolean isHeading(Line l) {
        String s = l.clean();
        return s.length() <= 200 && l.words() <= 30 && !s.endsWith(".") && !s.endsWith(",")
                && DateLines.parse(s).isEmpty() && !s.toLowerCase(Locale.ROOT).startsWith("by ")
                && s.codePoints().anyMatch(Character::isLetter);
    }

    private static int findTitle(List<Line> lines, Role[] roles, int headerEnd, String hint) {
        if (hint != null) {
            for (int i = 0; i < headerEnd; i++) {
                if (roles[i] == Role.BODY && lines.get(i).clean().equalsIgnoreCase(hint.strip())) {
                    return i;
                }
            }
        }
        if (headerEnd == 0 || nextNonBlank(roles, 0) == headerEnd) {
            // The first line already reads like prose; only a long headline without a full stop is taken.
            int i = nextNonBlank(roles, 0);
            return i >= 0 && roles[i] == Role.BODY && isHeading(lines.get(i)) && nextNonBlank(roles, i + 1) > i ? i : -1;
        }
        int first = -1;
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] != Role.BODY || !isHeading(lines.get(i))) {
                continue;
            }
            if (first < 0) {
                first = i;
                if (lines.get(i).words() > 2) {
                    return i;
                }
            } else if (lines.get(i).words() > 2 && Byline.parse(lines.get(i).clean()).isEmpty()) {
                // The first line was a kicker ("Afghanistan") above the real headline.
                return i;
            }
        }
        return first;
    }

    /** An end-of-article marker ends the body only once some body has been seen. */
    private static void markEnd(Role[] roles) {
        boolean seenBody = false;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.BODY) {
                seenBody = true;
            } else if (roles[i] == Role.END) {
                if (seenBody) {
                    for (int j = i; j < roles.length; j++) {
                        roles[j] = Role.END;
                    }
                    return;
                }
                roles[i] = Role.CLUTTER;
            }
        }
    }

    /** Runs of adjacent body lines, as spans from the first character of the first to the last of the last. */
    private static List<Span> bodySpans(List<Line> lines, Role[] roles) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == Role.BODY) {
                Line l = lines.get(i);
                if (start < 0) {
                    start = l.start();
                }
                end = l.end();
            } else if (start >= 0) {
                out.add(new Span(start, end));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end));
        }
        return out;
    }

    private static int nonBlankBetween(Role[] roles, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            n += roles[i] == Role.BLANK ? 0 : 1;
        }
        return n;
    }

    private static int nextNonBlank(Role[] roles, int from) {
        for (int i = from; i < roles.length; i++) {
            if (roles[i] != Role.BLANK) {
                return i;
            }
        }
        return -1;
    }

    private static boolean insideAny(Line l, List<Span> spans) {
        for (Span s : spans) {
            if (l.start() >= s.start() && l.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outlet the lead paragraph names, trying the rules of {@code outlets.txt} in order. Only the lead: further
     * down, "The Wall Street Journal reported" cites another outlet rather than naming this one.
     */
    static String outletIn(String text, List<Span> body) {
        for (Pattern p : OUTLET_RULES) {
            for (Span s : body.subList(0, Math.min(1, body.size()))) {
                Matcher m = p.matcher(text).region(s.start(), s.end());
                m.useAnchoringBounds(true);
                if (m.find()) {
                    return m.group("outlet").strip();
                }
            }
        }
        return null;
    }

    static List<String[]> outletExamples() {
        return readRules("outlets.txt").examples;
    }

    private static List<Pattern> loadOutletRules() {
        return readRules("outlets.txt").patterns;
    }

    private record Rules(List<Pattern> patterns, List<String[]> examples) {
    }

    private static Rules readRules(String name) {
        List<Pattern> patterns = new ArrayList<>();
        List<String[]> examples = new ArrayList<>();
        var in = ArticleMetadata.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("example")) {
                    examples.add(new String[] {f[1], f[2]});
                } else {
                    patterns.add(Pattern.compile(f[1], Pattern.MULTILINE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rules(List.copyOf(patterns), List.copyOf(examples));
    }
}
