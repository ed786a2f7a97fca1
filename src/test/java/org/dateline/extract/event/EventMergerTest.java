// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Timex;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private final EventBuilder builder = new EventBuilder();
    private final EventMerger merger = new EventMerger();

    private List<Event> events(String file, String text, String date, String value) {
        Article a = Fixtures.article(file, text, LocalDate.of(2025, 7, 25));
        return builder.build(a, List.of(Fixtures.date(a, date, value)), Fixtures.mentions(a, Fixtures.seedActors()));
    }

    @Test
    void sameEventToldThreeTimesBecomesOneWithTheMostPreciseDate() throws Exception {
        Article a = Fixtures.seed(Fixtures.SEED_2025, null);
        Article b = Fixtures.seed(Fixtures.SEED_RUSSIA, LocalDate.of(2025, 7, 25));
        List<Event> all = new ArrayList<>(builder.build(a, Fixtures.seed2025Timexes(a),
                Fixtures.mentions(a, Fixtures.seedActors())));
        all.addAll(builder.build(b, Fixtures.seedRussiaTimexes(b), Fixtures.mentions(b, Fixtures.seedActors())));

        List<Event> merged = merger.merge(all);

        Event recognition = merged.stream().filter(e -> e.sources().size() == 3).findFirst().orElseThrow();
        assertThat(recognition.date().value()).isEqualTo("2025-07-03");
        assertThat(recognition.corroboration()).isEqualTo(2);
        assertThat(recognition.sources()).extracting(s -> s.passage().text()).anySatisfy(t -> assertThat(t)
                .contains("Moscow recognised the Taliban administration in July"))
                .anySatisfy(t -> assertThat(t).contains("until Russia did so on July 3"))
                .anySatisfy(t -> assertThat(t).contains("paving the way for official recognition earlier this month"));
        assertThat(merged.stream().filter(e -> e.date().value().equals("2025-04"))).hasSize(1);
        assertThat(merged.stream().filter(e -> e.date().value().equals("2022-03"))).hasSize(1);
    }

    private static final String SIGNED_A = "Sudan's warring parties signed a seven-day ceasefire agreement in the Saudi "
            + "city of Jeddah late on Saturday, the United States and Saudi Arabia said in a joint statement.";
    private static final String SIGNED_B = "Representatives of Sudan's army and the paramilitary forces signed an "
            + "agreement on Saturday for a week-long ceasefire, Saudi Arabia and the United States announced.";

    private List<Event> signing(String file, String text) {
        Article a = Fixtures.article(file, text, LocalDate.of(2023, 5, 21));
        return builder.build(a, List.of(Fixtures.date(a, "Saturday", "2023-05-20")), Fixtures.mentions(a,
                java.util.Map.of("Sudan", "Sudan", "Saudi Arabia", "Saudi Arabia", "United States", "United States")));
    }

    @Test
    void twoArticlesTellingOneDayWithTheSameCastMergeOnLessWording() {
        List<Event> all = new ArrayList<>(signing("a.txt", SIGNED_A));
        all.addAll(signing("b.txt", SIGNED_B));
        assertThat(merger.merge(all)).singleElement().satisfies(e -> assertThat(e.sources()).hasSize(2));
    }

    @Test
    void oneArticleTellingTwoStatementsOfOneDayKeepsThemApart() {
        Article a = Fixtures.article("a.txt", SIGNED_A + "\n\n" + SIGNED_B, LocalDate.of(2023, 5, 21));
        List<Event> both = builder.build(a, List.of(Fixtures.date(a, "Saturday", "2023-05-20"),
                Fixtures.timex(a, "Saturday", 1, org.dateline.model.TimexType.DATE, "2023-05-20", null)),
                Fixtures.mentions(a, java.util.Map.of("Sudan", "Sudan", "Saudi Arabia", "Saudi Arabia",
                        "United States", "United States")));
        assertThat(both).hasSize(2);
        assertThat(merger.merge(both)).hasSize(2);
    }

    @Test
    void sharingAMonthAndActorsIsNotEnough() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia recognised the Taliban in July 2025.", "July 2025", "2025-07"));
        all.addAll(events("b.txt", "Russia hosted Taliban trade delegates on July 9, 2025.", "July 9, 2025", "2025-07-09"));
        assertThat(merger.merge(all)).hasSize(2);
    }

    @Test
    void similarWordingWithDisjointActorsDoesNotMerge() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia recognised the Taliban in July 2025.", "July 2025", "2025-07"));
        all.addAll(events("b.txt", "Pakistan recognised the United Nations envoy on July 9, 2025.", "July 9, 2025", "2025-07-09"));
        assertThat(merger.merge(all)).hasSize(2);
    }

    @Test
    void incompatibleDatesDoNotMerge() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia recognised the Taliban in July 2025.", "July 2025", "2025-07"));
        all.addAll(events("b.txt", "Russia recognised the Taliban in June 2025.", "June 2025", "2025-06"));
        assertThat(merger.merge(all)).hasSize(2);
    }

    @Test
    void twoDatesOfOneClauseStayTwoEvents() {
        Article a = Fixtures.article("a.txt", "Russia recognised the Taliban in 2025 and again in July 2025.", null);
        List<Event> evs = builder.build(a, List.of(Fixtures.date(a, "2025", "2025"), Fixtures.date(a, "July 2025", "2025-07")),
                Fixtures.mentions(a, Fixtures.seedActors()));
        assertThat(evs).hasSize(2);
        assertThat(merger.merge(evs)).hasSize(2);
    }

    @Test
    void mergeIsCompleteLinkage() {
        // b may merge with a and with c, but a and c may not merge: c must not join a's group through b
        List<Event> all = new ArrayList<>(events("a.txt", "Russia recognised the Taliban administration in July 2025.",
                "July 2025", "2025-07"));
        all.addAll(events("b.txt", "Russia and Pakistan recognised the Taliban on July 3, 2025.", "July 3, 2025",
                "2025-07-03"));
        all.addAll(events("c.txt", "Pakistan recognised the new envoy in July 2025.", "July 2025", "2025-07"));
        List<Event> merged = merger.merge(all);
        assertThat(merged).hasSize(2);
        assertThat(merged).filteredOn(e -> e.sources().size() == 2).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2025-07-03"));
    }

    @Test
    void mergingIsRepeatableAndKeepsEverySource() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia recognised the Taliban in July 2025.", "July 2025", "2025-07"));
        all.addAll(events("b.txt", "Moscow formally recognized the Taliban government on July 3, 2025.",
                "July 3, 2025", "2025-07-03"));
        List<Event> once = merger.merge(all);
        assertThat(once).singleElement().satisfies(e -> {
            assertThat(e.sources()).hasSize(2);
            assertThat(e.sources().get(0).timex()).extracting(Timex::value).isEqualTo("2025-07-03");
        });
        assertThat(merger.merge(once)).isEqualTo(once);
        assertThat(new EventMerger().merge(all)).extracting(Event::id).isEqualTo(once.stream().map(Event::id).toList());
    }

    @Test
    void yearLevelTellingsNeedMoreThanOneSharedWord() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia expanded trade with India in 2025.", "2025", "2025"));
        all.addAll(events("b.txt", "Russia expanded its navy in 2025.", "2025", "2025"));
        assertThat(merger.merge(all)).hasSize(2);
    }

    @Test
    void aYearDoesNotTakeADaysDateOnOneSharedWord() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia recognised the Taliban in 2025.", "2025", "2025"));
        all.addAll(events("b.txt", "Russia recognised the Taliban on July 3, 2025.", "July 3, 2025", "2025-07-03"));
        assertThat(merger.merge(all)).extracting(e -> e.date().value()).containsExactly("2025", "2025-07-03");
    }

    @Test
    void oneSharedWordAmongManyIsNotTheSameEvent() {
        List<Event> all = new ArrayList<>(events("a.txt", "Russia's shares fell 2% on July 3, 2025.", "July 3, 2025", "2025-07-03"));
        all.addAll(events("b.txt", "Russia's shares rose 1% on July 3, 2025 after the company announced a new model.",
                "July 3, 2025", "2025-07-03"));
        assertThat(merger.merge(all)).hasSize(2);
    }

    private List<Event> told(String file, String text, String date, String value, java.util.Map<String, String> actors) {
        Article a = Fixtures.article(file, text, LocalDate.of(2022, 1, 19));
        return builder.build(a, List.of(Fixtures.date(a, date, value)), Fixtures.mentions(a, actors));
    }

    @Test
    void twoArticlesTellingOneDayInOtherWordsWithNestedCastsMerge() {
        List<Event> all = new ArrayList<>(told("a.txt", "Microsoft agreed on Tuesday to acquire Activision Blizzard for "
                + "$68.7 billion in cash, the biggest deal in the tech giant's history.", "Tuesday", "2022-01-18",
                java.util.Map.of("Microsoft", "Microsoft", "Activision Blizzard", "Activision")));
        all.addAll(told("b.txt", "The maker of Call of Duty, Activision Blizzard, will be bought in a $69bn all-cash deal, "
                + "the companies announced on Tuesday.", "Tuesday", "2022-01-18",
                java.util.Map.of("Activision Blizzard", "Activision")));
        assertThat(merger.merge(all)).singleElement().satisfies(e -> assertThat(e.sources()).hasSize(2));
    }

    @Test
    void aChiefStepsDownAndLeavesInTwoArticles() {
        java.util.Map<String, String> cast = java.util.Map.of("Boeing", "Boeing", "Dave Calhoun", "Dave Calhoun");
        List<Event> all = new ArrayList<>(told("a.txt", "Boeing Chief Executive Dave Calhoun will step down at the end "
                + "of the year, the company said on Monday.", "Monday", "2024-03-25", cast));
        all.addAll(told("b.txt", "Boeing's chief executive Dave Calhoun said on Monday he would leave the company after "
                + "the January blowout of a door panel on a jet.", "Monday", "2024-03-25", cast));
        assertThat(merger.merge(all)).singleElement().satisfies(e -> assertThat(e.sources()).hasSize(2));
    }

    @Test
    void oneArticlesYearAndDayOfLikeWordingStayApart() {
        Article a = Fixtures.article("a.txt", "At this year's conference, Steve Jobs unveiled the new iPhone with a glass "
                + "screen. Steve Jobs unveiled the new iPhone with a glass screen in April.", LocalDate.of(2010, 6, 8));
        List<Event> evs = builder.build(a, List.of(Fixtures.date(a, "this year", "2010"), Fixtures.date(a, "April", "2010-04")),
                Fixtures.mentions(a, java.util.Map.of("Steve Jobs", "Steve Jobs", "Apple", "Apple")));
        assertThat(merger.merge(evs)).extracting(e -> e.date().value()).containsExactlyInAnyOrder("2010", "2010-04");
    }

    @Test
    void synonymsAloneDoNotMoveAYearToADay() {
        java.util.Map<String, String> cast = java.util.Map.of("Steve Jobs", "Steve Jobs");
        List<Event> all = new ArrayList<>(told("a.txt", "Steve Jobs unveiled the glass phone at this year's keynote.", "this year", "2010", cast));
        all.addAll(told("b.txt", "The glass phone was introduced by Steve Jobs at the developer conference on "
                + "June 7.",
                "June 7", "2010-06-07", cast));
        assertThat(merger.merge(all)).extracting(e -> e.date().value()).containsExactlyInAnyOrder("2010", "2010-06-07");
    }
}
