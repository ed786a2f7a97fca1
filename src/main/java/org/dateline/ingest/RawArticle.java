// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Span;

/**
 * What one format reader yields: the text every offset will point into, what the file's own metadata says (HTML
 * meta tags, Markdown front matter; null when it says nothing), the stretches the reader knows are not body (such
 * as front matter), and warnings.
 */
public record RawArticle(String text, String title, LocalDate published, String author, String outlet,
                         List<Span> notBody, List<String> warnings) {
    public RawArticle {
        notBody = List.copyOf(notBody);
        warnings = List.copyOf(warnings);
    }

    public static RawArticle of(String text, List<String> warnings) {
        return new RawArticle(text, null, null, null, null, List.of(), warnings);
    }
}
