// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** An article without a publication date gets one inferred from its text, marked INFERRED. */
class PublicationDatesTest {
    private static final TimeExtractor X = TimeExtractor.load();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Article article(String text) {
        return new Article("a.txt", "h", text, null, null, null, null, null, List.of(new Span(0, text.length())),
                List.of());
    }

    @Test
    void dateLineAtTheTopWins() {
        var r = X.extract(article("Title\n\nThursday, March 6, 2008\n\nIt was founded on April 1, 1976 and sold "
                + "on May 2, 2008."), TODAY);
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2008, 3, 6));
        assertThat(r.article().publishedSource()).isEqualTo(PublishedSource.INFERRED);
    }

    @Test
    void aWireDatelineWithoutYearTakesTheLatestYearNamed() {
        String text = "Sanctions agreed\n\nBRUSSELS, Oct 16 (Reuters) - Ministers agreed on Monday. "
                + "The bloc first acted in October 2022.";
        // ingest hands over the first paragraph without its dateline
        int body = text.indexOf("Ministers");
        var r = X.extract(new Article("a.txt", "h", text, null, null, null, null, null,
                List.of(new Span(body, text.length())), List.of()), TODAY);
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2022, 10, 16));
        assertThat(r.article().publishedSource()).isEqualTo(PublishedSource.INFERRED);
    }

    @Test
    void otherwiseTheLatestFullDate() {
        var r = X.extract(article("It was founded on April 1, 1976 and sold on May 2, 2008, a year after 2007."),
                TODAY);
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2008, 5, 2));
    }

    @Test
    void aLaterYearNamedBeatsAnEarlierFullDate() {
        var r = X.extract(article("The war began on 2 April 1982. On 21 May, troops landed. The junta fell the "
                + "following year, and relations were restored in 1990."), TODAY);
        assertThat(r.article().published()).isEqualTo(LocalDate.of(1990, 12, 31));
        assertThat(r.timexes()).filteredOn(t -> t.text().equals("21 May")).extracting(t -> t.value())
                .containsExactly("1982-05-21");
        assertThat(r.timexes()).filteredOn(t -> t.text().equals("the following year")).extracting(t -> t.value())
                .containsExactly("1983");
    }

    @Test
    void datesAfterTodayAreNotPublicationDates() {
        var r = X.extract(article("The plan, agreed on May 2, 2024, runs until January 1, 2030."), TODAY);
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void articleWithoutDatesKeepsNone() {
        var r = X.extract(article("Nothing here says when."), TODAY);
        assertThat(r.article().published()).isNull();
        assertThat(r.article().publishedSource()).isNull();
    }

    @Test
    void relativeExpressionsResolveAgainstTheInferredDate() {
        var r = X.extract(article("Kabul, 25 July 2025\n\nThe decision came earlier this month."), TODAY);
        assertThat(r.timexes()).anyMatch(t -> t.text().equals("earlier this month") && t.value().equals("2025-07"));
    }
}
