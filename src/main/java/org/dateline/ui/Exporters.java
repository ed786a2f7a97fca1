// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.store.ExtractJson;

/**
 * The export formats of File → Export, each a small writer. JSON is built in (the extract shape); CSV and TimelineJS
 * come from the export package and are registered with {@link #register} when the app starts.
 */
public final class Exporters {

    public enum Format {
        JSON("JSON", "*.json"), CSV("CSV", "*.csv"), TIMELINE_JS("TimelineJS JSON", "*.json");

        public final String label;
        public final String glob;

        Format(String label, String glob) {
            this.label = label;
            this.glob = glob;
        }
    }

    /** Writes the events of {@code timeline} that pass {@code filter}. */
    @FunctionalInterface
    public interface Writer {
        void write(Timeline timeline, TimelineFilter filter, Path out) throws IOException;
    }

    private final Map<Format, Writer> writers = new EnumMap<>(Format.class);

    public Exporters() {
        writers.put(Format.JSON, (t, f, out) -> {
            try (OutputStream os = Files.newOutputStream(out)) {
                ExtractJson.write(filtered(t, f), os);
            }
        });
    }

    public Exporters register(Format format, Writer w) {
        writers.put(format, w);
        return this;
    }

    public boolean has(Format f) {
        return writers.containsKey(f);
    }

    public void write(Format f, Timeline t, TimelineFilter filter, Path out) throws IOException {
        Writer w = writers.get(f);
        if (w == null) {
            throw new IOException(f.label + " export is not available in this build");
        }
        w.write(t, filter, out);
    }

    /** The timeline reduced to the events that pass the filter. */
    public static Timeline filtered(Timeline t, TimelineFilter f) {
        if (f.isEmpty()) {
            return t;
        }
        return new Timeline(t.articles(), t.actors(), t.events().stream().filter(f::test).toList(), t.timexes());
    }
}
