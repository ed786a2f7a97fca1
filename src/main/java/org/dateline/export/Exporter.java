// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.store.AtomicFiles;

/**
 * One export format. Every exporter writes only the events the filter keeps, and only the actors and articles
 * those events use (see {@link Exports#filter}).
 */
public interface Exporter {

    /** A short name for menus and messages, such as "CSV". */
    String name();

    /** The usual file extension, without the dot. */
    String extension();

    /** Writes the filtered timeline to {@code out}; does not close it. */
    void write(Timeline timeline, TimelineFilter filter, OutputStream out) throws IOException;

    /**
     * Writes to a file atomically: a failed export leaves whatever was there before, never half a file.
     */
    default void write(Timeline timeline, TimelineFilter filter, Path file) throws IOException {
        AtomicFiles.write(file, os -> write(timeline, filter, os));
    }
}
