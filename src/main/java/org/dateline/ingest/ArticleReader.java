// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

/** Reads one file format into text. Metadata and clutter are found afterwards, the same way for every format. */
public interface ArticleReader {
    /** @param file the name to use in messages (the path as the user gave it) */
    RawArticle read(byte[] bytes, String file) throws UnreadableArticleException;
}
