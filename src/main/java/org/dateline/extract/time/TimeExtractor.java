// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;
import org.dateline.model.Timex;

/**
 * Finds and resolves the temporal expressions of an article: a rule-driven tagger ({@code en/rules.txt}) produces
 * unresolved values, then the resolver anchors them on the publication date or the story's previous date.
 * Thread-safe once loaded.
 */
public final class TimeExtractor {
    private static final System.Logger LOG = System.getLogger(TimeExtractor.class.getName());

    /** The article (its publication date inferred when it had none) and its resolved timexes in text order. */
    public record Result(Article article, List<Timex> timexes) {
    }

    private final Tagger tagger;
    private final Resolver resolver;

    private TimeExtractor(RuleBook book) {
        this.tagger = new Tagger(book);
        this.resolver = new Resolver(new Tense(book));
    }

    /** The English rules, compiled once per JVM: the extractor is immutable and thread-safe, so it is shared. */
    public static TimeExtractor load() {
        return Shared.INSTANCE;
    }

    /** A fresh extractor, not shared (benchmarks measure the load with it). */
    static TimeExtractor loadFresh() {
        long t0 = System.nanoTime();
        TimeExtractor x = new TimeExtractor(RuleBook.english());
        LOG.log(System.Logger.Level.DEBUG, "time rules loaded in {0} ms", (System.nanoTime() - t0) / 1_000_000);
        return x;
    }

    private static final class Shared {
        static final TimeExtractor INSTANCE = loadFresh();
    }

    /** A tagger over other rule files (tests of the rule format). */
    static TimeExtractor of(RuleBook book) {
        return new TimeExtractor(book);
    }

    public Result extract(Article article) {
        return extract(article, LocalDate.now());
    }

    /** As {@link #extract(Article)}, with "today" given: an inferred publication date is never later. */
    Result extract(Article article, LocalDate today) {
        String text = article.text();
        List<Tagger.Tag> tags = tagger.tag(text);
        Article a = article;
        if (a.published() == null) {
            int bodyStart = a.body().isEmpty() ? 0 : a.body().get(0).start();
            LocalDate inferred = PublicationDates.infer(text, tags, today, bodyStart);
            if (inferred != null) {
                a = a.withPublished(inferred, PublishedSource.INFERRED);
            }
        }
        return new Result(a, resolver.resolve(text, tags, a.published()));
    }

    /** Timexes of a bare text resolved against {@code published} (may be null). */
    public List<Timex> extract(String text, LocalDate published) {
        return resolver.resolve(text, tagger.tag(text), published);
    }
}
