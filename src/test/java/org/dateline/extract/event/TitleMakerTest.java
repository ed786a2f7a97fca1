// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleMakerTest {
    private final TitleMaker titles = new TitleMaker();

    private String title(String clause, String date) {
        int at = date.isEmpty() ? -1 : clause.indexOf(date);
        List<Span> dates = at < 0 ? List.of() : List.of(new Span(at, at + date.length()));
        return titles.title(clause, new Span(0, clause.length()), dates);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow recognised the Taliban administration in July | July | Moscow recognised the Taliban administration
            Yet, no government had recognized the Taliban until July 3 | July 3 | No government had recognized the Taliban
            Taliban spokesperson Zabihullah Mujahid said members of the cabinet made 99 foreign trips in 2025 | 2025 | Members of the cabinet made 99 foreign trips
            Afghanistan remained largely isolated in 2025, Khaama Press reported. | 2025 | Afghanistan remained largely isolated
            According to an April 2nd report, an internal memo showed Apple passed Wal-Mart | April 2nd | An internal memo showed Apple passed Wal-Mart
            This gradual normalization continued with Moscow revoking its terrorist designation in April 2025 | April 2025 | Moscow revoking its terrorist designation
            Relations with Pakistan, once one of its closest partners, deteriorated sharply during the year | during the year | Relations with Pakistan deteriorated sharply
            BRUSSELS, March 14, 2024 (Reuters) - The European Commission fined Meta Platforms | March 14, 2024 | The European Commission fined Meta Platforms
            The company reported revenue of $28.6 billion for the first quarter. | the first quarter | The company reported revenue of $28.6 billion
            At this year's Apple Worldwide Developers Conference Steve Jobs unveiled iPhone 4 | this year | Apple Worldwide Developers Conference Steve Jobs unveiled iPhone 4
            """)
    void titleComesFromTheClauseWords(String clause, String date, String expected) {
        assertThat(title(clause.strip(), date.strip())).isEqualTo(expected.strip());
    }

    @Test
    void longTitlesAreCutAtAPhraseBoundaryToAboutTenWords() {
        String t = title("US President Donald Trump halted American financial assistance to Afghanistan and renewed "
                + "calls for the return of US military equipment in 2025", "2025");
        assertThat(t).isEqualTo("US President Donald Trump halted American financial assistance to Afghanistan");
        assertThat(t.split(" ")).hasSizeLessThanOrEqualTo(TitleMaker.MAX_WORDS + TitleMaker.SLACK);
    }

    @Test
    void aCutTitleDoesNotEndOnAFunctionWord() {
        assertThat(title("The technology blog Gizmodo obtained a prototype of the new iPhone in April", "April"))
                .doesNotEndWith("the").doesNotEndWith("of");
    }

    @Test
    void titlesWithoutSubjectOrContentAreFlagged() {
        assertThat(titles.saysEnough("Which ended")).isFalse();
        assertThat(titles.saysEnough("Have been shipping for more than a week")).isFalse();
        assertThat(titles.saysEnough("Apple announced")).isFalse();
        assertThat(titles.saysEnough("Apple launched the iPhone")).isTrue();
    }

    @Test
    void aDatedSayingKeepsItsSayer() {
        String clause = "Russian President Vladimir Putin said in October that Afghanistan’s authorities were attempting "
                + "to stabilise the country";
        int at = clause.indexOf("October");
        assertThat(titles.title(clause, new Span(0, clause.length()), List.of(new Span(at, at + 7)), true))
                .isEqualTo("Vladimir Putin said Afghanistan’s authorities were attempting to stabilise the country");
        assertThat(titles.title(clause, new Span(0, clause.length()), List.of(new Span(at, at + 7)), false))
                .isEqualTo("Afghanistan’s authorities were attempting to stabilise the country");
    }
}
