// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each input article next to its {@code .golden} file: the metadata the reader must find and the body text it must
 * keep (body stretches separated by a blank line), so that dropped clutter and kept paragraphs are both checked.
 */
class ArticleGoldenTest {
    static final Path RESOURCES = Path.of("src/test/resources/org/dateline/ingest");

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_1ccf5c4f42c34ae7.txt", "seeds/004_c74b270f33d84657.txt",
            "src/test/resources/org/dateline/ingest/wire-story.html",
            "src/test/resources/org/dateline/ingest/blog-post.md",
            "src/test/resources/org/dateline/ingest/front-matter.md",
            "src/test/resources/org/dateline/ingest/crlf-byline.txt"})
    void readsMetadataAndBodyAsTheGoldenFileSays(String input) throws Exception {
        Path path = Path.of(input);
        Article a = ArticleReaders.read(path, input);
        Golden g = Golden.of(RESOURCES.resolve(path.getFileName() + ".golden"));

        assertThat(a.file()).isEqualTo(input);
        assertThat(a.title()).isEqualTo(g.field("title"));
        assertThat(a.published() == null ? null : a.published().toString()).isEqualTo(g.field("published"));
        assertThat(a.publishedSource()).isEqualTo(a.published() == null ? null : PublishedSource.TEXT);
        assertThat(a.author()).isEqualTo(g.field("author"));
        assertThat(a.outlet()).isEqualTo(g.field("outlet"));
        assertThat(bodyOf(a)).isEqualTo(g.body());
        assertThat(a.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_1ccf5c4f42c34ae7.txt", "seeds/004_c74b270f33d84657.txt",
            "src/test/resources/org/dateline/ingest/blog-post.md",
            "src/test/resources/org/dateline/ingest/front-matter.md",
            "src/test/resources/org/dateline/ingest/crlf-byline.txt"})
    void plainTextAndMarkdownKeepTheFileExactlySoOffsetsArePositionsInIt(String input) throws Exception {
        Article a = ArticleReaders.read(Path.of(input), input);
        assertThat(a.text()).isEqualTo(Files.readString(Path.of(input), StandardCharsets.UTF_8));
    }

    @Test
    void pdfReadsAsTheGoldenFileSays(@TempDir Path dir) throws Exception {
        // Written here rather than committed: a binary fixture cannot be reviewed in a diff.
        Path pdf = PdfTestFiles.write(dir.resolve("flood-report.pdf"), List.of(
                List.of("Flood waters recede in Dhaka"),
                List.of("Monday, 12 August 2024"),
                List.of("By Rahim Chowdhury"),
                List.of("Share on Facebook"),
                List.of("Flood waters began to recede in Dhaka on Monday after a week of heavy rain,",
                        "officials said, the Dhaka Tribune reported."),
                List.of("Schools will reopen on 19 August, the education ministry said."),
                List.of("Related Articles"),
                List.of("Monsoon season ends early")), null, true);
        Article a = ArticleReaders.read(pdf, "flood-report.pdf");
        Golden g = Golden.of(RESOURCES.resolve("flood-report.pdf.golden"));

        assertThat(a.title()).isEqualTo(g.field("title"));
        assertThat(a.published()).hasToString(g.field("published"));
        assertThat(a.author()).isEqualTo(g.field("author"));
        assertThat(a.outlet()).isEqualTo(g.field("outlet"));
        assertThat(bodyOf(a)).isEqualTo(g.body());
    }

    static String bodyOf(Article a) {
        return a.body().stream().map(a::slice).collect(Collectors.joining("\n\n"));
    }

    /** "key: value" lines, then "body:" and the body text. "null" stands for a field not found. */
    record Golden(Map<String, String> fields, String body) {
        static Golden of(Path p) throws IOException {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            int at = s.indexOf("\nbody:\n");
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : s.substring(0, at).split("\n")) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            return new Golden(fields, s.substring(at + "\nbody:\n".length()).stripTrailing());
        }

        String field(String key) {
            String v = fields.get(key);
            return v == null || v.equals("null") ? null : v;
        }
    }
}
