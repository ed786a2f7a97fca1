// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code extract} command as a user runs it: its JSON, what it says on standard error, its exit code. */
class ExtractCommandTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Set<ValidationMessage> schemaErrors(JsonNode json) throws Exception {
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/contract/extract.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(json);
        }
    }

    @Test
    void seedsFolderGivesBothArticlesWithTheirMetadataInJsonTheSchemaAccepts() throws Exception {
        Run r = run("extract", "seeds");

        assertThat(r.code()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(schemaErrors(json)).isEmpty();
        JsonNode arts = json.get("articles");
        assertThat(arts).hasSize(2);
        JsonNode a000 = arts.get(0);
        assertThat(a000.get("file").asText()).isEqualTo(Path.of("seeds", "000_1ccf5c4f42c34ae7.txt").toString());
        assertThat(a000.get("title").asText()).isEqualTo("Taliban stayed diplomatically isolated in 2025 despite Russia recognition");
        assertThat(a000.get("outlet").asText()).isEqualTo("Khaama Press");
        assertThat(a000.get("publishedSource").isNull() || a000.get("publishedSource").asText().equals("inferred")).isTrue();
        JsonNode a004 = arts.get(1);
        assertThat(a004.get("title").asText()).isEqualTo("How Russia Ended the Taliban’s Isolation");
        assertThat(a004.get("published").asText()).isEqualTo("2025-07-25");
        assertThat(a004.get("publishedSource").asText()).isEqualTo("text");
        assertThat(a004.get("author").asText()).isEqualTo("Giorgio Cafiero");
        assertThat(a004.get("text").asText())
                .isEqualTo(Files.readString(Path.of("seeds/004_c74b270f33d84657.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void publishedOptionOverridesTheTextAsSetByTheUser() throws Exception {
        Path out = dir.resolve("out.json");
        Run r = run("extract", "--published", "2025-08-01", "--out", out.toString(), "seeds/004_c74b270f33d84657.txt");

        assertThat(r.code()).isZero();
        JsonNode json = MAPPER.readTree(out.toFile());
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(json.at("/articles/0/published").asText()).isEqualTo("2025-08-01");
        assertThat(json.at("/articles/0/publishedSource").asText()).isEqualTo("user");
    }

    @Test
    void folderWithOneBadFileStillExtractsTheGoodOnesAndNamesTheBadOne() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("mixed"));
        Files.copy(Path.of("seeds/004_c74b270f33d84657.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("bad.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0});
        Files.write(folder.resolve("empty.md"), new byte[0]);

        Run r = run("extract", folder.toString());

        assertThat(r.code()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(json.get("articles")).hasSize(1);
        assertThat(json.at("/articles/0/file").asText()).endsWith("good.txt");
        assertThat(r.err()).contains(folder.resolve("bad.txt") + ": looks like a binary file")
                .contains(folder.resolve("empty.md") + ": is empty")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void nothingReadableExitsNonZeroNamingEachFile() throws Exception {
        Path bad = Files.write(dir.resolve("bad.pdf"), "%PDF-1.4 not a pdf".getBytes(StandardCharsets.US_ASCII));
        Path missing = dir.resolve("missing.txt");

        Run r = run("extract", bad.toString(), missing.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isBlank();
        assertThat(r.err()).contains(bad + ": is not a readable PDF", missing + ": does not exist",
                "no article could be read").doesNotContain("Exception", "\tat ");
    }

    @Test
    void emptyFolderIsReportedAndExitsNonZero() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Run r = run("extract", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(empty + ": holds no article files");
    }
}
