// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReaders;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.PublishedSource;
import org.dateline.model.Timeline;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.store.ExtractJson;
import org.dateline.store.Json;

/**
 * Development aid, not a test: builds and merges events of the development set from its gold temporal
 * expressions, so the event step can be scored apart from the date tagger. Args: timex.gold.json, the
 * articles' folder, the output JSON.
 */
public final class EventDevRun {
    private EventDevRun() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode docs = Json.mapper().readTree(Path.of(args[0]).toFile()).get("docs");
        Path dir = Path.of(args[1]);
        EventBuilder builder = new EventBuilder();
        List<Article> arts = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Map<String, List<Timex>> timexes = new HashMap<>();
        for (var it = docs.fields(); it.hasNext(); ) {
            var e = it.next();
            Article a = ArticleReaders.read(dir.resolve(e.getKey()), e.getKey());
            a = a.withPublished(LocalDate.parse(e.getValue().get("dct").asText()), PublishedSource.TEXT);
            List<Timex> ts = new ArrayList<>();
            for (JsonNode t : e.getValue().get("timexes")) {
                ts.add(new Timex(t.get("text").asText(), t.get("start").asInt(), t.get("end").asInt(),
                        TimexType.valueOf(t.get("type").asText()), t.get("value").asText(), null,
                        t.get("value").asText(), "gold", null));
            }
            arts.add(a);
            timexes.put(a.file(), ts);
            events.addAll(builder.build(a, ts, List.of()));
        }
        Timeline t = new Timeline(arts, List.of(), new EventMerger().merge(events), timexes);
        try (OutputStream os = Files.newOutputStream(Path.of(args[2]))) {
            ExtractJson.write(t, os);
        }
        for (Event e : t.events()) {
            System.out.println(e.date().value() + "\t" + e.sources().size() + "\t" + e.title());
        }
        System.out.println(Extractor.class.getSimpleName() + " dev run: " + events.size() + " events, "
                + t.events().size() + " after merge");
    }
}
