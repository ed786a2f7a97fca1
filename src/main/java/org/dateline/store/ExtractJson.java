// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.dateline.model.Timex;

/**
 * The JSON of the {@code extract} command (shape fixed by {@code extract.schema.json}: other tools read it).
 */
public final class ExtractJson {

    record Doc(List<ArticleDto> articles, List<ActorDto> actors, List<EventDto> events) {
    }

    record ArticleDto(String file, String title, String published, String publishedSource, String author,
                      String outlet, String hash, List<String> warnings, String text, List<TimexDto> timexes) {
    }

    /** Optional fields are left out when unknown: the schema wants {@code mod} to be a string when present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimexDto(String text, int start, int end, String type, String value, String mod, String unresolved,
                    String rule, String anchor) {
    }

    record ActorDto(String name, String kind, List<String> aliases) {
    }

    record DateDto(String value, String precision, boolean approximate, String first, String last) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceDto(String file, int start, int end, String text, TimexDto timex) {
    }

    record EventDto(String id, DateDto date, String title, List<String> actors, int corroboration,
                    List<SourceDto> sources) {
    }

    private ExtractJson() {
    }

    public static void write(Timeline timeline, OutputStream out) throws IOException {
        Json.mapper().writeValue(out, toDoc(timeline));
    }

    public static String toString(Timeline timeline) throws IOException {
        return Json.mapper().writeValueAsString(toDoc(timeline));
    }

    static Doc toDoc(Timeline t) {
        List<ArticleDto> arts = t.articles().stream().map(a -> article(a, t.timexesOf(a))).toList();
        List<ActorDto> actors = t.actors().stream().map(ExtractJson::actor).toList();
        List<EventDto> events = t.events().stream().map(ExtractJson::event).toList();
        return new Doc(arts, actors, events);
    }

    private static ArticleDto article(Article a, List<Timex> timexes) {
        return new ArticleDto(a.file(), a.title(), a.published() == null ? null : a.published().toString(),
                a.publishedSource() == null ? null : a.publishedSource().name().toLowerCase(Locale.ROOT),
                a.author(), a.outlet(), a.hash(), a.warnings(), a.text(),
                timexes.stream().map(ExtractJson::timex).toList());
    }

    private static TimexDto timex(Timex x) {
        return x == null ? null : new TimexDto(x.text(), x.start(), x.end(), x.type().name(), x.value(), x.mod(),
                x.unresolved(), x.rule(), x.anchor());
    }

    private static ActorDto actor(Actor a) {
        return new ActorDto(a.name(), a.kind().name(), a.aliases().stream().sorted().toList());
    }

    private static EventDto event(Event e) {
        DateDto d = new DateDto(e.date().value(), e.date().precision().name(), e.date().approximate(),
                e.date().first().toString(), e.date().last().toString());
        List<SourceDto> sources = e.sources().stream().map(ExtractJson::source).toList();
        return new EventDto(e.id(), d, e.title(), e.actors(), e.corroboration(), sources);
    }

    private static SourceDto source(Source s) {
        var p = s.passage();
        return new SourceDto(p.article().file(), p.start(), p.end(), p.text(), timex(s.timex()));
    }
}
