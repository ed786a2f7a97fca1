// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void failedWriteLeavesTheOldFileAndNoBackupOrTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("work.dateline"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, true)).hasMessage("disk full");
        assertThat(file).hasContent("old");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).containsExactly(file);
        }
    }

    @Test
    void successfulWriteReplacesAndBacksUp() throws IOException {
        Path file = Files.writeString(dir.resolve("work.dateline"), "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(file).hasContent("new");
        assertThat(AtomicFiles.backupOf(file)).hasContent("old");
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("private.dateline"), "old");
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(file, perms);
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms);
    }

    @Test
    void newFileIsNotMadeOwnerOnly() throws IOException {
        Path file = dir.resolve("export.csv");
        AtomicFiles.write(file, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
