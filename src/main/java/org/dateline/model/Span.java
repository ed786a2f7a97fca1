// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/** A half-open character range {@code [start, end)} into an article's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean covers(Span other) {
        return start <= other.start && end >= other.end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
