// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.ArticleReaders;
import org.dateline.model.Article;
import org.dateline.model.Timeline;
import org.dateline.store.ExtractJson;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static List<Article> seeds() throws Exception {
        List<Article> out = new ArrayList<>();
        for (Path p : ArticleReaders.expand(List.of(Path.of("seeds")))) {
            out.add(ArticleReaders.read(p, p.getFileName().toString()));
        }
        return out;
    }

    @Test
    void parallelExtractionGivesTheSameTimelineAsOneArticleAtATime() throws Exception {
        Extractor x = Extractor.load();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            articles.addAll(seeds());
        }
        Timeline parallel = x.extract(articles);
        Timeline serial = x.combine(articles.stream().map(x::extractArticle).toList());
        assertThat(ExtractJson.toString(parallel)).isEqualTo(ExtractJson.toString(serial));
    }

    @Test
    void mergingLaterResultsEqualsExtractingAllAtOnce() throws Exception {
        Extractor x = Extractor.load();
        List<Article> articles = seeds();
        List<Extractor.ArticleResult> first = List.of(x.extractArticle(articles.get(0)));
        List<Extractor.ArticleResult> second = List.of(x.extractArticle(articles.get(1)));
        List<Extractor.ArticleResult> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(ExtractJson.toString(x.combine(both))).isEqualTo(ExtractJson.toString(x.extract(articles)));
    }
}
