// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;

/**
 * PNG export of 10k synthetic events at 2x, 1600 px wide: render plus PNG encoding and the atomic write.
 * Goal: 2 s. Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.ui.timeline.PngExportBenchmark
 * -Dexec.classpathScope=test}. A numeric argument sets the number of events.
 */
public final class PngExportBenchmark {
    private PngExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 10_000;
        for (String a : args) {
            if (a.matches("\\d+")) {
                n = Integer.parseInt(a);
            }
        }
        System.setProperty("java.awt.headless", "true");
        long s0 = System.nanoTime();
        PngExport.ensureToolkit();
        System.out.printf(Locale.ROOT, "toolkit start %.0f ms%n", (System.nanoTime() - s0) / 1e6);
        Timeline t = TimelineFixtures.timeline(TimelineFixtures.synthetic(n, 42));
        Path out = Files.createTempFile("dateline-bench", ".png");
        for (int run = 1; run <= 4; run++) {
            long a = System.nanoTime();
            PngExport.write(t, TimelineFilter.NONE, new PngExport.Options(1600, 2, "Benchmark"), out);
            System.out.printf(Locale.ROOT, "run %d: %d events at 2x -> %.0f ms, %d KB%n", run, n,
                    (System.nanoTime() - a) / 1e6, Files.size(out) / 1024);
        }
        Files.deleteIfExists(out);
        System.exit(0);
    }
}
