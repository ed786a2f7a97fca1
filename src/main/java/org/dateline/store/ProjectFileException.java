// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import java.io.IOException;

/**
 * A project file that cannot be opened: damaged, truncated, not a project, or written by a newer Dateline. The
 * message is one sentence for the user and names the file.
 */
public class ProjectFileException extends IOException {
    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
