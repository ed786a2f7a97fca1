// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import java.io.IOException;
import java.io.OutputStream;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.store.ExtractJson;
import org.dateline.store.NonClosingOutputStream;

/** The JSON of the {@code extract} command, for the filtered timeline: one shape for every tool that reads it. */
public final class JsonExporter implements Exporter {

    @Override
    public String name() {
        return "JSON";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Timeline timeline, TimelineFilter filter, OutputStream out) throws IOException {
        // Jackson closes the stream it is handed; the caller owns it.
        ExtractJson.write(Exports.filter(timeline, filter), new NonClosingOutputStream(out));
    }
}
