// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recognition speed in characters per second on one thread (the budget is at least 2 M chars/s per core).
 * Test-scope main, not run by surefire:
 * <pre>mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.extract.actor.ActorBenchmark
 *     -Dexec.classpathScope=test</pre>
 * Reads the seed articles and the development set under {@code /work/shared} (or {@code $DATELINE_SHARED}),
 * falling back to the seeds bundled as resources. A numeric argument sets the seconds to measure.
 */
public final class ActorBenchmark {
    public static void main(String[] args) throws IOException {
        double seconds = 5;
        for (String a : args) {
            if (a.matches("\\d+(\\.\\d+)?")) {
                seconds = Double.parseDouble(a);
            }
        }
        List<String> texts = texts();
        long chars = texts.stream().mapToLong(String::length).sum();
        ActorRecognizer r = ActorRecognizer.load();
        long mentions = 0;
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String t : texts) {
                mentions += r.recognize(t).size();
            }
        }
        long done = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long stop = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < stop) {
            for (String t : texts) {
                mentions += r.recognize(t).size();
            }
            done += chars;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        // CPU time is what "per core" means; wall time also counts the other processes sharing the machine
        // one long article (all texts, 20 and 40 times over) shows that nothing grows faster than the text: the
        // second takes about twice the time of the first
        for (int copies : new int[]{20, 40, 20, 40}) {
            String longText = String.join("\n\n", java.util.Collections.nCopies(copies, String.join("\n\n", texts)));
            long l0 = cpu.getCurrentThreadCpuTime();
            int longMentions = r.recognize(longText).size();
            double longSeconds = (cpu.getCurrentThreadCpuTime() - l0) / 1e9;
            System.out.printf("one article of %d chars: %.0f ms CPU, %.2f M chars per CPU second (%d mentions)%n",
                    longText.length(), longSeconds * 1e3, longText.length() / longSeconds / 1e6, longMentions);
        }
        System.out.printf("actor recognition: %d articles, %d chars per pass; %.2f M chars per CPU second, "
                + "%.2f M chars per wall-clock second on one thread (%d mentions)%n",
                texts.size(), chars, done / cpuSeconds / 1e6, done / elapsed / 1e6, mentions);
    }

    private static List<String> texts() throws IOException {
        Path shared = Path.of(System.getenv().getOrDefault("DATELINE_SHARED", "/work/shared"));
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(shared.resolve("seeds"), shared.resolve("dev/meantime-apple"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("LICENSE.txt")).toList()) {
                        out.add(Files.readString(p));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (String name : List.of("000_1ccf5c4f42c34ae7.txt", "004_c74b270f33d84657.txt")) {
                try (var in = ActorBenchmark.class.getResourceAsStream("/org/dateline/seeds/" + name)) {
                    if (in != null) {
                        out.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }
}
