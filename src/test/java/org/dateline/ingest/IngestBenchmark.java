// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times reading alone (decode, format reader, metadata, clutter) over the seeds, the dev set and the sample HTML
 * and Markdown, repeated N times (default 50). Not run by surefire:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.ingest.IngestBenchmark -Dexec.classpathScope=test}
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 50;
        for (String a : args) {
            if (a.matches("\\d+")) {
                rounds = Integer.parseInt(a);
            }
        }
        List<Path> files = new ArrayList<>(ArticleReaders.expand(List.of(Path.of("seeds"),
                Path.of("src/test/resources/org/dateline/ingest"))));
        for (Path dev : List.of(Path.of("../shared/dev/meantime-apple"), Path.of("../../shared/dev/meantime-apple"))) {
            if (!Files.isDirectory(dev)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dev)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
            break;
        }
        for (Path p : files) {
            ArticleReaders.read(p, p.toString()); // warm-up
        }
        long bytes = 0;
        for (Path p : files) {
            bytes += Files.size(p);
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Path p : files) {
                ArticleReaders.read(p, p.toString());
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        int n = rounds * files.size();
        System.out.printf("read %d articles (%d files x %d, %.1f MB) in %.0f ms: %.3f ms/article%n", n, files.size(),
                rounds, bytes * rounds / 1e6, ms, ms / n);
    }
}
