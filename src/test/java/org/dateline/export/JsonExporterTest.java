// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.store.ExtractJson;
import org.dateline.store.Json;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    private static String export(TimelineFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(SampleTimeline.build(), filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unfilteredExportIsExactlyTheExtractOutput() throws IOException {
        assertThat(export(TimelineFilter.NONE)).isEqualTo(ExtractJson.toString(SampleTimeline.build()));
    }

    @Test
    void filteredExportKeepsOnlyTheEventsAndTheActorsAndArticlesTheyUse() throws IOException {
        JsonNode doc = Json.mapper().readTree(export(TimelineFilter.NONE.withActors(Set.of("Steve Jobs"))));
        assertThat(doc.get("events")).extracting(e -> e.get("id").asText()).containsExactly("e1");
        assertThat(doc.get("actors")).extracting(a -> a.get("name").asText()).containsExactly("Apple", "Steve Jobs");
        assertThat(doc.get("articles")).extracting(a -> a.get("file").asText()).containsExactly("news/a.txt", "news/b.md");

        JsonNode nokia = Json.mapper().readTree(export(TimelineFilter.NONE.withText("HYPERLINK")));
        assertThat(nokia.get("events")).extracting(e -> e.get("id").asText()).containsExactly("e4");
        assertThat(nokia.get("actors")).extracting(a -> a.get("name").asText()).containsExactly("Nokia");
        assertThat(nokia.get("articles")).extracting(a -> a.get("file").asText()).containsExactly("news/b.md");
    }

    @Test
    void filterByDateRangeKeepsEventsOverlappingIt() {
        Timeline t = Exports.filter(SampleTimeline.build(),
                TimelineFilter.NONE.withRange(java.time.LocalDate.of(2007, 6, 15), java.time.LocalDate.of(2008, 12, 31)));
        // June 2007 and the year 2007 overlap the range; Q3 2008 lies in it; January 2007 and summer 2009 do not.
        assertThat(t.events()).extracting(e -> e.id()).containsExactly("e2", "e3", "e4");
    }

    @Test
    void writingToAFileDoesNotLeaveHalfAFileWhenItFails(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("out.json");
        java.nio.file.Files.writeString(file, "previous");
        Exporter failing = new Exporter() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public String extension() {
                return "json";
            }

            @Override
            public void write(Timeline timeline, TimelineFilter filter, java.io.OutputStream out) throws IOException {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> failing.write(SampleTimeline.build(), TimelineFilter.NONE, file)).hasMessage("disk full");
        assertThat(file).hasContent("previous");
        try (var s = java.nio.file.Files.list(dir)) {
            assertThat(s).containsExactly(file);
        }
    }
}
