// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;

/**
 * One row per event and source, for spreadsheets. UTF-8 with a byte-order mark and CRLF line ends, because that is
 * what makes Excel open non-ASCII text correctly; quoting by Commons CSV.
 */
public final class CsvExporter implements Exporter {

    static final List<String> HEADER = List.of("event_id", "date_value", "precision", "approximate", "first", "last",
            "title", "actors", "article_file", "article_title", "passage_start", "passage_end", "passage_text");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setHeader(HEADER.toArray(String[]::new))
            .build();

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(Timeline timeline, TimelineFilter filter, OutputStream out) throws IOException {
        // Buffered: the printer writes a cell in many small pieces, each costly on a bare encoder.
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, FORMAT);
        for (Event e : Exports.filter(timeline, filter).events()) {
            for (Source s : e.sources()) {
                csv.printRecord(row(e, s).stream().map(CsvExporter::guard).toList());
            }
        }
        // Not closed: the caller owns the stream.
        csv.flush();
    }

    private static List<String> row(Event e, Source s) {
        Passage p = s.passage();
        Article a = p.article();
        return List.of(e.id(), e.date().value(), e.date().precision().name(), Boolean.toString(e.date().approximate()),
                e.date().first().toString(), e.date().last().toString(), e.title(), String.join("; ", e.actors()),
                a.file(), a.title() == null ? "" : a.title(), Integer.toString(p.start()), Integer.toString(p.end()),
                p.text());
    }

    /**
     * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection"): article text is
     * untrusted, and "=HYPERLINK(...)" in a passage must stay text.
     */
    static String guard(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
