// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.Timex;

/**
 * Makes a short title from the words of a clause: the date expressions go (with the preposition that
 * attached them), then a leading connective ("Yet,", "However,"), a fronted "According to..." phrase, a
 * reporting frame ("X said that", ", X reported"), and finally the title is cut to about ten words at a phrase
 * boundary. No word is invented: every word of a title stands in the clause.
 */
public final class TitleMaker {
    static final int MAX_WORDS = 10;
    /** How far past {@link #MAX_WORDS} a title may run to end at a phrase boundary. */
    static final int SLACK = 2;
    private static final int MIN_FRAME_REST = 4;
    /** "The talks began, according to people familiar with the matter": a closing frame leaves a shorter statement. */
    private static final int MIN_TRAILING_FRAME_REST = 3;
    /** Longer than the longest entry of date-prepositions.txt plus its spaces. */
    private static final int LOOK_BACK = 24;
    /** A leading frame longer than this ("Representatives at several stores in the US said") is kept. */
    private static final int MAX_FRAME_WORDS = 13;

    private final List<String> prepositions;
    /** What is cut with a date before it: its prepositions and modifiers ("for its fiscal third quarter"). */
    private final List<String> attached;
    private final Set<String> modifiers;
    /** {@link #attached} with the possessives that may open a modified date: "its fiscal first quarter". */
    private final List<String> withPossessives;
    private static final List<String> POSSESSIVES = List.of("its", "their", "his", "her", "our");
    private final List<String> connectives;
    private final List<String> sayVerbs;
    private final Set<String> breaks;
    private final Set<String> stopwords;
    private final Set<String> subjectless;
    private final Set<String> dangling;
    private final Set<String> bareVerbs;
    /** A verb of saying, a word or two before a date: "said in October", "warned last week". */
    private final Pattern sayingDated;
    private final Set<String> frontedOpeners;
    private final Set<String> determiners;
    private final Set<String> particles = WordList.load("verb-particles.txt").asSet();
    private final Set<String> particleVerbs = WordList.load("particle-verbs.txt").asSet();
    private final Pattern leadingFrame;
    private final Pattern trailingFrame;

    public TitleMaker() {
        this.prepositions = WordList.load("date-prepositions.txt").longestFirst();
        List<String> a = new ArrayList<>(prepositions);
        this.modifiers = WordList.load("date-modifiers.txt").asSet();
        a.addAll(modifiers);
        this.attached = List.copyOf(a);
        a.addAll(POSSESSIVES);
        this.withPossessives = List.copyOf(a);
        this.connectives = WordList.load("leading-connectives.txt").longestFirst();
        this.sayVerbs = WordList.load("reporting-verbs.txt").longestFirst();
        this.breaks = WordList.load("title-breaks.txt").asSet();
        this.stopwords = WordList.load("stopwords.txt").asSet();
        this.subjectless = WordList.load("subjectless-openers.txt").asSet();
        this.frontedOpeners = WordList.load("fronted-openers.txt").asSet();
        this.determiners = WordList.load("determiners.txt").asSet();
        Set<String> d = new java.util.HashSet<>(WordList.load("dangling-words.txt").asSet());
        d.addAll(breaks);
        this.dangling = Set.copyOf(d);
        String verbs = String.join("|", sayVerbs.stream().map(v -> v.replace(" ", "\\s+")).toList());
        // verbs match in lower case only: "the United States" holds no "states"
        // "X told analysts (that) ...", "X told Reuters ...": who was told goes with the frame
        String audiences = String.join("|", WordList.load("told-audiences.txt").longestFirst().stream()
                .map(v -> v.replace(" ", "\\s+")).toList());
        this.leadingFrame = Pattern.compile("^(?<who>[^,;:]{1,100}?)\\b(?<verb>" + verbs + ")\\b"
                + "(?:(?<=\\btold|\\btells)\\s+(?:the\\s+)?(?:" + audiences
                + "|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}))?\\s*(?:that\\b\\s*)?");
        this.bareVerbs = Set.copyOf(sayVerbs.stream().map(v -> v.replaceFirst(" that$", "")).distinct().toList());
        String bare = String.join("|", bareVerbs);
        this.sayingDated = Pattern.compile("\\b(?:" + bare + "|announced)\\s+(?:\\p{Ll}+\\s+){0,2}$");
        this.trailingFrame = Pattern.compile(",\\s*(?:[Aa]ccording\\s+to\\b[^,]*|[^,]{1,80}?\\b(?:" + bare + ")\\b[^,]{0,40})$");
    }

