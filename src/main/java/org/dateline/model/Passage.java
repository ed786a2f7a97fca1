// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/** A stretch of an article's text: the source of an event. */
public record Passage(Article article, int start, int end) {
    public Passage {
        if (start < 0 || end < start || end > article.text().length()) {
            throw new IllegalArgumentException("passage " + start + ".." + end + " outside " + article.file());
        }
    }

    public String text() {
        return article.text().substring(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passage p && p.start == start && p.end == end && p.article.file().equals(article.file());
    }

    @Override
    public int hashCode() {
        return article.file().hashCode() * 31 * 31 + start * 31 + end;
    }

    @Override
    public String toString() {
        return "Passage[" + article.file() + " " + start + ".." + end + "]";
    }
}
