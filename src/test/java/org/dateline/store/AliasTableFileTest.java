// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableFileTest {
    @TempDir
    Path dir;

    @Test
    void tableSurvivesARoundTrip() throws IOException {
        Path f = dir.resolve("sub/aliases.json");
        Map<String, String> table = Map.of("Moscow", "Russia", "Apple Computer", "Apple", "Gharwal", "Jamal Nasir Gharwal");
        AliasTableFile.write(f, table);
        assertThat(AliasTableFile.read(f)).isEqualTo(table);
        assertThat(Files.readString(f)).contains("\"version\" : 1").contains("\"Moscow\" : \"Russia\"");
    }

    @Test
    void missingFileIsAnEmptyTable() throws IOException {
        assertThat(AliasTableFile.read(dir.resolve("none.json"))).isEmpty();
    }

    @Test
    void brokenFileGivesAClearErrorAndIsLeftAlone() throws IOException {
        Path f = dir.resolve("aliases.json");
        Files.writeString(f, "{ \"aliases\": { \"Moscow\": ");
        assertThatThrownBy(() -> AliasTableFile.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining(f.toString());
        assertThat(Files.readString(f)).isEqualTo("{ \"aliases\": { \"Moscow\": ");
    }

    @Test
    void fileFromANewerVersionIsRefused() throws IOException {
        Path f = dir.resolve("aliases.json");
        Files.writeString(f, "{ \"version\": 9, \"aliases\": {} }");
        assertThatThrownBy(() -> AliasTableFile.read(f)).hasMessageContaining("newer");
    }
}
