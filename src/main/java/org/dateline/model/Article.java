// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as read. {@code text} is what every offset points into: for plain text and Markdown the file's
 * content exactly as decoded, for HTML and PDF the extracted text. {@code body} lists the stretches of
 * {@code text} that are article body (not title, byline, date line or page clutter).
 *
 * @param file      the path as the user gave it (or as found under a given folder)
 * @param hash      SHA-256 of the file's bytes, hex; recognises the same content dropped twice
 * @param warnings  problems met while reading that did not stop it (such as an encoding fallback)
 */
public record Article(
        String file,
        String hash,
        String text,
        String title,
        LocalDate published,
        PublishedSource publishedSource,
        String author,
        String outlet,
        List<Span> body,
        List<String> warnings) {

    public Article {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        body = List.copyOf(body);
        warnings = List.copyOf(warnings);
    }

    /** This article with another publication date, for example one the user set or one inferred from the text. */
    public Article withPublished(LocalDate date, PublishedSource source) {
        return new Article(file, hash, text, title, date, date == null ? null : source, author, outlet, body, warnings);
    }

    /** True when {@code offset} lies in the article body. */
    public boolean isBody(int offset) {
        for (Span s : body) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
