// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}, byte for byte (line ends and BOM are
 * part of what is checked). Run with {@code -Ddateline.golden.update=true} to rewrite the golden files after an
 * intended change, then review the diff.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static void assertMatches(String name, byte[] actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("dateline.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
        }
        assertThat(file).as("golden file %s (regenerate with -Ddateline.golden.update=true)", file).exists();
        byte[] expected = Files.readAllBytes(file);
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("output differs from golden file %s", file)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }
}
