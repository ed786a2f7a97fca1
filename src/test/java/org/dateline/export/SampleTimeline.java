// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * A hand-made timeline for export and project tests, so they check the writers and not the extractor. It holds the
 * awkward cases: several precisions, an approximate date, an event told by two articles, non-ASCII text, commas,
 * quotes and a line break in a passage, HTML in a passage, and a title a spreadsheet would run as a formula.
 */
public final class SampleTimeline {
    public static final String TEXT_A = "Apple unveils iPhone\n\nOn 9 January 2007, Apple's CEO Steve Jobs unveiled "
            + "the iPhone\nin San Francisco. \"It's a revolution\", he said, <b>loudly</b>.\n"
            + "Sales would start in June 2007. Analysts expect growth in Q3 2008, roughly.";
    public static final String TEXT_B = "Nokia responds — café talk\n\nNokia said on 10 January 2007 that Apple "
            + "unveiled the iPhone a day earlier.\n=HYPERLINK(\"http://evil\") was in 2007.\nIn summer 2009 talks began.";

    private SampleTimeline() {
    }

    public static Article articleA() {
        return new Article("news/a.txt", "aa11", TEXT_A, "Apple unveils iPhone", LocalDate.of(2007, 1, 9),
                PublishedSource.TEXT, "Jane Doe", "Wikinews", List.of(new Span(22, TEXT_A.length())), List.of());
    }

    public static Article articleB() {
        return new Article("news/b.md", "bb22", TEXT_B, "Nokia responds — café talk", LocalDate.of(2007, 1, 10),
                PublishedSource.USER, null, null, List.of(new Span(28, TEXT_B.length())),
                List.of("decoded as windows-1252"));
    }

    public static Timeline build() {
        Article a = articleA();
        Article b = articleB();
        Timex jan9 = timex(a, "9 January 2007", "2007-01-09", "2007-01-09", null);
        Timex june = timex(a, "June 2007", "2007-06", "XXXX-06", "publication date 2007-01-09");
        Timex q3 = timex(a, "Q3 2008", "2008-Q3", "2008-Q3", null);
        Timex jan10 = timex(b, "10 January 2007", "2007-01-10", "2007-01-10", null);
        Timex y2007 = timex(b, "2007", "2007", "2007", null);
        Timex summer = timex(b, "summer 2009", "2009-SU", "2009-SU", null);

        Event unveil = new Event("e1", DateSpan.parse("2007-01-09").orElseThrow(), "Apple unveils the iPhone",
                List.of("Apple", "Steve Jobs"),
                List.of(new Source(passage(a, "On 9 January", "said, <b>loudly</b>."), jan9),
                        new Source(passage(b, "Nokia said", "a day earlier."), jan10)));
        Event sales = new Event("e2", DateSpan.parse("2007-06").orElseThrow(), "Sales start", List.of("Apple"),
                List.of(new Source(passage(a, "Sales would", "June 2007."), june)));
        Event growth = new Event("e3", DateSpan.parse("2008-Q3", true).orElseThrow(), "Analysts expect growth",
                List.of(), List.of(new Source(passage(a, "Analysts", "roughly."), q3)));
        Event formula = new Event("e4", DateSpan.parse("2007").orElseThrow(), "=HYPERLINK(\"http://evil\")",
                List.of("Nokia"), List.of(new Source(passage(b, "=HYPERLINK", "in 2007."), y2007)));
        Event talks = new Event("e5", DateSpan.parse("2009-SU").orElseThrow(), "Talks begin, café-side",
                List.of("Nokia", "Apple"), List.of(new Source(passage(b, "In summer", "began."), summer)));

        List<Actor> actors = List.of(
                new Actor("Apple", ActorKind.ORGANIZATION, Set.of("Apple Inc.", "Apple")),
                new Actor("Steve Jobs", ActorKind.PERSON, Set.of("Jobs")),
                new Actor("Nokia", ActorKind.ORGANIZATION, Set.of()));
        return new Timeline(List.of(a, b), actors, List.of(unveil, sales, growth, formula, talks),
                Map.of(a.file(), List.of(jan9, june, q3), b.file(), List.of(jan10, y2007, summer)));
    }

    private static Timex timex(Article a, String text, String value, String unresolved, String anchor) {
        int start = a.text().indexOf(text);
        if (start < 0) {
            throw new IllegalStateException(text);
        }
        return new Timex(text, start, start + text.length(), TimexType.DATE, value, null, unresolved, "test-rule",
                anchor);
    }

    private static Passage passage(Article a, String from, String to) {
        int start = a.text().indexOf(from);
        int end = a.text().indexOf(to, start) + to.length();
        if (start < 0 || end < start) {
            throw new IllegalStateException(from);
        }
        return new Passage(a, start, end);
    }
}
