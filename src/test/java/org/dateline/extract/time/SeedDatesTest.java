// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dateline.ingest.ArticleReaders;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;
import org.dateline.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The required dated statements of the two sample articles (shared/gold/seeds.events.json): the sentence of each
 * cue carries a timex with one of the accepted values. The articles are read without a publication date, so the
 * inference is exercised too.
 */
class SeedDatesTest {
    private static final TimeExtractor X = TimeExtractor.load();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static TimeExtractor.Result run(String file) throws Exception {
        Article a = ArticleReaders.read(Path.of("seeds", file), file);
        return X.extract(a.withPublished(null, null), TODAY);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "000_1ccf5c4f42c34ae7.txt; remained largely isolated on the world stage in 2025; 2025",
        "000_1ccf5c4f42c34ae7.txt; Moscow recognised the Taliban administration in July; 2025-07 2025-07-03",
        "000_1ccf5c4f42c34ae7.txt; Russian President Vladimir Putin said in October; 2025-10",
        "000_1ccf5c4f42c34ae7.txt; hosted several US delegations in Kabul during the year; 2025",
        "000_1ccf5c4f42c34ae7.txt; made 99 foreign trips in 2025; 2025",
        "000_1ccf5c4f42c34ae7.txt; deteriorated sharply during the year; 2025",
        "000_1ccf5c4f42c34ae7.txt; In December, Haqqani publicly criticised governance; 2025-12",
        "000_1ccf5c4f42c34ae7.txt; As 2025 ended, Afghanistan continued to face a political stalemate; 2025 2025-12",
        "004_c74b270f33d84657.txt; until Russia did so on July 3; 2025-07-03",
        "004_c74b270f33d84657.txt; return to power in August 2021; 2021-08",
        "004_c74b270f33d84657.txt; In March 2022, Russia\u2019s Foreign Ministry accredited Taliban envoy; 2022-03",
        "004_c74b270f33d84657.txt; formally assuming control of the mission the following month; 2022-04",
        "004_c74b270f33d84657.txt; revoking its terrorist designation of the Taliban in April 2025; 2025-04",
        "004_c74b270f33d84657.txt; paving the way for official recognition earlier this month; 2025-07 2025-07-03",
    })
    void requiredStatementCanBeGivenItsDate(String file, String cue, String dates) throws Exception {
        TimeExtractor.Result r = run(file);
        String text = r.article().text();
        int at = text.indexOf(cue);
        assertThat(at).as("cue in text").isGreaterThanOrEqualTo(0);
        List<String> accepted = Arrays.asList(dates.split(" "));
        List<Timex> inCue = r.timexes().stream().filter(t -> t.start() >= at && t.end() <= at + cue.length()).toList();
        assertThat(inCue).as("timexes of '%s'", cue).anyMatch(t -> accepted.contains(t.value()));
    }

    @Test
    void dateLineBecomesTheInferredPublicationDate() throws Exception {
        TimeExtractor.Result r = run("004_c74b270f33d84657.txt");
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(r.article().publishedSource()).isEqualTo(PublishedSource.INFERRED);
    }

    @Test
    void yearInReviewWithoutDateIsAnchoredAtTheEndOfItsYear() throws Exception {
        TimeExtractor.Result r = run("000_1ccf5c4f42c34ae7.txt");
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(r.article().publishedSource()).isEqualTo(PublishedSource.INFERRED);
    }

    @Test
    void publicationDateTheUserSetIsNeverReplaced() throws Exception {
        Article a = ArticleReaders.read(Path.of("seeds", "004_c74b270f33d84657.txt"), "x")
                .withPublished(LocalDate.of(2025, 8, 1), PublishedSource.USER);
        TimeExtractor.Result r = X.extract(a);
        assertThat(r.article().published()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(r.article().publishedSource()).isEqualTo(PublishedSource.USER);
    }

    @Test
    void followingMonthResolvesAgainstPreviousDateAndRecordsIt() throws Exception {
        TimeExtractor.Result r = run("004_c74b270f33d84657.txt");
        Timex t = r.timexes().stream().filter(x -> x.text().equals("the following month")).findFirst().orElseThrow();
        assertThat(t.value()).isEqualTo("2022-04");
        assertThat(t.unresolved()).isEqualTo("ref.M+1");
        assertThat(t.anchor()).isEqualTo("previous date 2022-03");
        assertThat(t.rule()).isEqualTo("anaphoric-period");
    }
}
