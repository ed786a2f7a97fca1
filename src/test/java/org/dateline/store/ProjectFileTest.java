// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.export.SampleTimeline;
import org.dateline.model.Project;
import org.dateline.model.TimelineFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    private static Project sample() {
        return new Project(SampleTimeline.build(), Map.of("news/b.md", LocalDate.of(2007, 1, 10)),
                Map.of("Apple Inc.", "Apple", "Jobs", "Steve Jobs"),
                new TimelineFilter(Set.of("Apple", "Nokia"), Set.of("news/a.txt"), "iPhone", LocalDate.of(2007, 1, 1),
                        LocalDate.of(2009, 12, 31)));
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void projectSurvivesARoundTripUnchanged() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(sample(), file);
        Project back = ProjectFile.open(file);
        assertThat(back).isEqualTo(sample());
        // Passage equality looks at file and offsets only; the text the user reads must come back too.
        assertThat(back.timeline().events().get(0).sources().get(0).passage().text())
                .isEqualTo(sample().timeline().events().get(0).sources().get(0).passage().text());
        assertThat(back.timeline().articles()).extracting(a -> a.text())
                .containsExactly(SampleTimeline.TEXT_A, SampleTimeline.TEXT_B);
    }

    @Test
    void emptyProjectAndProjectWithoutFilterRoundTrip() throws IOException {
        Path file = dir.resolve("empty.dateline");
        ProjectFile.save(Project.EMPTY, file);
        assertThat(ProjectFile.open(file)).isEqualTo(Project.EMPTY);
        Project noFilter = new Project(SampleTimeline.build(), Map.of(), Map.of(), null);
        ProjectFile.save(noFilter, file);
        assertThat(ProjectFile.open(file)).isEqualTo(noFilter);
    }

    @Test
    void sameProjectAlwaysGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.dateline");
        Path b = dir.resolve("b.dateline");
        ProjectFile.save(sample(), a);
        ProjectFile.save(ProjectFile.open(a), b);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void fileCarriesFormatAndSchemaVersion() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(sample(), file);
        var tree = Json.mapper().readTree(file.toFile());
        assertThat(tree.get("format").asText()).isEqualTo("dateline-project");
        assertThat(tree.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void savingOverAProjectKeepsThePreviousVersionAsBak() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(Project.EMPTY, file);
        byte[] first = Files.readAllBytes(file);
        ProjectFile.save(sample(), file);
        assertThat(Files.readAllBytes(dir.resolve("work.dateline.bak"))).isEqualTo(first);
        assertThat(ProjectFile.open(file)).isEqualTo(sample());
        assertThat(ProjectFile.open(dir.resolve("work.dateline.bak"))).isEqualTo(Project.EMPTY);
        assertThat(filesInDir()).containsExactly(file, dir.resolve("work.dateline.bak"));
    }

    @Test
    void firstSaveLeavesNoBackupAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(sample(), file);
        assertThat(filesInDir()).containsExactly(file);
    }

    private void assertRefusedUntouched(Path file, String messagePart) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = filesInDir();
        assertThatThrownBy(() -> ProjectFile.open(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(messagePart);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesInDir()).isEqualTo(filesBefore);
    }

    @Test
    void truncatedProjectIsRefusedWithoutHarm() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(sample(), file);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        assertRefusedUntouched(file, "damaged or truncated");
    }

    @Test
    void garbageIsRefusedWithoutHarm() throws IOException {
        Path file = dir.resolve("work.dateline");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        assertRefusedUntouched(file, "damaged or truncated");
    }

    @Test
    void otherJsonIsNotTakenForAProject() throws IOException {
        Path file = dir.resolve("extract.json");
        Files.writeString(file, ExtractJson.toString(SampleTimeline.build()), StandardCharsets.UTF_8);
        assertRefusedUntouched(file, "not a Dateline project file");
    }

    @Test
    void projectFromANewerVersionIsRefusedWithoutHarm() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(sample(), file);
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(file.toFile());
        tree.put("version", 2);
        Files.write(file, Json.mapper().writeValueAsBytes(tree));
        assertRefusedUntouched(file, "newer Dateline");
    }

    @Test
    void projectWithInconsistentContentIsRefused() throws IOException {
        Path file = dir.resolve("work.dateline");
        ProjectFile.save(sample(), file);
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(file.toFile());
        ((ObjectNode) tree.get("events").get(0).get("sources").get(0)).put("end", 999_999);
        Files.write(file, Json.mapper().writeValueAsBytes(tree));
        assertRefusedUntouched(file, "is damaged");

        ((ObjectNode) tree.get("events").get(0).get("sources").get(0)).put("end", 10).put("file", "gone.txt");
        Files.write(file, Json.mapper().writeValueAsBytes(tree));
        assertRefusedUntouched(file, "gone.txt");
    }

    @Test
    void missingFileGetsAClearMessage() {
        assertThatThrownBy(() -> ProjectFile.open(dir.resolve("nope.dateline")))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("no such project file");
    }
}
