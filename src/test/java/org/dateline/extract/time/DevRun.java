// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.ingest.ArticleReaders;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;
import org.dateline.model.Timeline;
import org.dateline.model.Timex;
import org.dateline.store.ExtractJson;

/**
 * Development helper (not a test): tags every article of a folder in one JVM and writes the extract JSON, so the
 * dev scorer can run in a second. Args: DIR OUT.json [DCT-TSV (file TAB yyyy-mm-dd)].
 */
public final class DevRun {
    public static void main(String[] args) throws Exception {
        Map<String, LocalDate> dct = new LinkedHashMap<>();
        if (args.length > 2) {
            for (String line : Files.readAllLines(Path.of(args[2]))) {
                String[] p = line.split("\t");
                if (p.length == 2 && !p[1].isBlank()) {
                    dct.put(p[0], LocalDate.parse(p[1]));
                }
            }
        }
        TimeExtractor x = TimeExtractor.load();
        List<Article> arts = new ArrayList<>();
        Map<String, List<Timex>> tx = new LinkedHashMap<>();
        for (Path p : ArticleReaders.expand(List.of(Path.of(args[0])))) {
            Article a = ArticleReaders.read(p, p.toString());
            LocalDate d = dct.get(p.getFileName().toString());
            if (d != null) {
                a = a.withPublished(d, PublishedSource.USER);
            }
            TimeExtractor.Result r = x.extract(a);
            arts.add(r.article());
            tx.put(r.article().file(), r.timexes());
        }
        try (var out = Files.newOutputStream(Path.of(args[1]))) {
            ExtractJson.write(new Timeline(arts, List.of(), List.of(), tx), out);
        }
    }
}
