// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The actors a reader finds in each sample article, each once, under one name, and nothing else. */
class SeedActorsTest {
    private static final ActorRecognizer RECOGNIZER = ActorRecognizer.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "000_1ccf5c4f42c34ae7.txt | Afghanistan:COUNTRY, Taliban:ORGANIZATION, Russia:COUNTRY, Khaama Press:OUTLET, "
            + "Vladimir Putin:PERSON, United States:COUNTRY, Donald Trump:PERSON, Zabihullah Mujahid:PERSON, "
            + "United Nations:ORGANIZATION, Pakistan:COUNTRY, Pakistani Taliban:ORGANIZATION, India:COUNTRY, "
            + "Germany:COUNTRY, Tajikistan:COUNTRY, Hibatullah Akhundzada:PERSON, Haqqani network:ORGANIZATION, "
            + "Sirajuddin Haqqani:PERSON",
        "004_c74b270f33d84657.txt | Russia:COUNTRY, Taliban:ORGANIZATION, Afghanistan:COUNTRY, "
            + "United States:COUNTRY, Jamal Nasir Gharwal:PERSON, Nikita Smagin:PERSON",
    })
    void sampleArticleNamesItsActorsOnce(String file, String expected) throws IOException {
        String text = Files.readString(Path.of("seeds", file));
        Set<String> actors = new LinkedHashSet<>();
        for (ActorMention m : RECOGNIZER.recognize(text)) {
            if (m.role() == ActorMention.Role.AGENT) {
                actors.add(m.actor().name() + ":" + m.actor().kind());
            }
        }
        assertThat(actors).containsExactlyInAnyOrderElementsOf(List.of(expected.split(",\\s*")));
    }
}
