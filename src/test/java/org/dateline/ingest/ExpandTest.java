// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpandTest {
    @TempDir
    Path dir;

    @Test
    void foldersGiveTheirSupportedFilesSortedSkippingHiddenOnes() throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/z.md"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("c.HTML"), "x");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.writeString(dir.resolve("._a.txt"), "x");
        Files.writeString(dir.resolve("b/.git/HEAD.txt"), "x");
        List<String> problems = new ArrayList<>();

        List<Path> files = ArticleReaders.expand(List.of(dir), problems::add);

        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b/z.md"), dir.resolve("c.HTML"));
        assertThat(problems).isEmpty();
    }

    @Test
    void filesNamedExplicitlyAreKeptEvenIfUnsupportedSoTheyCanBeReported() {
        List<Path> files = ArticleReaders.expand(List.of(dir.resolve("notes.docx")), p -> { });
        assertThat(files).containsExactly(dir.resolve("notes.docx"));
    }

    @Test
    void folderWithoutArticlesIsReported() {
        List<String> problems = new ArrayList<>();
        assertThat(ArticleReaders.expand(List.of(dir), problems::add)).isEmpty();
        assertThat(problems).singleElement().asString().startsWith(dir + ": holds no article files");
    }
}
