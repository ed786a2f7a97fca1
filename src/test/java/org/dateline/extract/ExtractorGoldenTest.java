// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.ArticleReaders;
import org.dateline.model.Article;
import org.dateline.model.Timeline;
import org.dateline.store.ExtractJson;
import org.dateline.store.Json;
import org.junit.jupiter.api.Test;

/**
 * The seed articles' events, as the {@code extract} command prints them, against a golden file. After an
 * intended change, regenerate it with {@code -Ddateline.golden.update=true} and review the diff.
 */
class ExtractorGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds.events.json");

    @Test
    void seedEventsMatchTheGoldenFile() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(ArticleReaders::isSupported).sorted().toList()) {
                articles.add(ArticleReaders.read(p, p.getFileName().toString()));
            }
        }
        Timeline t = Extractor.load().extract(articles);
        JsonNode events = Json.mapper().readTree(ExtractJson.toString(t)).get("events");
        ArrayNode slim = Json.mapper().createArrayNode();
        for (JsonNode e : events) {
            ObjectNode o = slim.addObject();
            o.put("id", e.get("id").asText());
            o.set("date", e.get("date"));
            o.put("title", e.get("title").asText());
            o.set("actors", e.get("actors"));
            o.put("corroboration", e.get("corroboration").asInt());
            ArrayNode sources = o.putArray("sources");
            for (JsonNode s : e.get("sources")) {
                sources.addObject().put("file", s.get("file").asText()).put("start", s.get("start").asInt())
                        .put("end", s.get("end").asInt()).put("text", s.get("text").asText());
            }
        }
        String actual = Json.mapper().writeValueAsString(slim) + "\n";
        if (Boolean.getBoolean("dateline.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
