// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Development helper (not a test): reads "YYYY-MM-DD|text" lines on standard input and prints the timexes. */
public final class TryTime {
    public static void main(String[] args) throws Exception {
        TimeExtractor x = TimeExtractor.load();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                continue;
            }
            LocalDate dct = line.substring(0, bar).isBlank() ? null : LocalDate.parse(line.substring(0, bar).strip());
            String text = line.substring(bar + 1);
            StringBuilder sb = new StringBuilder(text).append("\n");
            for (var t : x.extract(text, dct)) {
                sb.append(String.format("    [%s] %s %s%s  (%s, %s)%n", t.text(), t.type(), t.value(),
                        t.mod() == null ? "" : " " + t.mod(), t.rule(), t.unresolved()));
            }
            System.out.print(sb);
        }
    }
}
