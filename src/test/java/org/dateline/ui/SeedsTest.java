// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void embeddedSeedsAreListedAndReadable() throws Exception {
        List<Path> seeds = Seeds.paths();
        try (var s = Files.list(Path.of("seeds"))) {
            assertThat(seeds).hasSize((int) s.filter(p -> p.toString().endsWith(".txt")).count()).isNotEmpty();
        }
        assertThat(Files.readString(seeds.get(0))).isNotBlank();
    }
}
