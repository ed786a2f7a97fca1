// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.extract.actor.ActorMention;
import org.dateline.extract.actor.ActorRecognizer;
import org.dateline.extract.event.EventBuilder;
import org.dateline.extract.event.EventMerger;
import org.dateline.extract.time.TimeExtractor;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Timeline;
import org.dateline.model.Timex;

/** The extractor's facade: articles in, a timeline out. Thread-safe once built. */
public final class Extractor {
    private final TimeExtractor time;
    private final ActorRecognizer actors;
    private final EventBuilder events = new EventBuilder();
    private final EventMerger merger = new EventMerger();

    public Extractor(TimeExtractor time, ActorRecognizer actors) {
        this.time = time;
        this.actors = actors;
    }

    public static Extractor load() {
        return new Extractor(TimeExtractor.load(), ActorRecognizer.load());
    }

    /** What one article yields before the merge across articles. */
    public record ArticleResult(Article article, List<Timex> timexes, List<Event> events, List<Actor> actors) {
    }

    public ArticleResult extractArticle(Article article) {
        TimeExtractor.Result t = time.extract(article);
        List<ActorMention> mentions = actors.recognize(t.article());
        List<Event> evs = events.build(t.article(), t.timexes(), mentions);
        Map<String, Actor> byName = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            byName.merge(m.actor().name(), m.actor(), Extractor::union);
        }
        return new ArticleResult(t.article(), t.timexes(), evs, List.copyOf(byName.values()));
    }

    /**
     * Extracts every article, in parallel (articles are independent), then merges across them. The results
     * keep the order of {@code articles}, so the output does not depend on scheduling.
     */
    public Timeline extract(List<Article> articles) {
        return combine(articles.parallelStream().map(this::extractArticle).toList());
    }

    /** The merge step alone, over results extracted earlier (possibly elsewhere). */
    public Timeline combine(List<ArticleResult> results) {
        List<Article> arts = new ArrayList<>();
        List<Event> all = new ArrayList<>();
        Map<String, Actor> actorsByName = new LinkedHashMap<>();
        Map<String, List<Timex>> timexes = new LinkedHashMap<>();
        for (ArticleResult r : results) {
            arts.add(r.article());
            all.addAll(r.events());
            timexes.put(r.article().file(), r.timexes());
            for (Actor a : r.actors()) {
                actorsByName.merge(a.name(), a, Extractor::union);
            }
        }
        List<Event> merged = merger.merge(all);
        java.util.Set<String> used = new java.util.HashSet<>();
        merged.forEach(e -> used.addAll(e.actors()));
        List<Actor> actorList = actorsByName.values().stream().filter(a -> used.contains(a.name())).toList();
        return new Timeline(arts, actorList, merged, timexes);
    }

    private static Actor union(Actor a, Actor b) {
        java.util.Set<String> aliases = new java.util.TreeSet<>(a.aliases());
        aliases.addAll(b.aliases());
        return new Actor(a.name(), a.kind(), aliases);
    }
}
