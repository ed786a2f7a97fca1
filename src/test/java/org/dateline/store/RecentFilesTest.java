// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestComesFirstAndEachFileOnce() {
        RecentFiles r = RecentFiles.EMPTY.add(dir.resolve("a")).add(dir.resolve("b")).add(dir.resolve("./a"));
        assertThat(r.paths()).containsExactly(dir.resolve("a"), dir.resolve("b"));
    }

    @Test
    void keepsAtMostTenDroppingTheOldest() {
        RecentFiles r = RecentFiles.EMPTY;
        for (int i = 0; i < 12; i++) {
            r = r.add(dir.resolve("p" + i));
        }
        assertThat(r.paths()).hasSize(10).first().isEqualTo(dir.resolve("p11"));
        assertThat(r.paths()).doesNotContain(dir.resolve("p0"), dir.resolve("p1")).contains(dir.resolve("p2"));
    }

    @Test
    void removesAndForgetsMissingFiles() throws IOException {
        Path real = Files.createFile(dir.resolve("real.dateline"));
        RecentFiles r = RecentFiles.EMPTY.add(dir.resolve("gone.dateline")).add(real);
        assertThat(r.existing().paths()).containsExactly(real);
        assertThat(r.remove(real).paths()).containsExactly(dir.resolve("gone.dateline"));
    }

    @Test
    void savesAndLoadsTheList() throws IOException {
        RecentFiles r = RecentFiles.EMPTY;
        for (int i : IntStream.range(0, 3).toArray()) {
            r = r.add(dir.resolve("p" + i));
        }
        Path store = dir.resolve("recent.json");
        r.save(store);
        assertThat(RecentFiles.load(store)).isEqualTo(r);
    }

    @Test
    void damagedOrMissingListIsEmptyNotAnError() throws IOException {
        assertThat(RecentFiles.load(dir.resolve("none.json"))).isEqualTo(RecentFiles.EMPTY);
        Path store = Files.writeString(dir.resolve("recent.json"), "[\"/a\", ");
        assertThat(RecentFiles.load(store)).isEqualTo(RecentFiles.EMPTY);
    }
}
