// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import java.util.Set;
import org.dateline.ui.App;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. With a subcommand Dateline works headless; otherwise it opens the app, loading any paths given.
 * A plain class rather than the {@code Application} itself, so that it starts with JavaFX on the class path.
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1",
        description = "Turns the dated statements in news articles into a timeline.",
        subcommands = {ExtractCommand.class, ExportCommand.class})
public final class Main {
    private static final Set<String> HEADLESS = Set.of("extract", "export", "help", "-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        if (args.length > 0 && HEADLESS.contains(args[0])) {
            System.exit(run(args));
        }
        App.launchWith(args);
    }

    /** Runs a headless command and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