    /**
     * The title of the statement told by {@code region} of {@code text}, leaving out {@code dates} (the
     * temporal expressions found there).
     */
    public String title(String text, Span region, List<Span> dates) {
        return title(text, region, dates, false);
    }

    /**
     * As {@link #title(String, Span, List)}; with {@code sayingIsDated} ("Putin said in October that..."), the
     * saying is the statement, so a leading frame is kept, shortened to the sayer's name.
     */
    public String title(String text, Span region, List<Span> dates, boolean sayingIsDated) {
        String s = withoutDates(text, region, dates);
        s = DATELINE.matcher(s).replaceFirst("");
        s = PARTY_TAG.matcher(s).replaceAll("");
        s = AGE.matcher(s).replaceAll("$1 ");
        s = stripFrontedAccordingTo(s);
        s = stripAsides(s);
        s = stripConnectives(s);
        s = OFFSET_OPENER.matcher(s).replaceFirst("");
        s = fromGerundSubject(s);
        s = stripReportingFrames(s, sayingIsDated);
        s = stripTrailingApposition(s);
        s = stripFrontedAccordingTo(s);
        s = stripConnectives(s);
        s = cut(s);
        s = clean(dropDangling(clean(s)));
        if (s.split("\\s+").length < 2) {
            s = clean(cut(withoutDates(text, region, List.of())));
        }
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // "iPhone", "eBay": a name's own capitals stand
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "in March and June": two dates joined by "and", "or", "to" or a dash go as one, with their joint. */
    private static List<Span> joinListedDates(String text, List<Span> cuts) {
        List<Span> out = new ArrayList<>();
        for (Span c : cuts) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (c.start() >= prev.end() && DATE_JOINT.matcher(text.substring(prev.end(), c.start())).matches()) {
                    out.set(out.size() - 1, new Span(prev.start(), Math.max(prev.end(), c.end())));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?i).+-(?:quarter|year|half|month|week|day|end|term)");
    /** "Two years after the overthrow of...": how long after is told by the dates; the title keeps what happened. */
    private static final Pattern OFFSET_OPENER = Pattern.compile(
            "^(?i:(?:\\p{L}+|\\d+)\\s+(?:years?|months?|weeks?|days?|decades?|hours?)\\s+(?:after|before)\\s+)(?=\\p{L})");
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)(?:^|\\s)an?\\s$");
    /** The noun a date names after "the": "the 2021 coup", "the September 11 attacks". */
    private static final Pattern NOUN_AFTER_DATE = Pattern.compile(" \\p{Ll}+(?=[\\s,.;]|$)");
    private static final Pattern DATE_JOINT = Pattern.compile("\\s*(?:,|and|or|to|through|until|-|–|—)?\\s*(?:and\\s+)?");

    /** Words of {@code s} that are not stop words. */
    int contentWords(String s) {
        int n = 0;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}’'-]+")) {
            if (!w.isEmpty() && !stopwords.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** True when the date follows a verb of saying ("said in October", "told reporters on Monday"). */
    boolean datesTheSaying(String text, Span clause, Timex t) {
        String before = text.substring(Math.max(clause.start(), t.start() - 30), t.start());
        return sayingDated.matcher(before).find();
    }

    /** True when a title has a subject and something to say: not "Which ended", not "Have been shipping". */
    boolean saysEnough(String title) {
        String[] w = title.split("\\s+");
        String first = w[0].toLowerCase(Locale.ROOT);
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        // "the United States" does not end on the verb "states"
        boolean endsOnSaying = bareVerbs.contains(last) && Character.isLowerCase(w[w.length - 1].charAt(0));
        return contentWords(title) >= 2 && !subjectless.contains(first) && !endsOnSaying && !headlessAside(title);
    }

    /** "Led by Mohamed Hamdan Dagalo, erupted": an aside with the verb after it but not the subject before it. */
    private boolean headlessAside(String title) {
        Matcher m = ASIDE_LEAD.matcher(title);
        if (!m.lookingAt()) {
            return false;
        }
        String next = m.group(1).toLowerCase(Locale.ROOT);
        return Character.isLowerCase(m.group(1).charAt(0)) && !determiners.contains(next) && !PRONOUNS.contains(next);
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "there");
    private static final Pattern ASIDE_LEAD = Pattern.compile("\\p{L}+\\s+by\\s+[^,]{1,70},\\s+(\\p{L}+)");

    /** The region's text with each date expression, and the preposition before it, cut out. */
    String withoutDates(String text, Span region, List<Span> dates) {
        List<Span> cuts = new ArrayList<>();
        for (Span d : dates) {
            if (!region.covers(d)) {
                continue;
            }
            int start = d.start();
            // "a drop in first-quarter profit": a hyphenated date before a noun modifies it; the preposition
            // belongs to the noun and stays.
            boolean beforeNoun = d.end() + 1 < text.length() && text.charAt(d.end()) == ' '
                    && Character.isLowerCase(text.charAt(d.end() + 1));
            if (beforeNoun && INDEFINITE_BEFORE.matcher(text.substring(Math.max(region.start(), d.start() - 4),
                    d.start())).find()) {
                continue; // "in an October 2021 coup": cut out, the date would leave "an coup"
            }
            if (text.substring(d.start(), d.end()).matches("\\d{4}") && d.end() + 1 < text.length()
                    && text.charAt(d.end()) == ' ' && Character.isUpperCase(text.charAt(d.end() + 1))
                    && text.substring(Math.max(region.start(), d.start() - 4), d.start()).equalsIgnoreCase("the ")) {
                continue; // "in the 2008 Wimbledon final": the year names the event, and the title keeps it whole
            }
            boolean attributive = beforeNoun && ATTRIBUTIVE.matcher(text.substring(d.start(), d.end())).matches();
            boolean found = !attributive;
            boolean modified = false; // "its fiscal first quarter": after a modifier, its determiner goes too
            while (found) {
                found = false;
                // the few characters before the date are enough to find its preposition
                int lo = Math.max(region.start(), start - LOOK_BACK);
                String before = text.substring(lo, start).toLowerCase(Locale.ROOT);
                List<String> candidates = modified ? withPossessives : attached;
                modified = false;
                for (String p : candidates) {
                    if (before.endsWith(" " + p + " ") || lo == region.start() && before.equals(p + " ")) {
                        start -= p.length() + 1;
                        found = true;
                        modified = modifiers.contains(p);
                        break;
                    }
                }
            }
            int end = d.end();
            Matcher noun = NOUN_AFTER_DATE.matcher(text).region(d.end(), region.end());
            boolean determined = text.substring(Math.max(0, d.start() - 4), d.start()).equalsIgnoreCase("the ");
            if (!attributive && determined && noun.lookingAt() && start < d.start()) {
                end = noun.end(); // "since the 2021 coup": the noun the date names goes with it
            }
            if (text.startsWith("'s", end) || text.startsWith("’s", end)) {
                end += 2; // "this year's conference": the possessive goes with its date
            }
            cuts.add(new Span(start, Math.min(end, region.end())));
        }
        cuts.sort(Comparator.comparingInt(Span::start));
        cuts = joinListedDates(text, cuts);
        StringBuilder b = new StringBuilder();
        int at = region.start();
        for (Span c : cuts) {
            if (c.start() >= at) {
                b.append(text, at, c.start()).append(' ');
                at = c.end();
            } else {
                at = Math.max(at, c.end()); // overlapping cuts go as one
            }
        }
        b.append(text, Math.max(at, region.start()), region.end());
        String out = SPACES.matcher(b).replaceAll(" ");
        out = SPACE_BEFORE_PUNCT.matcher(EMPTY_PARENS.matcher(out).replaceAll("")).replaceAll("$1");
        return REPEATED_PUNCT.matcher(out).replaceAll("$1").strip();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What is left of "at 21:45 (19:45 GMT)" once its times went. */
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\s*\\(\\s*[,;]?\\s*\\)");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" ([,;:.])");
    private static final Pattern REPEATED_PUNCT = Pattern.compile("([,;]){2,}");

    /** A person's age set beside the name: "Lai, 64, will take office". */
    private static final Pattern AGE = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*),\\s*\\d{1,3},\\s+");

    /** A politician's party and state as news agencies tag them: "Matt Gaetz, R-Fla., said". */
    private static final Pattern PARTY_TAG = Pattern.compile(",\\s*[RDI]-\\p{Lu}[\\p{L}.]{1,8},");

    /** A news dateline left after its date went: "BRUSSELS, (Reuters) - ", "WASHINGTON — ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\s.'’-]{1,40}(?:,[^-—–()]{0,40})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]+\\s+");

    /** A fronted "According to X," or "At this year's conference," that sets the scene before the statement. */
    private String stripFrontedAccordingTo(String s) {
        Matcher m = FRONTED.matcher(s);
        if (!m.find()) {
            return s;
        }
        String first = m.group(1).toLowerCase(Locale.ROOT);
        // "the" stands in date-prepositions.txt for "the 3rd"; a phrase that opens with it is the subject
        boolean scene = first.equals("according") || prepositions.contains(first) && !determiners.contains(first)
                || frontedOpeners.contains(first)
                || SPAN_BEFORE.matcher(m.group()).lookingAt();
        return scene && s.substring(m.end()).split("\\s+").length >= MIN_FRAME_REST ? s.substring(m.end()) : s;
    }

    private static final Pattern FRONTED = Pattern.compile("^(\\p{L}+)\\b[^,;]{1,70},\\s*");
    /** "Three days after the vote,", "Two weeks later,": a span of time before or after the statement. */
    private static final Pattern SPAN_BEFORE = Pattern.compile(
            "^\\S+\\s+(?:\\S+\\s+)?(?:after|before|later|earlier|ago)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * ", the lowest level in five decades" or ", its first increase in four years" closing a statement: a noun
     * phrase set beside it that comments on it; the title keeps the statement. A list ("the iPad, the iPod and
     * the Mac") is not an aside.
     */
    private static String stripTrailingApposition(String s) {
        Matcher m = TRAILING_APPOSITION.matcher(s);
        if (m.find() && !m.group().contains(" and ") && s.substring(0, m.start()).split("\\s+").length >= 3) {
            return s.substring(0, m.start());
        }
        return s;
    }

    private static final Pattern TRAILING_APPOSITION = Pattern.compile(
            ",\\s+(?:a|an|the|its|their|his|her)\\s+[^,;]{1,70}$", Pattern.CASE_INSENSITIVE);


    /** ", once one of its closest partners," and the like: an aside between commas, not the statement. */
    private static String stripAsides(String s) {
        return ASIDE.matcher(s).replaceAll(" ").replaceAll("\\s+", " ");
    }

    private static final Pattern ASIDE = Pattern.compile(
            ",\\s+(?:a|an|the|once|now|then|formerly|who|whose|which|also|including|itself|themselves|born|led|held|run|"
                    + "known|(?-i:\\p{Ll}{3,}ed)|(?-i:\\p{Lu}[\\p{L}.-]*['’]s))\\b"
                    + "[^,;]{1,70},\\s+",
            Pattern.CASE_INSENSITIVE);

    /**
     * "This gradual normalisation continued with Moscow revoking its designation": the statement is the
     * named subject and its gerund, so the title starts there.
     */
    private static String fromGerundSubject(String s) {
        Matcher m = GERUND_SUBJECT.matcher(s);
        return m.find() && m.start() > 0 && s.substring(m.end()).split("\\s+").length >= 3 ? s.substring(m.end()) : s;
    }

    private static final Pattern GERUND_SUBJECT = Pattern.compile(
            "\\b(?:with|by)\\s+(?=(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}\\p{Ll}+ing\\b)");

    private String stripConnectives(String s) {
        boolean again = true;
        while (again) {
            again = false;
            s = s.replaceFirst("^[\\p{Punct}—–“”‘’\\s]+", "");
            String lower = s.toLowerCase(Locale.ROOT);
            for (String c : connectives) {
                if (lower.startsWith(c) && lower.length() > c.length()
                        && !Character.isLetterOrDigit(lower.charAt(c.length()))) {
                    String rest = s.substring(c.length()).replaceFirst("^[,\\s]+", "");
                    if (rest.split("\\s+").length >= 2) {
                        s = rest;
                        again = true;
                    }
                    break;
                }
            }
        }
        return s;
    }

    private String stripReportingFrames(String s, boolean sayingIsDated) {
        Matcher t = trailingFrame.matcher(s);
        if (t.find() && t.start() > 0 && s.substring(0, t.start()).split("\\s+").length >= MIN_TRAILING_FRAME_REST) {
            s = s.substring(0, t.start());
        }
        Matcher l = leadingFrame.matcher(s);
        if (l.find() && l.end() < s.length()) {
            String subject = s.substring(0, l.end());
            String rest = s.substring(l.end());
            if (subject.split("\\s+").length <= MAX_FRAME_WORDS && rest.split("\\s+").length >= MIN_FRAME_REST) {
                s = sayingIsDated ? sayer(l.group("who")) + " " + l.group("verb").replaceFirst("\\s+that$", "") + " " + rest
                        : rest;
            }
        }
        return s;
    }

    /** "Russian President Vladimir Putin" as "Vladimir Putin": the last run of capitalised words, or the whole. */
    private static String sayer(String who) {
        if (who.strip().startsWith("The ")) {
            return who.strip(); // "The World Health Organization": a body's name, not a person's title and name
        }
        String[] w = who.strip().split("\\s+");
        if (org.dateline.extract.actor.NameWords.endsOrganisation(w[w.length - 1])) {
            return who.strip(); // "General Motors Corp.", "Ford Motor Company": all of a company's name
        }
        int start = w.length;
        int names = 0;
        while (start > 0 && !w[start - 1].isEmpty() && (names < 2 && Character.isUpperCase(w[start - 1].charAt(0))
                || names > 0 && start > 1 && org.dateline.extract.actor.NameWords.joinsName(w[start - 1])
                && !w[start - 1].equals("of") && !w[start - 1].equals("for"))) {
            names += Character.isUpperCase(w[start - 1].charAt(0)) ? 1 : 0; // "Ursula von der Leyen"
            start--;
        }
        return start == w.length ? who.strip() : String.join(" ", java.util.Arrays.copyOfRange(w, start, w.length));
    }

    /** At most about {@link #MAX_WORDS} words, cut before a phrase-opening word or at a comma when it can. */
    private String cut(String s) {
        String[] w = s.split("\\s+");
        if (w.length <= MAX_WORDS + SLACK) {
            return s; // the clause's own end is the best boundary
        }
        int end = MAX_WORDS;
        for (int i = MAX_WORDS; i >= 4; i--) {
            if (w[i - 1].endsWith(",") || w[i - 1].endsWith(";")) {
                // inside a list ("the United States, Britain, France"), cut before its second item
                int k = i - 1;
                for (boolean more = true; more; ) {
                    more = false;
                    for (int j = k - 1; j >= Math.max(3, k - 3); j--) {
                        if (w[j].endsWith(",")) {
                            k = j;
                            more = true;
                            break;
                        }
                    }
                }
                return String.join(" ", java.util.Arrays.copyOf(w, k + 1));
            }
        }
        // a phrase boundary a little past the limit beats a cut in mid-phrase
        for (int i = Math.min(MAX_WORDS + SLACK, w.length - 1); i >= 4; i--) {
            String word = w[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (breaks.contains(word)) {
                end = i;
                break;
            }
            if (w[i - 1].endsWith(",") || w[i - 1].endsWith(";")) {
                end = i;
                break;
            }
        }
        if (end - 2 >= 4 && CONJUNCTIONS.contains(w[end - 2].toLowerCase(Locale.ROOT))) {
            end -= 2; // "stood at the Gate and called | on Gorbachev to...": a lone verb after "and" says nothing
        }
        return String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or");

    /** A title does not end on "of the new" or "for": drop the function words a cut left dangling. */
    private String dropDangling(String s) {
        String[] w = s.split("\\s+");
        int end = w.length;
        while (end > 2 && dangling.contains(w[end - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))
                && !endsPhrasalVerb(w, end)) {
            end--;
        }
        return end == w.length ? s : String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    /** "Streiff took over", "the minister stepped down": a particle right after its verb is no dangling preposition. */
    private boolean endsPhrasalVerb(String[] w, int end) {
        String particle = w[end - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String verb = w[end - 2].toLowerCase(Locale.ROOT);
        return particles.contains(particle) && (particleVerbs.contains(verb) || verb.matches("\\p{Ll}{2,}ed"));
    }

    private static String clean(String s) {
        s = s.replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^[,;:.—–\\-\\s]+", "");
        s = s.replaceFirst("[,;:.—–\\-\\s]+$", "");
        // an opening quote whose closing one was cut off
        if (count(s, '“') > count(s, '”')) {
            s = s + "”";
        }
        if (count(s, '"') % 2 == 1) {
            s = s.endsWith("\"") ? s.substring(0, s.length() - 1) : s + "\"";
        }
        if (count(s, '(') > count(s, ')')) {
            s = s + ")";
        }
        return s.strip();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
