// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;

/**
 * Renders the whole filtered timeline (not the visible window) to a PNG, with a title, the date axis, a legend of
 * actors and colours, and the active filters. Works from the command line through the JavaFX toolkit (Monocle when
 * there is no display). Skeleton: signature fixed, body filled in by the timeline work.
 */
public final class PngExport {
    /** Export options: width in logical pixels, scale factor (1 or 2), a title shown at the top. */
    public record Options(int width, double scale, String title) {
        public static final Options DEFAULT = new Options(1600, 1.0, "Dateline");
    }

    private PngExport() {
    }

    /** Renders and writes the PNG; may be called from any thread (it hops onto the FX thread itself). */
    public static void write(Timeline timeline, TimelineFilter filter, Options options, Path out) throws IOException {
        throw new IOException("PNG export is not available yet");
    }
}
