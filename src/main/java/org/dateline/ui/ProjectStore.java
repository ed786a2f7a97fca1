// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.model.Project;

/**
 * Reads and writes project files for the app. The store package provides the real one ({@code store.ProjectFile});
 * until it is wired in, {@link #UNAVAILABLE} explains that saving is not there yet.
 */
public interface ProjectStore {
    Project read(Path file) throws IOException;

    void write(Project project, Path file) throws IOException;

    /** File-chooser extension, such as {@code *.dateline}. */
    default String extension() {
        return "*.dateline";
    }

    ProjectStore UNAVAILABLE = new ProjectStore() {
        @Override
        public Project read(Path file) throws IOException {
            throw new IOException("opening projects is not available in this build");
        }

        @Override
        public void write(Project project, Path file) throws IOException {
            throw new IOException("saving projects is not available in this build");
        }
    };
}
