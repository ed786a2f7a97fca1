// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTitleDateBylineAndParagraphsOfAPdf() throws Exception {
        Path pdf = PdfTestFiles.write(dir.resolve("story.pdf"), List.of(
                List.of("Flood waters recede in Dhaka"),
                List.of("12 August 2024"),
                List.of("By Rahim Chowdhury"),
                List.of("Flood waters began to recede in Dhaka on Monday after a week of heavy rain,",
                        "officials said, the Dhaka Tribune reported."),
                List.of("Schools will reopen on 19 August."),
                List.of("Related Articles"),
                List.of("Monsoon season ends early")), null, true);

        Article a = ArticleReaders.read(pdf, "story.pdf");

        assertThat(a.title()).isEqualTo("Flood waters recede in Dhaka");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(a.author()).isEqualTo("Rahim Chowdhury");
        assertThat(a.outlet()).isEqualTo("Dhaka Tribune");
        String body = ArticleGoldenTest.bodyOf(a);
        assertThat(body).contains("Flood waters began to recede in Dhaka on Monday", "Schools will reopen on 19 August.")
                .doesNotContain("Related Articles", "Monsoon season", "12 August 2024", "Rahim");
    }
}
