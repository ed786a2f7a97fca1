// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReaders;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Timeline;

/**
 * Speed check, not run by surefire: extracts and merges N articles (default 1000) made by repeating the seed
 * and development articles under new names, so the merge has many true duplicates to fold. Prints the
 * extraction and merge times. Arg: N (non-numeric args are ignored).
 */
public final class EventBenchmark {
    private EventBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 1000;
        for (String a : args) {
            if (a.matches("\\d+")) {
                n = Integer.parseInt(a);
            }
        }
        List<Article> base = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("../../shared/dev/meantime-apple"),
                Path.of("/work/shared/dev/meantime-apple"))) {
            if (Files.isDirectory(dir)) {
                for (Path p : ArticleReaders.expand(List.of(dir))) {
                    base.add(ArticleReaders.read(p, p.getFileName().toString()));
                }
            }
        }
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = base.get(i % base.size());
            articles.add(new Article("copy" + i + "/" + a.file(), a.hash(), a.text(), a.title(), a.published(),
                    a.publishedSource(), a.author(), a.outlet(), a.body(), a.warnings()));
        }
        Extractor extractor = Extractor.load();
        extractor.extract(articles.subList(0, Math.min(50, n))); // warm-up
        long t0 = System.nanoTime();
        List<Extractor.ArticleResult> results = articles.parallelStream().map(extractor::extractArticle).toList();
        long t1 = System.nanoTime();
        List<Event> all = results.stream().flatMap(r -> r.events().stream()).toList();
        List<Event> merged = new EventMerger().merge(all);
        long t2 = System.nanoTime();
        Timeline t = extractor.combine(results);
        long t3 = System.nanoTime();
        // the event step alone: building events from the taggers' output, one thread
        EventBuilder builder = new EventBuilder();
        List<org.dateline.extract.actor.ActorMention> none = List.of();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long b0 = System.nanoTime();
        int built = 0;
        for (Extractor.ArticleResult r : results) {
            built += builder.build(r.article(), r.timexes(), none).size();
        }
        long b1 = System.nanoTime();
        System.out.printf("event building alone (1 thread, no actors): %d events in %.0f ms wall, %.0f ms cpu%n", built,
                (b1 - b0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) {
            long a = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            new EventMerger().merge(all);
            // CPU time too: on a shared machine the wall clock mostly measures the other tenants
            System.out.printf("merge again (warm): %.0f ms wall, %.0f ms cpu%n", (System.nanoTime() - a) / 1e6,
                    (cpu.getCurrentThreadCpuTime() - c) / 1e6);
        }
        System.out.printf("articles=%d events=%d merged=%d extract=%.0f ms merge=%.0f ms combine=%.0f ms total=%.0f ms%n",
                n, all.size(), merged.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0 - (t2 - t1)) / 1e6);
        System.out.println("timeline events: " + t.events().size());
        syntheticMerge(10 * n);
        longArticle(20 * n);
    }

    /** One very long article of near-identical dated sentences: the build and the merge stay near linear. */
    private static void longArticle(int sentences) {
        StringBuilder sb = new StringBuilder();
        List<org.dateline.model.Timex> ts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            int s = sb.length();
            sb.append("The ministry approved plan number ").append(i).append(" on July 3, 2025 after long talks. ");
            int at = sb.indexOf("July 3, 2025", s);
            ts.add(new org.dateline.model.Timex("July 3, 2025", at, at + 12, org.dateline.model.TimexType.DATE,
                    "2025-07-03", null, "2025-07-03", "synthetic", null));
            if (i % 100 == 99) {
                sb.append("\n\n");
            }
        }
        String text = sb.toString();
        Article a = new Article("long.txt", "0", text, null, null, null, null, null,
                List.of(new org.dateline.model.Span(0, text.length())), List.of());
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        List<Event> events = new EventBuilder().build(a, ts, List.of());
        long t1 = cpu.getCurrentThreadCpuTime();
        int merged = new EventMerger().merge(events).size();
        long t2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("long article: %d chars, %d events built in %.0f ms cpu, merged to %d in %.0f ms cpu%n",
                text.length(), events.size(), (t1 - t0) / 1e6, merged, (t2 - t1) / 1e6);
    }

    /** The merge alone on distinct events: random wording, actors and days over three years. */
    private static void syntheticMerge(int count) {
        java.util.Random r = new java.util.Random(42);
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                text.append("word").append((char) ('a' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)))
                        .append("ed ");
            }
            java.time.LocalDate day = java.time.LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
            String value = r.nextInt(4) == 0 ? day.toString().substring(0, 7) : day.toString();
            text.append("on ").append(value).append('.');
            Article a = new Article("syn" + i + ".txt", "0", text.toString(), null, null, null, null, null,
                    List.of(new org.dateline.model.Span(0, text.length())), List.of());
            int at = text.indexOf(value);
            org.dateline.model.Timex x = new org.dateline.model.Timex(value, at, at + value.length(),
                    org.dateline.model.TimexType.DATE, value, null, value, "synthetic", null);
            org.dateline.model.Source src = new org.dateline.model.Source(
                    new org.dateline.model.Passage(a, 0, text.length()), x);
            events.add(new Event("s" + i, org.dateline.model.DateSpan.parse(value).orElseThrow(), text.toString(),
                    List.of("actor" + r.nextInt(50)), List.of(src)));
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) {
            long a = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            int merged = new EventMerger().merge(events).size();
            System.out.printf("synthetic merge: %d distinct events -> %d, %.0f ms wall, %.0f ms cpu%n", count, merged,
                    (System.nanoTime() - a) / 1e6, (cpu.getCurrentThreadCpuTime() - c) / 1e6);
        }
    }
}
