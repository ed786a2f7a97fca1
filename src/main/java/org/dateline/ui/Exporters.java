// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.dateline.export.CsvExporter;
import org.dateline.export.Exporter;
import org.dateline.export.JsonExporter;
import org.dateline.export.TimelineJsExporter;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;

/** The export formats of File → Export (PNG aside, which the timeline renderer writes), each an {@link Exporter}. */
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

    private final Map<Format, Exporter> exporters = new EnumMap<>(Format.class);

    public Exporters() {
        exporters.put(Format.JSON, new JsonExporter());
        exporters.put(Format.CSV, new CsvExporter());
        exporters.put(Format.TIMELINE_JS, new TimelineJsExporter());
    }

    public Exporters register(Format format, Exporter e) {
        exporters.put(format, e);
        return this;
    }

    /** Writes the events of {@code t} that pass {@code filter}, atomically; {@code title} heads a TimelineJS export. */
    public void write(Format f, Timeline t, TimelineFilter filter, Path out, String title) throws IOException {
        Exporter e = f == Format.TIMELINE_JS ? new TimelineJsExporter(title) : exporters.get(f);
        e.write(t, filter, out);
    }
}
