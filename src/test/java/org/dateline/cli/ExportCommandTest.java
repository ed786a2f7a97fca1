// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.dateline.store.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path apple;
    private Path nokia;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeArticles() throws IOException {
        apple = Files.writeString(dir.resolve("apple.txt"),
                "Apple unveils iPhone\n\nOn 9 January 2007 Apple Inc. unveiled the iPhone.\n");
        nokia = Files.writeString(dir.resolve("nokia.md"),
                "Nokia answers\n\nOn 10 January 2007 Nokia said it was not worried.\n");
    }

    /**
     * Stands in for the extractor: one event per article, dated 9 January 2007 plus its index, with the actor its
     * first word names. The command's own work (reading, filtering, writing) is what these tests check.
     */
    private static Timeline stubExtract(List<Article> articles) {
        List<Event> events = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String name = a.text().substring(0, a.text().indexOf(' '));
            actors.add(new Actor(name, ActorKind.ORGANIZATION, Set.of(name + " Inc.")));
            int start = a.text().indexOf("On ");
            events.add(new Event("e" + (i + 1), DateSpan.ofDay(LocalDate.of(2007, 1, 9 + i)), a.title(),
                    List.of(name), List.of(new Source(new Passage(a, start, a.text().indexOf('\n', start)), null))));
        }
        return new Timeline(articles, actors, events, Map.of());
    }

    private int export(String... args) {
        CommandLine cl = new CommandLine(new ExportCommand(ExportCommandTest::stubExtract));
        cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Through the real entry point and the real extractor, as a user runs it. */
    private int dateline(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(s)).getRecords();
    }

    @Test
    void writesJsonCsvAndTimelineJsInOneRun() throws IOException {
        Path json = dir.resolve("out/t.json");
        Path csvFile = dir.resolve("out/t.csv");
        Path tjs = dir.resolve("out/t.timeline.json");
        int code = export("--json", json.toString(), "--csv", csvFile.toString(), "--timelinejs", tjs.toString(),
                "--title", "Phones", apple.toString(), nokia.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode doc = Json.mapper().readTree(json.toFile());
        assertThat(doc.get("events")).extracting(e -> e.get("title").asText())
                .containsExactly("Apple unveils iPhone", "Nokia answers");
        assertThat(csv(csvFile)).extracting(r -> r.get("passage_text"))
                .containsExactly("On 9 January 2007 Apple Inc. unveiled the iPhone.",
                        "On 10 January 2007 Nokia said it was not worried.");
        JsonNode timeline = Json.mapper().readTree(tjs.toFile());
        assertThat(timeline.get("title").get("text").get("headline").asText()).isEqualTo("Phones");
        assertThat(timeline.get("events")).extracting(e -> e.get("group").asText()).containsExactly("Apple", "Nokia");
        assertThat(out.toString()).contains("wrote 2 events to " + csvFile + " (CSV)");
    }

    @Test
    void actorFilterMatchesAliasesInAnyCase() throws IOException {
        Path csvFile = dir.resolve("t.csv");
        assertThat(export("--csv", csvFile.toString(), "--actor", "nokia inc.", dir.toString())).isZero();
        assertThat(csv(csvFile)).extracting(r -> r.get("actors")).containsExactly("Nokia");
    }

    @Test
    void articleFilterAcceptsTheFileName() throws IOException {
        Path json = dir.resolve("t.json");
        assertThat(export("--json", json.toString(), "--article", "apple.txt", dir.toString())).isZero();
        JsonNode doc = Json.mapper().readTree(json.toFile());
        assertThat(doc.get("events")).hasSize(1);
        assertThat(doc.get("articles")).extracting(a -> a.get("file").asText()).containsExactly(apple.toString());
    }

    @Test
    void textAndDateFiltersNarrowTheExport() throws IOException {
        Path csvFile = dir.resolve("t.csv");
        assertThat(export("--csv", csvFile.toString(), "--from", "2007-01-10", dir.toString())).isZero();
        assertThat(csv(csvFile)).extracting(r -> r.get("first")).containsExactly("2007-01-10");
        assertThat(export("--csv", csvFile.toString(), "--to", "2007-01-09", "--text", "IPHONE", dir.toString()))
                .isZero();
        assertThat(csv(csvFile)).extracting(r -> r.get("first")).containsExactly("2007-01-09");
    }

    @Test
    void unknownActorIsReportedAndNothingIsExported() throws IOException {
        Path csvFile = dir.resolve("t.csv");
        assertThat(export("--csv", csvFile.toString(), "--actor", "Microsoft", dir.toString())).isZero();
        assertThat(err.toString()).contains("no actor is named \"Microsoft\"").contains("no event matches the filters");
        assertThat(csv(csvFile)).isEmpty();
    }

    @Test
    void missingOutputOptionExitsWithUsageError() {
        assertThat(dateline("export", apple.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing output: give at least one of --png, --json, --csv or --timelinejs")
                .contains("Usage: dateline export");
    }

    @Test
    void badScaleWidthOrRangeExitWithUsageError() {
        Path png = dir.resolve("t.png");
        assertThat(export("--png", png.toString(), "--scale", "3", apple.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--scale must be 1 or 2");
        assertThat(export("--png", png.toString(), "--width", "10", apple.toString())).isEqualTo(2);
        assertThat(export("--csv", "a.csv", "--from", "2008-01-01", "--to", "2007-01-01", apple.toString()))
                .isEqualTo(2);
        assertThat(export("--csv", "same", "--json", "same", apple.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("same file");
        assertThat(png).doesNotExist();
    }

    @Test
    void unreadableArticlesOnlyExitWithOneAndWriteNothing() {
        Path csvFile = dir.resolve("t.csv");
        assertThat(export("--csv", csvFile.toString(), dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.txt").contains("no article could be read");
        assertThat(csvFile).doesNotExist();
    }

    @Test
    void failedOutputIsReportedWhileTheOthersAreWritten() throws IOException {
        Path blocked = Files.createDirectory(dir.resolve("blocked.csv"));
        Path json = dir.resolve("t.json");
        assertThat(export("--csv", blocked.toString(), "--json", json.toString(), apple.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write " + blocked);
        assertThat(json).isNotEmptyFile();
    }

    @Test
    void realExtractorUnfilteredJsonHoldsEveryArticleRead() throws IOException {
        Path json = dir.resolve("seeds.json");
        Path csvFile = dir.resolve("seeds.csv");
        assertThat(dateline("export", "--json", json.toString(), "--csv", csvFile.toString(), "seeds"))
                .as(err.toString()).isZero();
        JsonNode doc = Json.mapper().readTree(json.toFile());
        try (var s = Files.list(Path.of("seeds"))) {
            assertThat(doc.get("articles")).hasSize((int) s.count());
        }
        int sources = 0;
        for (JsonNode e : doc.get("events")) {
            sources += e.get("sources").size();
        }
        assertThat(csv(csvFile)).as("one CSV row per event and source").hasSize(sources);
    }

    @Test
    void helpNamesEveryOutputAndExitCode() {
        assertThat(dateline("export", "--help")).isZero();
        assertThat(out.toString()).contains("--png=FILE", "--json=FILE", "--csv=FILE", "--timelinejs=FILE",
                "--actor=NAME", "--scale=1|2", "Exit codes:", "Examples:");
    }

    @Test
    void pngIsWrittenHeadlessAtTheRequestedSize() throws IOException {
        Path png = dir.resolve("t.png");
        assertThat(dateline("export", "--png", png.toString(), "--scale", "2", "--width", "800", "seeds"))
                .as(err.toString()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        int first = img.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < img.getHeight() && !varied; y += 4) {
            for (int x = 0; x < img.getWidth() && !varied; x += 4) {
                varied = img.getRGB(x, y) != first;
            }
        }
        assertThat(varied).as("image is not blank").isTrue();
    }
}
