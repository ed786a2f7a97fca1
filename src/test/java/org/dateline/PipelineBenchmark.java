// SPDX-License-Identifier: Apache-2.0
package org.dateline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.export.CsvExporter;
import org.dateline.export.Exporter;
import org.dateline.export.JsonExporter;
import org.dateline.export.TimelineJsExporter;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReaders;
import org.dateline.ingest.UnreadableArticleException;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;

/**
 * Drops N articles at once (default 1000): the seeds and the dev set, duplicated with perturbed years and names so
 * no two are alike, written to a temporary folder, then read, extracted and merged as the app and the command line
 * do. Target (issue 7): at most 5 s on 2 cores. Also times the JSON, CSV and TimelineJS writers on 10 000 events.
 * Not run by surefire:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.PipelineBenchmark -Dexec.classpathScope=test}
 */
public final class PipelineBenchmark {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)(\\d\\d)\\b");
    private static final String[] NAMES = {"Apple", "Microsoft", "Nokia", "Samsung", "Google", "Sony"};

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = 1000;
        for (String a : args) {
            if (a.matches("\\d+")) {
                count = Integer.parseInt(a);
            }
        }
        List<String> seeds = seedTexts();
        Path dir = Files.createTempDirectory("dateline-bench");
        try {
            for (int i = 0; i < count; i++) {
                Files.writeString(dir.resolve(String.format("%04d.txt", i)), perturb(seeds.get(i % seeds.size()), i),
                        StandardCharsets.UTF_8);
            }
            System.out.printf("%d articles from %d seed texts, %d cores%n", count, seeds.size(),
                    Runtime.getRuntime().availableProcessors());
            Extractor extractor = Extractor.load();
            // Warm-up: class loading and JIT, as a running app would have done already.
            run(dir, extractor, true);
            for (boolean parallel : new boolean[] {false, true}) {
                long[] t = run(dir, extractor, parallel);
                System.out.printf("%-10s read %5d ms  extract %5d ms  merge %5d ms  total %5d ms  (%d events)%n",
                        parallel ? "parallel" : "sequential", t[0], t[1], t[2], t[0] + t[1] + t[2], t[3]);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        exporters(10_000);
    }

    /** Read, extract, merge; returns the milliseconds of each step and the number of events. */
    private static long[] run(Path dir, Extractor extractor, boolean parallel) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = ArticleReaders.expand(List.of(dir));
        Stream<Path> s = parallel ? files.parallelStream() : files.stream();
        List<Article> articles = s.map(PipelineBenchmark::read).toList();
        long t1 = System.nanoTime();
        Stream<Article> as = parallel ? articles.parallelStream() : articles.stream();
        List<Extractor.ArticleResult> results = as.map(extractor::extractArticle).toList();
        long t2 = System.nanoTime();
        Timeline timeline = extractor.combine(results);
        long t3 = System.nanoTime();
        return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
            timeline.events().size()};
    }

    private static Article read(Path p) {
        try {
            return ArticleReaders.read(p, p.toString());
        } catch (UnreadableArticleException e) {
            throw new IllegalStateException(e.userMessage(), e);
        }
    }

    private static List<String> seedTexts() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path d : List.of(Path.of("seeds"), Path.of("/work/shared/dev/meantime-apple"))) {
            if (Files.isDirectory(d)) {
                for (Path p : ArticleReaders.expand(List.of(d))) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no seed texts: run from the project folder");
        }
        return out;
    }

    /** Copy {@code i} of a text: years shifted, one company name swapped, a line added, so every hash differs. */
    static String perturb(String text, int i) {
        int shift = i % 7 - 3;
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Integer.toString(Integer.parseInt(m.group()) + shift));
        }
        m.appendTail(sb);
        String swapped = sb.toString().replace("Apple", NAMES[i % NAMES.length]);
        return swapped + "\n\nCopy " + i + " for the benchmark.\n";
    }

    /** The export writers on a synthetic timeline of {@code n} events. */
    private static void exporters(int n) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Event> events = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = text.length();
            text.append("On that day, ").append(NAMES[i % NAMES.length]).append(" did thing number ").append(i)
                    .append(", said \"someone\".\n");
            spans.add(new int[] {start, text.length() - 1});
        }
        Article a = new Article("bench.txt", "h", text.toString(), "Bench", null, null, null, null, List.of(),
                List.of());
        for (int i = 0; i < n; i++) {
            events.add(new Event("e" + i, DateSpan.ofDay(LocalDate.of(2000, 1, 1).plusDays(i)), "Thing " + i,
                    List.of(NAMES[i % NAMES.length]), List.of(new Source(new Passage(a, spans.get(i)[0],
                    spans.get(i)[1]), null))));
        }
        Timeline t = new Timeline(List.of(a), List.of(), events, Map.of());
        for (Exporter e : List.of(new JsonExporter(), new CsvExporter(), new TimelineJsExporter())) {
            write(e, t, OutputStream.nullOutputStream());
            long t0 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(e, t, out);
            System.out.printf("export %-10s %d events: %4d ms, %,d bytes%n", e.name(), n,
                    (System.nanoTime() - t0) / 1_000_000, out.size());
        }
    }

    private static void write(Exporter e, Timeline t, OutputStream out) throws IOException {
        e.write(t, TimelineFilter.NONE, out);
    }
}
