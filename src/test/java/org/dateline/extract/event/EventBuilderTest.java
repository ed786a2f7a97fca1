// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Precision;
import org.dateline.model.Span;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class EventBuilderTest {
    private final EventBuilder builder = new EventBuilder();

    @Test
    void twoDatedClausesOfOneSentenceGiveTwoEvents() {
        Article a = Fixtures.article("a.txt", "This gradual normalization continued with Moscow revoking its terrorist "
                + "designation of the Taliban in April 2025, paving the way for official recognition earlier this month.",
                LocalDate.of(2025, 7, 25));
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "April 2025", "2025-04"),
                Fixtures.date(a, "earlier this month", "2025-07")), Fixtures.mentions(a, Fixtures.seedActors()));

        assertThat(events).extracting(e -> e.date().value()).containsExactly("2025-04", "2025-07");
        assertThat(events.get(0).title()).isEqualTo("Moscow revoking its terrorist designation of the Taliban");
        assertThat(events.get(0).sources().get(0).passage().text()).endsWith("of the Taliban in April 2025");
        assertThat(events.get(1).sources().get(0).passage().text())
                .isEqualTo("paving the way for official recognition earlier this month.");
        assertThat(events.get(1).title()).isEqualTo("Paving the way for official recognition");
        assertThat(events.get(1).actors()).as("the participle acts through the sentence's subject")
                .containsExactly("Russia", "Taliban");
        assertThat(events.get(1).sources().get(0).timex().text()).isEqualTo("earlier this month");
    }

    @Test
    void dateLineAndUndatedSentencesGiveNoEvent() {
        Article a = Fixtures.article("a.txt", "25 July 2025\n\nRussia recognised the Taliban. Many countries objected.",
                LocalDate.of(2025, 7, 25));
        assertThat(builder.build(a, List.of(Fixtures.date(a, "25 July 2025", "2025-07-25")), List.of())).isEmpty();
    }

    @Test
    void pageMetadataLinesGiveNoEvent() {
        Article a = Fixtures.article("a.txt", "Last modified on Fri 25 Jul 2025 10.00 BST\n\nThe envoy was updated on "
                + "the talks on July 3, 2025 by the ministry.", LocalDate.of(2025, 7, 25));
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "Fri 25 Jul 2025 10.00", "2025-07-25T10:00"),
                Fixtures.date(a, "July 3, 2025", "2025-07-03")), List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("2025-07-03");
    }

    @Test
    void onlyBodyTextGivesEvents() {
        String text = "Russia recognised the Taliban in July 2025\n\nThe talks resumed in May 2025 in Doha.";
        Article a = new Article("a.txt", "0", text, null, null, null, null, null,
                List.of(new Span(text.indexOf("The talks"), text.length())), List.of());
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "July 2025", "2025-07"),
                Fixtures.date(a, "May 2025", "2025-05")), List.of());
        assertThat(events).extracting(Event::title).containsExactly("The talks resumed in Doha");
    }

    @Test
    void anchoredDurationGivesAnApproximateEvent() {
        Article a = Fixtures.article("a.txt", "Nearly four years after the Taliban reconquered Afghanistan, numerous "
                + "countries have engaged with the Islamic Emirate.", LocalDate.of(2025, 7, 25));
        List<Event> events = builder.build(a, List.of(Fixtures.timex(a, "Nearly four years", 0, TimexType.DURATION,
                "P4Y", "APPROX")), List.of());
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.date().value()).isEqualTo("2021");
        assertThat(e.date().approximate()).isTrue();
        assertThat(e.title()).isEqualTo("The Taliban reconquered Afghanistan");
    }

    @Test
    void plainDurationsSetsAndGenericReferencesGiveNoEvent() {
        Article a = Fixtures.article("a.txt", "The talks lasted four years. They meet every week. Prices are high now.",
                LocalDate.of(2025, 7, 25));
        assertThat(builder.build(a, List.of(
                Fixtures.timex(a, "four years", 0, TimexType.DURATION, "P4Y", null),
                Fixtures.timex(a, "every week", 0, TimexType.SET, "P1W", null),
                Fixtures.timex(a, "now", 0, TimexType.DATE, "PRESENT_REF", null)), List.of())).isEmpty();
    }

    @Test
    void approximateModAndFuzzyValuesMarkTheDateApproximate() {
        Article a = Fixtures.article("a.txt", "The company was founded around 1976 by two friends. It grew in the 1990s "
                + "across the world.", null);
        List<Event> events = builder.build(a, List.of(
                Fixtures.timex(a, "around 1976", 0, TimexType.DATE, "1976", "APPROX"),
                Fixtures.timex(a, "the 1990s", 0, TimexType.DATE, "199X", null)), List.of());
        assertThat(events).extracting(e -> e.date().approximate()).containsExactly(true, true);
        assertThat(events.get(1).date().precision()).isEqualTo(Precision.DECADE);
    }

    @Test
    void seedArticlesGiveEveryDatedStatement() throws Exception {
        Article a = Fixtures.seed(Fixtures.SEED_2025, null);
        List<Event> events = builder.build(a, Fixtures.seed2025Timexes(a), Fixtures.mentions(a, Fixtures.seedActors()));
        assertThat(events).extracting(Event::title).contains(
                "Moscow recognised the Taliban administration",
                "Afghanistan continued to face a political stalemate",
                "Haqqani publicly criticised governance based on fear");
        Event july = events.stream().filter(e -> e.date().value().equals("2025-07")).findFirst().orElseThrow();
        assertThat(july.actors()).containsExactly("Russia", "Taliban");
    }

    @Test
    void idsAreStableAcrossRuns() throws Exception {
        Article a = Fixtures.seed(Fixtures.SEED_RUSSIA, LocalDate.of(2025, 7, 25));
        Map<String, String> actors = Fixtures.seedActors();
        List<String> first = builder.build(a, Fixtures.seedRussiaTimexes(a), Fixtures.mentions(a, actors))
                .stream().map(Event::id).toList();
        List<String> second = new EventBuilder().build(a, Fixtures.seedRussiaTimexes(a), Fixtures.mentions(a, actors))
                .stream().map(Event::id).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void durationsCountedFromAPastEventOrADateGiveNoEvent() {
        Article a = Fixtures.article("a.txt", "Two years after the war began, the country collapsed. Three months after "
                + "the March 2022 accreditation, the envoy has taken over the mission.", LocalDate.of(2025, 7, 25));
        List<Event> events = builder.build(a, List.of(
                Fixtures.timex(a, "Two years", 0, TimexType.DURATION, "P2Y", null),
                Fixtures.timex(a, "Three months", 0, TimexType.DURATION, "P3M", null),
                Fixtures.date(a, "March 2022", "2022-03")), List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("2022-03");
    }

    @Test
    void anOutletThatReportsIsNotAnActorOfTheEvent() {
        Article a = Fixtures.article("a.txt", "Russia recognised the Taliban in July 2025, Khaama Press reported.", null);
        int k = a.text().indexOf("Khaama Press");
        List<org.dateline.extract.actor.ActorMention> mentions = new java.util.ArrayList<>(
                Fixtures.mentions(a, Fixtures.seedActors()));
        mentions.add(new org.dateline.extract.actor.ActorMention(k, k + 12, "Khaama Press",
                new org.dateline.model.Actor("Khaama Press", org.dateline.model.ActorKind.OUTLET, java.util.Set.of())));
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "July 2025", "2025-07")), mentions);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actors()).containsExactly("Russia", "Taliban");
            assertThat(e.title()).isEqualTo("Russia recognised the Taliban");
        });
    }

    @Test
    void aDateInsideALongerDateGivesNoEventOfItsOwn() {
        Article a = Fixtures.article("a.txt", "Revenue rose in the first quarter of 2024 at the company.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "the first quarter of 2024", "2024-Q1"),
                Fixtures.date(a, "2024", "2024")), List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("2024-Q1");
    }
    private static org.dateline.extract.actor.ActorMention mention(Article a, String surface, int nth, String name,
                                                                    org.dateline.model.ActorKind kind) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = a.text().indexOf(surface, at + 1);
        }
        return new org.dateline.extract.actor.ActorMention(at, at + surface.length(), surface,
                new org.dateline.model.Actor(name, kind, java.util.Set.of(surface)));
    }

    @Test
    void aSubjectPronounNamesThePersonNamedBeforeIt() {
        Article a = Fixtures.article("a.txt", "Maria Silva leads the union. She called a strike in May 2024. "
                + "It was the first in a decade.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "May 2024", "2024-05")),
                List.of(mention(a, "Maria Silva", 0, "Maria Silva", org.dateline.model.ActorKind.PERSON)));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Maria Silva called a strike");
            assertThat(e.actors()).containsExactly("Maria Silva");
        });
    }

    @Test
    void aPronounWithNoPersonNamedBeforeItStays() {
        Article a = Fixtures.article("a.txt", "He called a strike in May 2024, the union said.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "May 2024", "2024-05")), List.of());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("He called a strike");
            assertThat(e.actors()).isEmpty();
        });
    }

    @Test
    void aSecondPredicateActsThroughTheSentenceSubjectNotItsObject() {
        Article a = Fixtures.article("a.txt", "Acme was founded by Jane Roe in 1976, and launched its store in 2003.",
                null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "1976", "1976"), Fixtures.date(a, "2003", "2003")),
                List.of(mention(a, "Acme", 0, "Acme", org.dateline.model.ActorKind.ORGANIZATION),
                        mention(a, "Jane Roe", 0, "Jane Roe", org.dateline.model.ActorKind.PERSON)));
        assertThat(events).extracting(e -> e.date().value()).containsExactly("1976", "2003");
        assertThat(events.get(0).actors()).containsExactly("Acme", "Jane Roe");
        assertThat(events.get(1).actors()).containsExactly("Acme");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Unemployment fell to 3.4% in May 2023, the lowest level since 1969.",
            "The agency issued a red warning in May 2023, the first since 1969.",
            "Prices rose 9% in May 2023, a pace not seen since 1969.",
            "In May 2023, the index fell 3.9 percent to its lowest close since 1969.",
            "In May 2023, the index had its worst fall since the crash in 1969."})
    void aDateThatOnlyAnchorsAComparisonGivesNoEvent(String sentence) {
        Article a = Fixtures.article("a.txt", sentence, null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "May 2023", "2023-05"),
                Fixtures.date(a, "1969", "1969")), List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("2023-05");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Sales fell 16% in May 2023 from a year earlier.| a year earlier| 2022",
            "Profit rose in May 2023 compared with the same period last year.| the same period last year| 2022",
            "Output grew 3% in May 2023 on the previous month.| the previous month| 2023-04",
            "Net profit rose in May 2023 from a loss of 77.8 billion yen a year earlier.| a year earlier| 2022",
            "Profit doubled in May 2023, against $5 million during the same period of the last year.| the last year| 2022",
            "Profit doubled in May 2023, against $5 million reaped in the same period a year ago.| the same period a year ago| 2022",
            "Turnout was 72 percent in May 2023, down from 75 percent in 2020.| 2020| 2020",
            "Arrests fell to 189,000 in May 2023 from a record 302,000 in December.| December| 2022-12",
            "Exports rose to $4.1 billion in May 2023, compared with $3.2 billion in April.| April| 2023-04"})
    void theBaselineOfAFigureGivesNoEvent(String sentence, String baseline, String value) {
        Article a = Fixtures.article("a.txt", sentence, null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "May 2023", "2023-05"),
                Fixtures.date(a, baseline, value)), List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("2023-05");
    }

    @Test
    void aSecondPredicateTakesTheSubjectThatOpensTheSentence() {
        Article a = Fixtures.article("a.txt", "GM received $13.4 billion in federal loans in December, and must submit "
                + "a restructuring plan by February 17.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "December", "2008-12"),
                Fixtures.date(a, "February 17", "2009-02-17")), Fixtures.mentions(a, java.util.Map.of("GM", "General Motors")));
        assertThat(events).extracting(Event::title).containsExactly("GM received $13.4 billion in federal loans",
                "General Motors must submit a restructuring plan");
    }

    @Test
    void aComparisonAnchorGoesFromTheTitleWithTheNounItDates() {
        Article a = Fixtures.article("a.txt", "On Monday the index had its worst fall since the September 11 attacks "
                + "in 2001.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "Monday", "2008-01-21"),
                Fixtures.date(a, "September 11", "2001-09-11"), Fixtures.date(a, "2001", "2001")), List.of());
        assertThat(events).extracting(Event::title).containsExactly("The index had its worst fall");
    }

    @Test
    void aClockTimeAndItsDayInOneClauseTellOneStatement() {
        Article a = Fixtures.article("a.txt", "The truce takes effect at 21:45 local time (19:45 GMT) on Monday.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "21:45 local time", "2023-05-22T21:45"),
                Fixtures.date(a, "19:45 GMT", "2023-05-22T19:45"), Fixtures.date(a, "Monday", "2023-05-22")), List.of());
        assertThat(events).extracting(Event::title).containsExactly("The truce takes effect");
    }

    @Test
    void aDateTheStatementSetsAsideGivesNoEvent() {
        Article a = Fixtures.article("a.txt", "The first jet will be delivered in October 2007, instead of the planned "
                + "date of April 2007.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "October 2007", "2007-10"),
                Fixtures.date(a, "April 2007", "2007-04")), List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("2007-10");
    }

    @Test
    void aDateAfterFromThatIsNoBaselineStillGivesAnEvent() {
        Article a = Fixtures.article("a.txt", "He served as president from 1997 until his death in 2004.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "1997", "1997"), Fixtures.date(a, "2004", "2004")),
                List.of());
        assertThat(events).extracting(e -> e.date().value()).containsExactly("1997", "2004");
    }

    @Test
    void aJoinedClauseWithItsOwnSubjectKeepsItsNames() {
        Article a = Fixtures.article("a.txt", "The vote is expected on Thursday, and President Jane Roe has said she "
                + "will sign it.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "Thursday", "2024-03-14")),
                List.of(mention(a, "Jane Roe", 0, "Jane Roe", org.dateline.model.ActorKind.PERSON)));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.actors()).isEmpty());
    }

    @Test
    void aSubjectPronounNamesTheSubjectOfTheSentenceBefore() {
        Article a = Fixtures.article("a.txt", "Jane Roe met John Doe in Geneva. She signed the accord in May 2024.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "May 2024", "2024-05")), List.of(
                mention(a, "Jane Roe", 0, "Jane Roe", org.dateline.model.ActorKind.PERSON),
                mention(a, "John Doe", 0, "John Doe", org.dateline.model.ActorKind.PERSON)));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Jane Roe signed the accord"));
    }

    @Test
    void aPronounAfterASayerInItsClauseNamesTheSayer() {
        Article a = Fixtures.article("a.txt", "The House voted after Kevin McCarthy dropped his demand. Rep. Matt Gaetz "
                + "said Sunday he would move to oust the speaker this week.", null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, "Sunday", "2023-09-24"),
                Fixtures.date(a, "this week", "2023-W39")), List.of(
                mention(a, "Kevin McCarthy", 0, "Kevin McCarthy", org.dateline.model.ActorKind.PERSON),
                mention(a, "Matt Gaetz", 0, "Matt Gaetz", org.dateline.model.ActorKind.PERSON)));
        assertThat(events).hasSize(2).last().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Matt Gaetz would move to oust the speaker");
            assertThat(e.actors()).containsExactly("Matt Gaetz");
        });
    }

    /** Two dated statements joined by "and" (or a comma before a verb): each title keeps its own conjunct. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Apple was founded in 1976 and went public in 1980. | 1976; 1980 | Apple was founded; Apple went public
            The last shutdown, which began in December 2018 and ended in January 2019, lasted 35 days. | December 2018; January 2019 | The last shutdown began; The last shutdown ended
            France won the tournament in 2018 in Russia and in 1998 at home. | 2018; 1998 | France won the tournament in Russia; France won the tournament at home
            Apple released the iPhone in 2007 and the iPad in 2010. | 2007; 2010 | Apple released the iPhone; Apple released the iPad
            Apple was founded in 1976 and IBM entered the market in 1981. | 1976; 1981 | Apple was founded; IBM entered the market
            The stock capital tripled in 2004, doubled in 2005 and increased by 16 percent in 2006. | 2004; 2005; 2006 | The stock capital tripled; The stock capital doubled; The stock capital increased by 16 percent
            Sales rose in 2019 and 2020 across the region. | 2019; 2020 | Sales rose across the region; Sales rose across the region
            Tesla, founded in 2003 by two engineers, released its first Roadster in 2008. | 2003; 2008 | Tesla founded by two engineers; Tesla released its first Roadster
            Demolition of the wall officially started in June 1990 and was completed in 1992. | June 1990; 1992 | Demolition of the wall officially started; Demolition of the wall was completed
            He fought cancer in 2004 and took six months off in early 2009, later revealing a transplant. | 2004; early 2009 | He fought cancer; He took six months off
            Erich Honecker, who had led East Germany since 1971, resigned on 18 October 1989. | 1971; 18 October 1989 | Erich Honecker had led East Germany; Erich Honecker resigned
            Nadal, 38, won his first title in 2005 and claimed his 14th in 2022. | 2005; 2022 | Nadal won his first title; Nadal claimed his 14th
            The law, known as SB4, was signed in December and was due to take effect on March 5. | December; March 5 | The law was signed; The law was due to take effect
            The Fed raised rates 11 times between March 2022 and July 2023 and held them steady. | March 2022; July 2023 | The Fed raised rates 11 times and held them steady; The Fed raised rates 11 times and held them steady
            It should be mentioned that the stock capital tripled in 2004, doubled in 2005 and rose in 2006. | 2004; 2005; 2006 | The stock capital tripled; The stock capital doubled; The stock capital rose
            """)
    void joinedDatedStatementsKeepTheirOwnConjunct(String sentence, String dates, String titles) {
        Article a = Fixtures.article("a.txt", sentence.strip(), null);
        List<org.dateline.model.Timex> ts = new java.util.ArrayList<>();
        int year = 2001;
        for (String d : dates.split(";")) {
            ts.add(Fixtures.date(a, d.strip(), String.valueOf(year++)));
        }
        List<Event> events = builder.build(a, ts, List.of());
        assertThat(events).extracting(Event::title)
                .containsExactly(java.util.Arrays.stream(titles.split(";")).map(String::strip).toArray(String[]::new));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Microsoft will buy Nuance, its largest acquisition since it bought LinkedIn in 2016. | 2016 | It bought LinkedIn
            Prices have doubled since the war began in 2022. | 2022 | The war began
            The move came after Apple received criticism for the antenna in July. | July | Apple received criticism for the antenna
            It was the deadliest quake to hit the country since 1960, when a tremor destroyed Agadir. | 1960 | A tremor destroyed Agadir
            Morocco last suffered a major earthquake in 2004, when about 630 people died. | 2004 | Morocco last suffered a major earthquake
            """)
    void aDateInASubordinateClauseTitlesThatClause(String sentence, String date, String title) {
        Article a = Fixtures.article("a.txt", sentence.strip(), null);
        List<Event> events = builder.build(a, List.of(Fixtures.date(a, date.strip(), "2016")), List.of());
        assertThat(events).extracting(Event::title).containsExactly(title.strip());
    }
}
