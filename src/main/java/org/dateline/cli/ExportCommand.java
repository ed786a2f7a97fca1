// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code export}: placeholder until the export work lands. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the timeline (PNG, JSON, CSV, TimelineJS).")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dateline: export is not available yet");
        return 2;
    }
}
