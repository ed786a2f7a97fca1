// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bar, per sentence: actor precision and recall on the seeds (at least 0.95) and on the development
 * set (at least 0.90). Skipped where the shared gold files are not beside the repository.
 */
class ActorScoreTest {

    private static Path shared() {
        return Stream.of(System.getenv("DATELINE_SHARED"), "../shared", "../../shared", "/work/shared")
                .filter(p -> p != null && Files.isDirectory(Path.of(p, "gold")))
                .map(Path::of).findFirst().orElse(null);
    }

    @Test
    void seedActorsReachPrecisionAndRecallOf95() throws IOException {
        Path shared = shared();
        assumeTrue(shared != null, "shared gold files not found");
        double[] pr = new ActorScoreHarness(false).score(shared.resolve("gold/seeds.events.json"),
                shared.resolve("seeds"), null);
        assertThat(pr[0]).isGreaterThanOrEqualTo(0.95);
        assertThat(pr[1]).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void developmentSetActorsReachPrecisionAndRecallOf90() throws IOException {
        Path shared = shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("dev/meantime-apple")), "dev set not found");
        Path dev = shared.resolve("dev/meantime-apple");
        double[] pr = new ActorScoreHarness(false).score(dev.resolve("gold.events.json"), dev,
                dev.resolve("sentences.json"));
        assertThat(pr[0]).isGreaterThanOrEqualTo(0.90);
        assertThat(pr[1]).isGreaterThanOrEqualTo(0.90);
    }
}
