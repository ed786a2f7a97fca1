// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.model.Project;
import org.dateline.store.ProjectFile;

/** Reads and writes project files for the app; an interface so tests can stand in a store that fails. */
public interface ProjectStore {
    Project read(Path file) throws IOException;

    void write(Project project, Path file) throws IOException;

    /** File-chooser extension, such as {@code *.dateline}. */
    default String extension() {
        return "*." + ProjectFile.EXTENSION;
    }

    /** The project file format of the store package: atomic writes, a backup, a version check. */
    ProjectStore FILE = new ProjectStore() {
        @Override
        public Project read(Path file) throws IOException {
            return ProjectFile.open(file);
        }

        @Override
        public void write(Project project, Path file) throws IOException {
            ProjectFile.save(project, file);
        }
    };
}
