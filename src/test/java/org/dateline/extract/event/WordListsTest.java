// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word list of the event step loads, says where it comes from, and lists each entry once. */
class WordListsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abbreviations.txt", "clause-openers.txt", "participle-exceptions.txt",
            "leading-connectives.txt", "reporting-verbs.txt", "date-prepositions.txt", "title-breaks.txt",
            "stopwords.txt", "subjectless-openers.txt", "present-markers.txt", "metadata-cues.txt", "dangling-words.txt",
            "fronted-openers.txt", "determiners.txt", "told-audiences.txt", "verb-particles.txt",
            "particle-verbs.txt", "irregular-verbs.txt", "date-modifiers.txt", "synonyms.txt"})
    void wordListIsWellFormed(String name) throws Exception {
        WordList list = WordList.load(name);
        assertThat(list.entries()).isNotEmpty().doesNotHaveDuplicates();
        String raw = Files.readString(Path.of("src/main/resources/org/dateline/extract/event", name),
                StandardCharsets.UTF_8);
        assertThat(raw).startsWith("#").contains("Apache-2.0");
        if (!name.equals("abbreviations.txt")) {
            assertThat(list.entries()).allSatisfy(e -> assertThat(e).isLowerCase());
        }
    }

    @org.junit.jupiter.api.Test
    void everyListInTheFolderIsChecked() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/org/dateline/extract/event"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).count())
                    .as("a new list must be added to this test").isEqualTo(20);
        }
    }
}
