// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.dateline.extract.Extractor;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadServiceTest {
    @TempDir
    Path dir;

    private final LoadService service = new LoadService(Extractor::load);

    static final TaskRunner.Progress QUIET = new TaskRunner.Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void filesAndFoldersAreReadAndBadOnesReportedByName() throws Exception {
        Path good = write("one.txt", "Kabul, 3 July 2025. The talks began on Monday.");
        write("folder/two.md", "# Two\n\nOn 1 May 2024 the council met.");
        write("folder/skip.bin", "ignored inside folders");
        Path exe = write("virus.exe", "MZ");
        Path empty = write("empty.txt", "");
        Path missing = dir.resolve("missing.txt");
        LoadService.Outcome o = service.load(List.of(good, dir.resolve("folder"), exe, empty, missing), List.of(), QUIET);
        assertThat(o.added()).extracting(r -> Path.of(r.article().file()).getFileName().toString())
                .containsExactly("one.txt", "two.md");
        assertThat(o.combined().articles()).hasSize(2);
        assertThat(o.problems()).extracting(LoadService.Problem::userMessage)
                .anySatisfy(m -> assertThat(m).startsWith("virus.exe: ").contains("unsupported"))
                .anySatisfy(m -> assertThat(m).startsWith("empty.txt: "))
                .anySatisfy(m -> assertThat(m).startsWith("missing.txt: ").contains("does not exist"));
    }

    @Test
    void sameContentTwiceIsSkippedAsDuplicate() throws Exception {
        Path a = write("a.txt", "Paris, 3 July 2025. France signed the treaty on 1 July 2025.");
        Path copy = write("copy-of-a.txt", Files.readString(a));
        LoadService.Outcome first = service.load(List.of(a, copy), List.of(), QUIET);
        assertThat(first.added()).hasSize(1);
        assertThat(first.duplicates()).containsExactly(copy.toString());
        LoadService.Outcome again = service.load(List.of(a), first.all(), QUIET);
        assertThat(again.added()).isEmpty();
        assertThat(again.duplicates()).containsExactly(a.toString());
        assertThat(again.all()).hasSize(1);
    }

    @Test
    void newArticlesAreMergedWithTheLoadedOnes() throws Exception {
        Path a = write("a.txt", "Paris, 3 July 2025. France signed the treaty on 1 July 2025.");
        Path b = write("b.txt", "Berlin, 4 July 2025. Germany signed the treaty on 1 July 2025.");
        LoadService.Outcome first = service.load(List.of(a), List.of(), QUIET);
        LoadService.Outcome second = service.load(List.of(b), first.all(), QUIET);
        assertThat(second.combined().articles()).extracting(Article::file).containsExactly(a.toString(), b.toString());
    }

    @Test
    void cancellingStopsTheLoad() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(write("f" + i + ".txt", "Article " + i + " of 3 July 2025."));
        }
        TaskRunner.Progress cancelled = new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> service.load(files, List.of(), cancelled)).isInstanceOf(CancellationException.class);
    }
}
