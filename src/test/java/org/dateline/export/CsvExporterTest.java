// SPDX-License-Identifier: Apache-2.0
package org.dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.TimelineFilter;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private static byte[] export(TimelineFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(SampleTimeline.build(), filter, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> records(byte[] bytes) throws IOException {
        String s = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(s)).getRecords();
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Golden.assertMatches("export/sample.csv", export(TimelineFilter.NONE));
    }

    @Test
    void startsWithByteOrderMarkAndEndsRowsWithCrLfForExcel() throws IOException {
        byte[] bytes = export(TimelineFilter.NONE);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertThat(s).startsWith("\uFEFFevent_id,date_value,precision,approximate,first,last,title,actors,"
                + "article_file,article_title,passage_start,passage_end,passage_text\r\n");
        assertThat(s).endsWith("\r\n");
    }

    @Test
    void writesOneRowPerEventAndSource() throws IOException {
        List<CSVRecord> rows = records(export(TimelineFilter.NONE));
        // e1 is told by two articles, the other four events by one each.
        assertThat(rows).extracting(r -> r.get("event_id")).containsExactly("e1", "e1", "e2", "e3", "e4", "e5");
        CSVRecord second = rows.get(1);
        assertThat(second.get("article_file")).isEqualTo("news/b.md");
        assertThat(second.get("article_title")).isEqualTo("Nokia responds — café talk");
        assertThat(second.get("actors")).isEqualTo("Apple; Steve Jobs");
        assertThat(second.get("date_value")).isEqualTo("2007-01-09");
        assertThat(second.get("precision")).isEqualTo("DAY");
        String passage = SampleTimeline.TEXT_B.substring(Integer.parseInt(second.get("passage_start")),
                Integer.parseInt(second.get("passage_end")));
        assertThat(second.get("passage_text")).isEqualTo(passage).startsWith("Nokia said");
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideOneCell() throws IOException {
        CSVRecord first = records(export(TimelineFilter.NONE)).get(0);
        assertThat(first.get("passage_text")).contains("\"It's a revolution\", he said").contains("\n");
    }

    @Test
    void prefixesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
        CSVRecord formula = records(export(TimelineFilter.NONE)).stream()
                .filter(r -> r.get("event_id").equals("e4")).findFirst().orElseThrow();
        assertThat(formula.get("title")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(formula.get("passage_text")).startsWith("'=HYPERLINK");
        assertThat(CsvExporter.guard("+1")).isEqualTo("'+1");
        assertThat(CsvExporter.guard("-1")).isEqualTo("'-1");
        assertThat(CsvExporter.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExporter.guard("Apple = good")).isEqualTo("Apple = good");
    }

    @Test
    void exportsOnlyTheEventsTheFilterKeeps() throws IOException {
        List<CSVRecord> rows = records(export(TimelineFilter.NONE.withActors(Set.of("Steve Jobs"))));
        assertThat(rows).extracting(r -> r.get("event_id")).containsExactly("e1", "e1");
    }
}
