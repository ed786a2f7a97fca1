// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.Extractor.ArticleResult;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.PublishedSource;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/** Hand-built timelines, so the app's tests do not depend on how well the extractor does. */
final class Fixtures {
    static final String FILLER = "This sentence is filler to make the article long enough to scroll. ".repeat(6) + "\n\n";

    static final String TEXT_A = "Treaty signed\n\nParis, 3 July 2025.\n\n"
            + "France and Germany signed a border treaty on 1 July 2025 after long talks.\n\n"
            + FILLER.repeat(3)
            + "Germany reported strong growth in March 2024, the ministry said.\n\n" + FILLER;
    static final String TEXT_B = "Elections ahead\n\nTokyo, 4 July 2025.\n\n"
            + "Japan held early elections in about 2023, officials recalled.\n\n"
            + FILLER.repeat(12)
            + "The treaty between France and Germany was signed on 1 July 2025, Japan noted.\n\n"
            + FILLER.repeat(2)
            + "Brazil and Japan opened a trade office on 10 May 2020 in Brasilia.\n\n" + FILLER;

    static final Article A = article("news/a.txt", TEXT_A, "Treaty signed", LocalDate.of(2025, 7, 3));
    static final Article B = article("news/b.txt", TEXT_B, "Elections ahead", LocalDate.of(2025, 7, 4));

    static final Actor FRANCE = new Actor("France", ActorKind.COUNTRY, Set.of("French"));
    static final Actor GERMANY = new Actor("Germany", ActorKind.COUNTRY, Set.of());
    static final Actor JAPAN = new Actor("Japan", ActorKind.COUNTRY, Set.of());
    static final Actor BRAZIL = new Actor("Brazil", ActorKind.COUNTRY, Set.of());

    static final Event TREATY = new Event("e1", DateSpan.parse("2025-07-01").orElseThrow(),
            "France and Germany signed a border treaty", List.of("France", "Germany"),
            List.of(source(A, "France and Germany signed a border treaty on 1 July 2025 after long talks.", "1 July 2025", "2025-07-01"),
                    source(B, "The treaty between France and Germany was signed on 1 July 2025, Japan noted.", "1 July 2025", "2025-07-01")));
    static final Event GROWTH = new Event("e2", DateSpan.parse("2024-03").orElseThrow(),
            "Germany reported strong growth", List.of("Germany"),
            List.of(source(A, "Germany reported strong growth in March 2024, the ministry said.", "March 2024", "2024-03")));
    static final Event ELECTIONS = new Event("e3", DateSpan.parse("2023", true).orElseThrow(),
            "Japan held early elections", List.of("Japan"),
            List.of(source(B, "Japan held early elections in about 2023, officials recalled.", "about 2023", "2023")));
    static final Event OFFICE = new Event("e4", DateSpan.parse("2020-05-10").orElseThrow(),
            "Brazil and Japan opened a trade office", List.of("Brazil", "Japan"),
            List.of(source(B, "Brazil and Japan opened a trade office on 10 May 2020 in Brasilia.", "10 May 2020", "2020-05-10")));

    static final List<Event> EVENTS = List.of(OFFICE, ELECTIONS, GROWTH, TREATY);

    private Fixtures() {
    }

    static Article article(String file, String text, String title, LocalDate published) {
        return new Article(file, Integer.toHexString(text.hashCode()), text, title, published, PublishedSource.TEXT,
                null, null, List.of(new Span(0, text.length())), List.of());
    }

    static Source source(Article a, String sentence, String timexText, String value) {
        int s = a.text().indexOf(sentence);
        if (s < 0) {
            throw new IllegalArgumentException(sentence);
        }
        int ts = a.text().indexOf(timexText, s);
        Timex t = new Timex(timexText, ts, ts + timexText.length(), TimexType.DATE, value, null,
                value.length() == 4 ? value : "XXXX" + value.substring(4), "test.rule", "publication date " + a.published());
        return new Source(new Passage(a, s, s + sentence.length()), t);
    }

    static Timeline timeline() {
        return new Timeline(List.of(A, B), List.of(FRANCE, GERMANY, JAPAN, BRAZIL), EVENTS, Map.of());
    }

    /** The workspace state of the fixture timeline, with one result per article (events filed under their first source). */
    static Workspace.State state() {
        List<ArticleResult> results = new ArrayList<>();
        results.add(new ArticleResult(A, List.of(), List.of(TREATY, GROWTH), List.of(FRANCE, GERMANY)));
        results.add(new ArticleResult(B, List.of(), List.of(ELECTIONS, OFFICE), List.of(JAPAN, BRAZIL)));
        return new Workspace.State(results, timeline(), Map.of(), Map.of(), TimelineFilter.NONE);
    }
}
