// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.dateline.model.DateSpan;
import org.dateline.model.TimelineFilter;
import org.dateline.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineJsExporterTest {

    private static byte[] export(TimelineFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimelineJsExporter("Apple and Nokia").write(SampleTimeline.build(), filter, out);
        return out.toByteArray();
    }

    private static JsonNode event(JsonNode doc, String id) {
        for (JsonNode e : doc.get("events")) {
            if (e.get("unique_id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Golden.assertMatches("export/sample.timelinejs.json", export(TimelineFilter.NONE));
    }

    @Test
    void givesStartDatesOnlyTheFieldsTheirPrecisionKnows() throws IOException {
        JsonNode doc = Json.mapper().readTree(export(TimelineFilter.NONE));
        assertThat(event(doc, "e1").get("start_date").toString()).isEqualTo("{\"year\":2007,\"month\":1,\"day\":9}");
        assertThat(event(doc, "e2").get("start_date").toString()).isEqualTo("{\"year\":2007,\"month\":6}");
        assertThat(event(doc, "e4").get("start_date").toString()).isEqualTo("{\"year\":2007}");
        assertThat(event(doc, "e1").has("end_date")).isFalse();
        assertThat(event(doc, "e3").get("end_date").toString()).isEqualTo("{\"year\":2008,\"month\":9}");
    }

    @Test
    void groupsEachEventUnderItsMainActor() throws IOException {
        JsonNode doc = Json.mapper().readTree(export(TimelineFilter.NONE));
        assertThat(event(doc, "e1").get("group").asText()).isEqualTo("Apple");
        assertThat(event(doc, "e5").get("group").asText()).isEqualTo("Nokia");
        assertThat(event(doc, "e3").has("group")).isFalse();
    }

    @Test
    void escapesArticleTextSoItCannotInjectHtml() throws IOException {
        JsonNode doc = Json.mapper().readTree(export(TimelineFilter.NONE));
        String text = event(doc, "e1").get("text").get("text").asText();
        assertThat(text).contains("&lt;b&gt;loudly&lt;/b&gt;").doesNotContain("<b>");
        assertThat(text).contains("<cite>Apple unveils iPhone (news/a.txt)</cite>");
        assertThat(event(doc, "e1").get("text").get("headline").asText()).isEqualTo("Apple unveils the iPhone");
    }

    @Test
    void carriesTheTitleAndOnlyTheFilteredEvents() throws IOException {
        JsonNode doc = Json.mapper().readTree(export(TimelineFilter.NONE.withText("café")));
        assertThat(doc.get("title").get("text").get("headline").asText()).isEqualTo("Apple and Nokia");
        assertThat(doc.get("events")).extracting(e -> e.get("unique_id").asText()).containsExactly("e5");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-Q3, false, Q3 2025",
        "2025-H2, false, Second half of 2025",
        "2025-SU, true,  Summer 2025",
        "199X,    false, 1990s",
        "19XX,    false, 20th century",
        "2025-W11, false, Week of 2025-03-10",
        "2025-07, true,  About July 2025",
        "2025-Q1, true,  About Q1 2025",
        "2025-H1, true,  About first half of 2025",
        "2025-07-03, true, About 3 July 2025",
    })
    void labelsDatesTimelineJsWouldMisstate(String value, boolean approximate, String label) {
        assertThat(TimelineJsExporter.display(DateSpan.parse(value, approximate).orElseThrow())).isEqualTo(label);
    }

    @Test
    void uniqueIdsAreUrlSafeAndDistinct() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(TimelineJsExporter.uniqueId("a.txt#12:40", taken)).isEqualTo("a-txt-12-40");
        assertThat(TimelineJsExporter.uniqueId("a.txt#12:40", taken)).isEqualTo("a-txt-12-40-2");
        assertThat(TimelineJsExporter.uniqueId("e1", taken)).isEqualTo("e1");
    }

    @Test
    void leavesPlainDatesToTimelineJs() {
        assertThat(TimelineJsExporter.display(DateSpan.parse("2025-07-03").orElseThrow())).isNull();
        assertThat(TimelineJsExporter.display(DateSpan.parse("2025").orElseThrow())).isNull();
    }
}
