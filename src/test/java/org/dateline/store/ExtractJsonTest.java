// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Timeline;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class ExtractJsonTest {
    static Set<ValidationMessage> schemaErrors(JsonNode json) throws Exception {
        try (InputStream in = ExtractJsonTest.class.getResourceAsStream("/contract/extract.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(json);
        }
    }

    @Test
    void timelineWithUnknownOptionalFieldsWritesJsonTheSchemaAccepts() throws Exception {
        String text = "Talks\n\nRussia recognised the Taliban on July 3.";
        Article a = new Article("a.txt", "h", text, null, null, null, null, null, List.of(new Span(7, text.length())),
                List.of());
        int at = text.indexOf("July 3");
        Timex t = new Timex("July 3", at, at + 6, TimexType.DATE, "2025-07-03", null, "XXXX-07-03", "md", null);
        Event e = new Event("e1", DateSpan.parse("2025-07-03").orElseThrow(), "Russia recognised the Taliban",
                List.of("Russia"), List.of(new Source(new Passage(a, 7, text.length()), t)));
        Timeline tl = new Timeline(List.of(a), List.of(new Actor("Russia", ActorKind.COUNTRY, Set.of("Moscow"))),
                List.of(e), Map.of("a.txt", List.of(t)));

        JsonNode json = new ObjectMapper().readTree(ExtractJson.toString(tl));

        assertThat(schemaErrors(json)).isEmpty();
        assertThat(json.at("/articles/0").has("title")).as("required even when unknown").isTrue();
        assertThat(json.at("/articles/0").has("published")).as("required even when unknown").isTrue();
        assertThat(json.at("/articles/0/timexes/0").has("mod")).isFalse();
        assertThat(json.at("/articles/0/timexes/0/value").asText()).isEqualTo("2025-07-03");
        assertThat(json.at("/events/0/sources/0/text").asText()).isEqualTo("Russia recognised the Taliban on July 3.");
    }
}
