// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;

/** Plain text: the decoded file, exactly, so that an offset is a position in the file. */
public final class PlainTextReader implements ArticleReader {
    @Override
    public RawArticle read(byte[] bytes, String file) throws UnreadableArticleException {
        TextDecoder.Decoded d = TextDecoder.decode(bytes, file);
        List<String> warnings = new ArrayList<>();
        if (d.warning() != null) {
            warnings.add(d.warning());
        }
        return RawArticle.of(d.text(), warnings);
    }
}
