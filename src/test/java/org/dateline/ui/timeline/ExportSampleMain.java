// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.nio.file.Path;
import org.dateline.model.TimelineFilter;

/**
 * Writes {@code docs/timeline-export.png} from the seed articles' events, built by hand, so the export can be looked
 * at. Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.ui.timeline.ExportSampleMain
 * -Dexec.classpathScope=test}.
 */
public final class ExportSampleMain {
    private ExportSampleMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("docs/timeline-export.png");
        for (String a : args) {
            if (a.endsWith(".png")) {
                out = Path.of(a);
            }
        }
        PngExport.write(TimelineFixtures.timeline(TimelineFixtures.seedsLike()), TimelineFilter.NONE,
                new PngExport.Options(1400, 2, "Taliban and Russia, 2021–2025"), out);
        System.out.println("wrote " + out.toAbsolutePath());
        System.exit(0);
    }
}
