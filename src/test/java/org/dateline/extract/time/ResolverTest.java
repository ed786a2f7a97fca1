// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anchoring: publication date, tense, story and ranges decide the value of what the text leaves open. */
class ResolverTest {
    private static final TimeExtractor X = TimeExtractor.load();

    private static Timex find(String text, LocalDate dct, String extent) {
        List<Timex> got = X.extract(text, dct);
        return got.stream().filter(t -> t.text().equals(extent)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + extent + "' in " + got));
    }

    @ParameterizedTest(name = "{1} @ {0}: {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        // bare months: the tense of the sentence against the publication month
        "2025-12-31| Moscow recognised the Taliban administration in July, a move| July| 2025-07",
        "2025-02-10| The election was held in November and counted for weeks.| November| 2024-11",
        "2025-02-10| The election will be held in November.| November| 2025-11",
        "2025-11-10| The plant will reopen in March, the firm said.| March| 2026-03",
        "2025-02-10| The meeting in December is likely to be tense.| December| 2024-12",
        // weekdays: same week, past or next by tense
        "2025-07-25| Apple said on Monday that it will| Monday| 2025-07-21",
        "2025-07-25| The vote will take place on Tuesday.| Tuesday| 2025-07-29",
        "2025-07-25| Shares fell 3% on Friday.| Friday| 2025-07-25",
        "2014-07-28| In the spring and summer of 1918, Germany attacked.| the spring| 1918-SP",
        "2007-01-10| It will be available in the U.S. in June and in Europe in October.| October| 2007-10",
        // a weekday range keeps its ends in order: "from Monday to Friday"
        "2016-11-09| From Monday to Friday, the roads will be closed.| Monday| 2016-11-14",
        "2016-11-09| From Monday to Friday, the roads will be closed.| Friday| 2016-11-18",
        "2016-11-09| The roads were closed from Monday to Friday.| Monday| 2016-10-31",
        "2016-11-09| The roads were closed from Monday to Friday.| Friday| 2016-11-04",
        "2009-01-21| General Motors said Tuesday it would cut 2,000 jobs.| Tuesday| 2009-01-20",
        // the present progressive and scheduling verbs speak of the days ahead
        "2025-07-23| Apple is holding an event on Friday.| Friday| 2025-07-25",
        "2023-10-31| The offer runs through Dec. 20, the company said.| Dec. 20| 2023-12-20",
        "2023-10-31| The museum will stay closed on Friday.| Friday| 2023-11-03",
        "2023-11-02| Schools reopened on Monday, officials said.| Monday| 2023-10-30",
        "2023-11-02| Schools will reopen on Monday, officials said.| Monday| 2023-11-06",
        "2023-10-01| The Senate passed a bill that keeps the government open until Nov. 17.| Nov. 17| 2023-11-17",
        "2023-10-01| The plant closed in November.| November| 2022-11",
        "2010-08-09| In a July 16 press conference, Jobs said that all buyers would get a case.| July 16| 2010-07-16",
        "2025-07-23| The trial begins Monday in London.| Monday| 2025-07-28",
        "2025-07-23| Ministers are meeting in Brussels on Thursday.| Thursday| 2025-07-24",
        "2007-03-15| The offer expires at 5 p.m. on Friday.| 5 p.m. on Friday| 2007-03-16T17:00",
        // a comma sets a relative clause apart from the tense of the sentence around it
        "2009-02-12| GM received $13.4 billion in loans in December, and must submit a plan by February 17.| December| 2008-12",
        // a past tense does not take the year of a later plan told just before
        "2006-10-03| Delivery slips to April 2007. Streiff, who took over in July, is expected to speak.| July| 2006-07",
        // a period ended on a day is the one that holds it
        "1989-10-30| The rate was 8.5% in the week ended Oct. 27.| the week| 1989-W43",
        "1989-10-30| Profit rose 5% in the quarter ended Sept. 30.| the quarter| 1989-Q3",
        // a deadline is not the day the story is on
        "2023-09-30| The Senate on Saturday approved a bill that keeps the government open until Nov. 17. The House had passed it earlier in the day.| the day| 2023-09-30",
        // nor is the start of a state that lasts until now
        "2008-01-23| The cut on Tuesday was its biggest since 1984. Earlier in the week, the index had fallen.| the week| 2008-W04",
        // a month named "May" is no modal verb
        "2025-07-25| Sales fell in the January-May period.| January| 2025-01",
        // nor is the day a trailing reporting frame names
        "2023-09-09| A quake struck late on Friday, killing 820 people, the ministry said on Saturday. The quake hit at 11:11 p.m. local time.| 11:11 p.m. local time| 2023-09-08T23:11",
        // the story stays in its year from one bare day to the next, however long it runs
        "1990-12-31| It began on 2 April 1982. On 5 April, a fleet sailed south and the long voyage to the islands began, with many ships, many men and many doubts. On 2 May, a submarine sank a cruiser far to the south of the islands, and the war at sea grew fiercer, with losses on both sides in the weeks that followed. Troops landed on 21 May.| 21 May| 1982-05-21",
        // a clock time falls on the day named right after it
        "2007-03-15| The strike began at midnight on Sunday.| midnight on Sunday| 2007-03-11T24:00",
        "2007-03-15| Trading opened at 9:30 a.m. on March 2, 2005.| 9:30 a.m.| 2005-03-02T09:30",
        "2023-05-22| It signed on Saturday. It takes effect at 21:45 local time (19:45 GMT) on Monday.| 19:45 GMT| 2023-05-22T19:45",
        "2023-05-22| It signed on Saturday. It takes effect at 21:45 local time (19:45 GMT) on Monday.| 21:45 local time| 2023-05-22T21:45",
        "2008-10-10| Shares rose early before falling sharply in the afternoon.| the afternoon| 2008-10-10TAF",
        "2008-10-10| Stocks fell on Tuesday and by mid-afternoon had lost 5%.| mid-afternoon| 2008-10-07TAF",
        // the first end of a day range takes the month of the second, the second the month of the first
        "2007-03-15| The summit, held from 8 to 10 March, ended without agreement.| 8| 2007-03-08",
        "2007-03-15| The fair was held March 20-22 in Geneva.| 22| 2007-03-22",
        // seasons: last is the one already over, this the one under way or of this year, next the one ahead
        "2025-07-25| He visited last summer.| last summer| 2024-SU",
        "2025-01-20| Heating bills rose this winter.| this winter| 2024-WI",
        "2025-07-25| Protests grew this spring.| this spring| 2025-SP",
        "2025-07-25| Gas will be scarce next winter.| next winter| 2025-WI",
        "2025-01-20| It snowed a lot last winter.| last winter| 2023-WI",
        // a month or quarter of last or next year
        "2025-07-25| The coup in June last year failed.| June last year| 2024-06",
        "2025-07-25| Profit fell from the third quarter of last year.| the third quarter of last year| 2024-Q3",
        // quarters follow the same reasoning
        "2009-01-21| Ford reported a fourth-quarter loss of $5.9 billion.| fourth-quarter| 2008-Q4",
        "2008-10-10| The company will report third-quarter results on Oct. 29.| third-quarter| 2008-Q3",
        "2025-07-25| It expects fourth-quarter sales to rise.| fourth-quarter| 2025-Q4",
        // deictic
        "2025-07-25| Two days ago the talks resumed.| Two days ago| 2025-07-23",
        "2025-07-25| Sales rose 4% from the same month a year ago.| the same month a year ago| 2024-07",
        "2025-07-25| By the end of last year, it had closed.| the end of last year| 2024",
        "2025-01-02| Last week, the bank cut rates.| Last week| 2024-W52",
        "2025-07-25| It reached a deal earlier this month.| earlier this month| 2025-07",
        // anaphoric: the story's previous date
        "2025-07-25| In March 2022, the envoy arrived, taking control the following month.| the following month| 2022-04",
        "2025-07-25| The ceasefire, agreed on Jan. 19, 2024, collapsed two months later.| two months later| 2024-03",
        "2025-07-25| It lost $30.9 billion in 2008, compared with $38.7 billion the year before.| the year before| 2007",
        "2025-07-25| The strike began on Monday, January 12, 2009 and ended four days later.| four days later| 2009-01-16",
        // a bare month near an explicit date of another year takes that year
        "2025-07-25| In January 2019 the company moved; in March it hired 200 people.| March| 2019-03",
        // a range shares its year
        "2025-07-25| Another round ran from March 3 to March 7, 2022.| March 3| 2022-03-03",
    })
    void openValuesAreAnchored(LocalDate dct, String text, String extent, String value) {
        assertThat(find(text, dct, extent).value()).isEqualTo(value);
    }

    @Test
    void anchorNamesWhatTheValueWasResolvedAgainst() {
        LocalDate dct = LocalDate.of(2025, 7, 25);
        assertThat(find("Shares fell yesterday.", dct, "yesterday").anchor()).isEqualTo("publication date 2025-07-25");
        assertThat(find("In March 2022 he came; the following month he left.", dct, "the following month").anchor())
                .isEqualTo("previous date 2022-03");
        assertThat(find("It opened in 2003.", dct, "2003").anchor()).isNull();
    }

    @Test
    void withoutPublicationDateRelativeValuesStayUnderspecified() {
        assertThat(find("Shares fell yesterday.", null, "yesterday").value()).isEqualTo("XXXX-XX-XX");
        assertThat(find("The vote is in July.", null, "July").value()).isEqualTo("XXXX-07");
        assertThat(find("Sales last month rose.", null, "last month").value()).isEqualTo("XXXX-XX");
    }

    @Test
    void expressionsDoNotRunAcrossLines() {
        List<Timex> got = X.extract("Apple to report in March\n\n2008 was a good year.", LocalDate.of(2008, 1, 9));
        assertThat(got).extracting(Timex::text).containsExactly("March", "2008");
    }

    @Test
    void falseFriendsAreNotDates() {
        LocalDate dct = LocalDate.of(2025, 7, 25);
        assertThat(X.extract("Prices may rise, the Sunday Times said.", dct)).isEmpty();
        assertThat(X.extract("Thousands will March on Washington.", dct)).isEmpty();
        assertThat(X.extract("The firm will present its results.", dct)).isEmpty();
        assertThat(X.extract("Singer April Jones and June Carter spoke.", dct)).isEmpty();
    }
}
