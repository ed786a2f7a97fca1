// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Speed of the temporal tagger (not run by surefire). Prints: time to load the rules (first load in this JVM),
 * characters per second over the development articles (tagging plus resolution, one thread), and the time for a
 * 1 MB adversarial line of digits, dashes and month names (linear time: no catastrophic backtracking).
 * Run: mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.extract.time.TimeBenchmark
 * -Dexec.classpathScope=test [-Dexec.args=DEV_DIR]
 */
public final class TimeBenchmark {
    public static void main(String[] args) throws Exception {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long l0 = mx.getCurrentThreadCpuTime();
        TimeExtractor x = TimeExtractor.loadFresh();
        System.out.printf("load: %.0f ms wall, %.0f ms CPU (first load, cold JVM)%n", (System.nanoTime() - t0) / 1e6,
                (mx.getCurrentThreadCpuTime() - l0) / 1e6);
        long t1 = System.nanoTime();
        TimeExtractor.loadFresh();
        System.out.printf("  second load: %.0f ms wall%n", (System.nanoTime() - t1) / 1e6);

        // exec:java may pass the pom's app arguments: only an explicit --dev=DIR is taken.
        String dir = Stream.of(args).filter(a -> a.startsWith("--dev=")).map(a -> a.substring(6)).findFirst()
                .orElse(System.getenv().getOrDefault("SHARED", "/work/shared") + "/dev/meantime-apple");
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sb.append(Files.readString(p)).append("\n\n");
            }
        }
        String corpus = sb.toString();
        LocalDate dct = LocalDate.of(2008, 6, 9);
        for (int i = 0; i < 20; i++) {
            x.extract(corpus, dct);
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock counts other work too.
        long chars = 0;
        long timexes = 0;
        long start = System.nanoTime();
        long cpu0 = mx.getCurrentThreadCpuTime();
        while (System.nanoTime() - start < 5_000_000_000L) {
            timexes += x.extract(corpus, dct).size();
            chars += corpus.length();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("dev text: %,d chars per run, %d timexes per run%n", corpus.length(),
                timexes * corpus.length() / chars);
        System.out.printf("  tagging + resolution: %.2f M chars/s per core (CPU time), %.2f M chars/s wall%n",
                chars / cpu / 1e6, chars / secs / 1e6);

        for (String kind : List.of("mixed", "digits")) {
            String line = adversarial(1 << 20, kind);
            long a0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            int n = x.extract(line, dct).size();
            System.out.printf("1 MB adversarial line (%s): %.0f ms CPU, %.0f ms wall, %d timexes%n", kind,
                    (mx.getCurrentThreadCpuTime() - c0) / 1e6, (System.nanoTime() - a0) / 1e6, n);
            String half = line.substring(0, line.length() / 2);
            long h0 = mx.getCurrentThreadCpuTime();
            x.extract(half, dct);
            System.out.printf("  half of it: %.0f ms CPU (linear when about half)%n",
                    (mx.getCurrentThreadCpuTime() - h0) / 1e6);
        }
    }

    private static String adversarial(int size, String kind) {
        String[] pieces = kind.equals("digits") ? new String[]{"1", "9", "2", "0", "-", "-", "/", ":", " "}
                : new String[]{"March", "May", "2025", "-", "--", "12", " ", "of", "the", "1999", "31st", ":", "mid-"};
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder(size + 16);
        while (sb.length() < size) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.substring(0, size);
    }
}
