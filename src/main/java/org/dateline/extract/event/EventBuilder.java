// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.actor.ActorMention;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * Turns the dated statements of one article into events: one event per calendar date expression of the
 * body, sourced by the clause that holds it. Durations give an event only when anchored ("four years after
 * X"); generic references (PRESENT_REF...), unresolved values and sentences that are nothing but a date
 * (the date line) give none. Thread-safe.
 */
public final class EventBuilder {
    private static final System.Logger LOG = System.getLogger(EventBuilder.class.getName());
    /** A sentence with fewer words than this beside its dates is a date line, not a statement. */
    private static final int MIN_STATEMENT_WORDS = 3;
    /** A fronted phrase ("Since the US withdrawal...") titles its date when it has this many content words. */
    private static final int MIN_FRONTED_WORDS = 4;
    /** How many words after an anchored duration's phrase may go before the present tense shows. */
    private static final int PRESENT_WINDOW = 6;
    /** Page metadata lines are short: at most this many words beside their dates. */
    private static final int MAX_METADATA_WORDS = 6;

    private final SentenceSplitter sentences;
    private final ClauseSplitter clauses;
    private final TitleMaker titles;
    private final EmbeddedTitles embedded;
    private final Coordination coordination = new Coordination();
    private final Set<String> frontOpeners;
    private final Set<String> presentMarkers = WordList.load("present-markers.txt").asSet();
    private final Set<String> metadataCues = WordList.load("metadata-cues.txt").asSet();

    public EventBuilder() {
        this.sentences = new SentenceSplitter();
        this.clauses = new ClauseSplitter();
        this.titles = new TitleMaker();
        this.embedded = new EmbeddedTitles(titles, coordination);
        Set<String> f = new HashSet<>(WordList.load("leading-connectives.txt").asSet());
        f.addAll(WordList.load("date-prepositions.txt").asSet());
        f.add("according");
        f.remove("the"); // "The shutdown lasted 35 days, from ...": a subject, not a fronted phrase
        this.frontOpeners = f;
    }

    public List<Event> build(Article article, List<Timex> timexes, List<ActorMention> mentions) {
        String text = article.text();
        List<Event> out = new ArrayList<>();
        List<Timex> sorted = new ArrayList<>(timexes);
        sorted.sort(java.util.Comparator.comparingInt(Timex::start));
        int from = 0; // timexes before this index start before the current sentence: one pass over both lists
        List<Span> bodies = new ArrayList<>(article.body());
        bodies.sort(java.util.Comparator.comparingInt(Span::start));
        List<ActorMention> byStart = new ArrayList<>(mentions);
        byStart.sort(java.util.Comparator.comparingInt(ActorMention::start));
        for (Span body : bodies) {
            int end = Math.min(body.end(), text.length());
            for (Span sentence : sentences.split(text, body.start(), end)) {
                while (from < sorted.size() && sorted.get(from).start() < sentence.start()) {
                    from++;
                }
                List<Timex> inSentence = new ArrayList<>();
                // sentences lie in the body, so every timex taken here is body text
                for (int i = from; i < sorted.size() && sorted.get(i).start() < sentence.end(); i++) {
                    if (sorted.get(i).end() <= sentence.end()) {
                        inSentence.add(sorted.get(i));
                    }
                }
                if (!inSentence.isEmpty()) {
                    statements(article, sentence, inSentence, byStart, out);
                }
            }
        }
        LOG.log(System.Logger.Level.DEBUG, "{0}: {1} events from {2} timexes", article.file(), out.size(), timexes.size());
        return out;
    }

    private void statements(Article article, Span sentence, List<Timex> ts, List<ActorMention> mentions,
                            List<Event> out) {
        String text = article.text();
        List<Span> dateSpans = ts.stream().map(Timex::span).toList();
        if (wordsOutside(text, sentence, dateSpans) < MIN_STATEMENT_WORDS || isMetadataLine(text, sentence, dateSpans)) {
            return;
        }
        List<Span> clauseSpans = clauses.split(text, sentence, dateSpans);
        Set<String> seen = new HashSet<>();
        for (Timex t : ts) {
            if (ts.stream().anyMatch(o -> o != t && o.span().covers(t.span()) && o.span().length() > t.span().length()
                    && dateOf(o).isPresent())) {
                continue; // "2024" inside "the first quarter of 2024": the longer expression tells the date
            }
            if (isComparisonAnchor(text, sentence, t)) {
                continue; // "the lowest level since 1969" measures the statement against 1969; nothing happened then
            }
            if (isSetAside(text, sentence, t)) {
                continue; // "instead of the planned date of April 2007": a date that no longer holds
            }
            Span found = clauseSpans.stream().filter(c -> c.contains(t.start())).findFirst().orElse(sentence);
            // a clause trimmed of its final comma still covers a date expression that took the comma in
            Span clause = new Span(Math.min(found.start(), t.start()), Math.max(found.end(), t.end()));
            Optional<DateSpan> date = dateOf(t);
            Span titleRegion;
            boolean anchored = false;
            if (date.isPresent()) {
                titleRegion = titleRegion(text, clause, t, ts);
            } else if (t.type() == TimexType.DURATION) {
                date = AnchoredDuration.date(t, text, clause.end(), article.published());
                if (date.isEmpty()) {
                    continue;
                }
                anchored = true;
                int from = AnchoredDuration.anchorStart(t, text, clause.end());
                titleRegion = new Span(from, endOfPhrase(text, from, clause.end()));
                Span anchor = titleRegion;
                boolean datedAnchor = ts.stream().anyMatch(x -> anchor.covers(x.span()) && dateOf(x).isPresent());
                if (datedAnchor || !speaksOfNow(text, titleRegion.end(), sentence.end())) {
                    continue; // "three months after the March 2022 accreditation", "two years after..., it fell"
                }
            } else {
                continue;
            }
            String day = date.get().value().contains("T")
                    ? date.get().value().substring(0, date.get().value().indexOf('T')) : date.get().value();
            if (!seen.add(clause.start() + "|" + day)) {
                continue; // two expressions of one day in one clause ("Monday, July 3", "at 21:45 on Monday")
            }
            List<Span> datedSpans = ts.stream().filter(x -> dateOf(x).isPresent()).map(Timex::span).toList();
            // "founded in 1976 and went public in 1980": the other date's conjunct leaves this date's title
            List<Span> cuts = new ArrayList<>(datedSpans);
            cuts.addAll(coordination.otherConjuncts(text, clause, t.span(), datedSpans));
            String title = titles.title(text, titleRegion, cuts, titles.datesTheSaying(text, clause, t));
            if (!anchored) {
                title = embedded.participialAsideTitle(text, clause, t, cuts).orElse(title);
                title = embedded.relativeTitle(text, sentence, withPreviousClause(clauseSpans, clause, sentence).start(), clause, t,
                        cuts, EmbeddedTitles.dangles(title)).orElse(title);
                title = embedded.subordinateTitle(text, clause, t, cuts).orElse(title);
                int next = clauseSpans.indexOf(found) + 1;
                if (comparedAndToldAfter(text, sentence, t) && next > 0
                        && next < clauseSpans.size()) {
                    // "the deadliest since 1960, when a tremor destroyed Agadir": the clause after tells what happened
                    title = titles.title(text, clauseSpans.get(next), cuts);
                }
            }
            if (!anchored && !titles.saysEnough(title)) {
                // a bare relative clause ("which ended December 30") or a subjectless one: the sentence says it
                title = titles.title(text, withPreviousClause(clauseSpans, clause, sentence), cuts);
                if (!titles.saysEnough(title)) {
                    title = titles.title(text, titleRegion, List.of()); // the date is the subject: "that day has come"
                }
            }
            if (title.isBlank()) {
                title = text.substring(clause.start(), clause.end());
            }
            Source source = new Source(new Passage(article, clause.start(), clause.end()), t);
            List<String> actors = actorsIn(clause, mentions);
            if (actors.isEmpty()) {
                actors = inheritedActors(text, sentence, clause, clauseSpans, mentions, datedSpans);
            }
            title = SecondPredicates.withSentenceSubject(text, sentence, clause, title, mentions);
            Optional<ActorMention> he = Pronouns.subjectAntecedent(text, title, clause.start(), clause.end(), mentions);
            if (he.isPresent()) {
                // "He fought cancer in 2004": the user reads who, so the title and the actors name him
                title = Pronouns.named(title, he.get().actor().name());
                if (!actors.contains(he.get().actor().name())) {
                    List<String> withHim = new ArrayList<>();
                    withHim.add(he.get().actor().name());
                    withHim.addAll(actors);
                    actors = List.copyOf(withHim);
                }
            }
            out.add(new Event(EventIds.of(date.get(), title, source), date.get(), title, actors, List.of(source)));
        }
    }

    /** The calendar date a DATE or TIME expression names, approximate when its mod or value says so. */
    static Optional<DateSpan> dateOf(Timex t) {
        if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
            return Optional.empty();
        }
        boolean approx = "APPROX".equals(t.mod()) || (t.value() != null && t.value().contains("X"));
        return DateSpan.parse(t.value(), approx).map(d -> approx && !d.approximate() ? d.withApproximate(true) : d);
    }

    /**
     * The part of the clause the title comes from. A fronted phrase ("Since the US withdrawal in August 2021,
     * ...") titles its own date when it says enough; otherwise the main clause after it does.
     */
    private Span titleRegion(String text, Span clause, Timex t, List<Timex> timexes) {
        int comma = -1;
        for (int i = clause.start(); i < clause.end(); i++) {
            if (isCommaPause(text, i) && !t.span().contains(i)) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return clause;
        }
        String first = firstWord(text, clause.start(), comma);
        // "Five years after its launch, ...": a head that opens with a date expression is adverbial too
        final int headEnd = comma;
        final int opening = clause.start() + Math.min(comma - clause.start(), 16);
        boolean adverbial = frontOpeners.contains(first) || timexes.stream()
                .anyMatch(x -> x.start() >= clause.start() && x.start() < opening && x.end() <= headEnd);
        if (!adverbial) {
            return clause;
        }
        Span head = new Span(clause.start(), comma);
        Span tail = new Span(comma + 1, clause.end());
        if (t.start() >= comma || "according".equals(first)) {
            return ClauseSplitter.words(text, tail) >= 2 ? tail : clause;
        }
        int said = titles.contentWords(text.substring(head.start(), t.start()) + text.substring(t.end(), head.end()));
        boolean clauseOfItsOwn = said >= 2 && coordination.hasVerb(text, head.start(), head.end());
        if (clauseOfItsOwn || ClauseSplitter.words(text, tail) < 2) {
            return head; // "In 1998 Apple introduced the iMac, in 2001 the iPod...", but not "As 2025 ended, ..."
        }
        if (SCENE.contains(first)) {
            // "At this year's developers conference, Jobs unveiled iPhone 4": the scene is where the statement happens
            return tail;
        }
        return said >= MIN_FRONTED_WORDS ? head : tail;
    }

    /** Prepositions of a fronted phrase that sets the scene of the statement after it, not an event before it. */
    private static final Set<String> SCENE = Set.of("at", "during", "in", "on", "throughout", "within");

    /** "Last modified on 25 July 2025 10.00 BST": a short line naming when the page was made. */
    private boolean isMetadataLine(String text, Span sentence, List<Span> dates) {
        if (wordsOutside(text, sentence, dates) > MAX_METADATA_WORDS) {
            return false;
        }
        for (String w : text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (metadataCues.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first words after {@code from} put the clause in the present ("countries have engaged"). */
    private boolean speaksOfNow(String text, int from, int to) {
        String[] words = text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int seen = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (presentMarkers.contains(w)) {
                return true;
            }
            if (++seen >= PRESENT_WINDOW) {
                return false;
            }
        }
        return false;
    }

    /** The clause with the one before it: what "which ended December 30" says something about. */
    private static Span withPreviousClause(List<Span> clauses, Span clause, Span sentence) {
        int i = clauses.indexOf(clause);
        return i > 0 ? new Span(clauses.get(i - 1).start(), clause.end()) : sentence;
    }

    private static String firstWord(String text, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int s = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(s, i).toLowerCase(Locale.ROOT);
    }

    /**
     * True when the date only anchors a comparison: "..., the first since 2021", "fell to its lowest level since 1969",
     * "its worst fall since the attacks in 2001" (but "since it bought LinkedIn in 2016" tells a statement),
     * "a level not seen since 2008"; or the baseline a figure is measured against: "fell 16% from a year earlier",
     * "compared with the same period last year".
     */
    private static boolean isComparisonAnchor(String text, Span sentence, Timex t) {
        String before = leadIn(text, sentence, t);
        return COMPARISON.matcher(before).find() && !toldAfter(text, sentence, t) || FIGURE_BASELINE.matcher(before).find()
                || BASELINE_LEAD.matcher(before).find() && BASELINE.matcher(t.text()).matches()
                || SAME_PERIOD.matcher(t.text()).matches();
    }

    /**
     * "down from 75 percent in 2020", "from a record 302,000 in December": the figure a statement's figure is measured
     * against, with the date of that figure.
     */
    private static final java.util.regex.Pattern FIGURE_BASELINE = java.util.regex.Pattern.compile(
            "\\b(?:from|than|compared\\s+(?:with|to)|versus|vs\\.?)\\s+(?:(?:a|an|the)\\s+)?"
                    + "(?:(?:record|high|low|peak|revised|year-earlier)\\s+)*(?:of\\s+)?"
                    + "(?:(?:about|around|nearly|almost|roughly|some|just|over|under|(?:more|less)\\s+than)\\s+)?"
                    // a figure, not a year: "from 1997 until his death in 2004" is a span of time
                    + "(?!(?:1[5-9]|20)\\d\\d\\b(?!\\s*(?:%|percent)))[$€£¥]?\\d[\\d.,]*\\s*"
                    + "(?:%|percent|per\\s+cent|points?|million|billion|trillion|bn|mn)?"
                    + "(?:\\s+(?!(?:until|till|to|through)\\b)[\\p{L}-]+){0,3}?\\s+(?:in|on|at|during|for)\\s+(?:the\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "the deadliest since 1960, when a tremor destroyed Agadir": a comparison's date that is told of after it. */
    private static boolean toldAfter(String text, Span sentence, Timex t) {
        return WHEN_AFTER.matcher(text).region(t.end(), sentence.end()).lookingAt();
    }

    private static boolean comparedAndToldAfter(String text, Span sentence, Timex t) {
        return toldAfter(text, sentence, t) && COMPARISON.matcher(leadIn(text, sentence, t)).find();
    }

    /** ", when a tremor destroyed Agadir": a clause after a date that tells what happened then. */
    private static final java.util.regex.Pattern WHEN_AFTER = java.util.regex.Pattern.compile("\\s*,\\s*when\\s+\\p{L}");

    /** "the same period of the last year", "the same quarter a year earlier": a baseline by its own words. */
    private static final java.util.regex.Pattern SAME_PERIOD = java.util.regex.Pattern.compile(
            "(?:the\\s+)?same\\s+(?:period|quarter|month|week|time)\\s+.*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The words before the date back to the comma or semicolon that opens its stretch of the sentence. */
    private static String leadIn(String text, Span sentence, Timex t) {
        int from = t.start();
        while (from > sentence.start() && !isCommaPause(text, from - 1) && text.charAt(from - 1) != ';') {
            from--;
        }
        return text.substring(from, t.start());
    }

    /** True when the date is one the statement sets aside: "instead of April 2007", "rather than in May". */
    private static boolean isSetAside(String text, Span sentence, Timex t) {
        return SET_ASIDE.matcher(leadIn(text, sentence, t)).find();
    }

    private static final java.util.regex.Pattern SET_ASIDE = java.util.regex.Pattern.compile(
            "\\b(?:instead\\s+of|rather\\s+than|in\\s+place\\s+of)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern BASELINE_LEAD = java.util.regex.Pattern.compile(
            "(?:\\b(?:compared\\s+(?:with|to)|from|than|versus|vs\\.?|against)\\b[^,;]{0,60}|\\b(?:over|on)\\s+(?:the\\s+)?"
                    + "|\\bsame\\s+(?:period|quarter|month|week|time)\\s+(?:of\\s+|in\\s+)?)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A date told only as "the one before": a year earlier, last year, the previous quarter. */
    private static final java.util.regex.Pattern BASELINE = java.util.regex.Pattern.compile(
            "(?:(?:a|one)\\s+(?:year|quarter|month|week)\\s+(?:earlier|ago|before|previously)"
                    + "|(?:the\\s+)?(?:previous|prior|preceding|last|year-earlier|year-ago)\\s+(?:year|quarter|month|week|period)"
                    + "|(?:the\\s+)?year\\s+(?:before|earlier)|(?:the\\s+)?same\\s+(?:period|quarter|month)\\s+(?:a\\s+year\\s+(?:earlier|ago)|last\\s+year))",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern.compile(
            "(?:\\b(?:the|its|their|his|her|a|an)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,5}?"
                    + "(?:first|last|only|\\p{L}{2,}est|most|least|worst|best)\\b.*|\\bnot\\s+(?:been\\s+)?seen\\s+)"
                    + "\\bsince\\s+(?:the\\s+(?:[^,;]{0,40}\\s)?)?$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A comma that marks a pause, not the thousands comma of "150,000". */
    static boolean isCommaPause(String text, int i) {
        return text.charAt(i) == ',' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                && i > 0 && Character.isDigit(text.charAt(i - 1)));
    }

    private static int endOfPhrase(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return limit;
    }

    private static int wordsOutside(String text, Span region, List<Span> skip) {
        int n = 0;
        boolean in = false;
        for (int i = region.start(); i < region.end(); i++) {
            boolean w = Character.isLetter(text.charAt(i)) && !covered(i, skip);
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static boolean covered(int offset, List<Span> spans) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors of a clause that names none itself. A second predicate ("..., and launched the store in 2003")
     * has the sentence's subject; a participial or relative clause acts through what the sentence named before
     * it, never through the names of a later clause; the opening clause takes the sentence's names.
     */
    private static List<String> inheritedActors(String text, Span sentence, Span clause, List<Span> clauses,
                                                List<ActorMention> mentions, List<Span> dated) {
        if (clause.start() <= sentence.start()) {
            // "The Senate votes on Thursday, and Joe Biden will sign it": a joined clause with its own subject
            // is a statement of its own, and its names stay there; so is a later clause with a date of its own
            // ("..., two years after the overthrow of Omar al-Bashir in April 2019")
            int end = sentence.end();
            for (Span c : clauses) {
                if (c.start() > clause.start() && (OWN_SUBJECT.matcher(text).region(c.start(), c.end()).lookingAt()
                        || dated.stream().anyMatch(c::covers))) {
                    end = c.start();
                    break;
                }
            }
            return actorsIn(new Span(sentence.start(), end), mentions);
        }
        Span before = new Span(sentence.start(), clause.start());
        if (SECOND_PREDICATE.matcher(text.substring(clause.start(), clause.end())).lookingAt()) {
            List<ActorMention> named = mentions.stream()
                    .filter(m -> before.covers(new Span(m.start(), m.end())) && m.actor().kind() != ActorKind.OUTLET)
                    .toList();
            if (!named.isEmpty()) {
                Set<String> subject = new LinkedHashSet<>();
                subject.add(named.get(0).actor().name());
                // "Apple and ABC have agreed...": names joined to the first one share the subject
                for (int i = 1; i < named.size()
                        && JOINT.matcher(text.substring(named.get(i - 1).end(), named.get(i).start())).matches(); i++) {
                    subject.add(named.get(i).actor().name());
                }
                return List.copyOf(subject);
            }
        }
        return actorsIn(before, mentions);
    }

    /** A clause joined by a conjunction that names its own subject: "and President Joe Biden has said". */
    private static final java.util.regex.Pattern OWN_SUBJECT = java.util.regex.Pattern.compile(
            "[\\s,;]*(?:and|but|or|yet|while|whereas)\\s+(?:\\p{Lu}|(?:the|a|an|its|their|he|she|they|it)\\b)");

    /** A clause that opens with a conjunction and a verb: "and launched", "but later sold". */
    private static final java.util.regex.Pattern SECOND_PREDICATE = java.util.regex.Pattern.compile(
            "[\\s,;]*(?:and|but|or|then)\\s+(?:\\p{Ll}+ly\\s+|later\\s+|also\\s+|then\\s+)?\\p{Ll}+ed\\b");
    private static final java.util.regex.Pattern JOINT = java.util.regex.Pattern.compile("\\s*(?:,|and|or|&)\\s*(?:and\\s+)?");

    /** Canonical names of the actors named in {@code region}; {@code mentions} sorted by start. */
    private static List<String> actorsIn(Span region, List<ActorMention> mentions) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) { // first mention starting at or after the region
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < region.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).start() < region.end(); i++) {
            ActorMention m = mentions.get(i);
            // an outlet reports the statement ("Reuters", "Khaama Press reported"); it does not act in it
            if (m.end() <= region.end() && m.actor().kind() != ActorKind.OUTLET) {
                names.add(m.actor().name());
            }
        }
        return List.copyOf(names);
    }
}
