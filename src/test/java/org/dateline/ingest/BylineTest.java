// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "Giorgio Cafiero                      => Giorgio Cafiero",
            "By Jane Doe                          => Jane Doe",
            "BY JANE DOE                          => JANE DOE",
            "By Jane Doe and John Roe             => Jane Doe and John Roe",
            "By Jane Doe, Reuters                 => Jane Doe",
            "Written by Ludwig van Beethoven      => Ludwig van Beethoven",
            "By Reuters                           => Reuters",
            "By Jane Doe on July 25, 2025         => Jane Doe",
            "By Jane Doe | Nov. 2, 2023           => Jane Doe",
    })
    void namesTheAuthor(String line, String author) {
        assertThat(Byline.parse(line)).contains(author);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the numbers: how Russia recognised the Taliban", "25 July 2025",
            "Russia recognised the Taliban.", "Afghanistan", "by jane doe, who writes about Asia for many outlets"})
    void isNotABylineWhenNoNameFollows(String line) {
        assertThat(Byline.parse(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "By Jane Doe on July 25, 2025         => 2025-07-25",
            "By Jane Doe, updated 25 July 2025    => 2025-07-25",
            "Jane Doe | 2025-07-25                => 2025-07-25",
    })
    void bylineCarryingTheDateGivesAuthorAndDate(String line, String date) {
        ArticleMetadata.Result r = ArticleMetadata.analyse(RawArticle.of("Ceasefire agreed in Doha\n\n" + line
                + "\n\nThe ceasefire was agreed on Monday after talks that lasted through the night, officials said.\n",
                List.of()));
        assertThat(r.author()).isEqualTo("Jane Doe");
        assertThat(r.published()).isEqualTo(LocalDate.parse(date));
        assertThat(r.body()).hasSize(1);
    }
}
