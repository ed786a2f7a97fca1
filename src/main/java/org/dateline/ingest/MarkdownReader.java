// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;

/**
 * Markdown: the decoded file, exactly, like plain text (heading and emphasis marks are recognised when the layout
 * is read, not removed). A YAML front matter block at the top gives title, date and author and is not body.
 */
public final class MarkdownReader implements ArticleReader {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^([A-Za-z_]+)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");

    @Override
    public RawArticle read(byte[] bytes, String file) throws UnreadableArticleException {
        RawArticle plain = new PlainTextReader().read(bytes, file);
        String text = plain.text();
        Matcher fm = FRONT_MATTER.matcher(text);
        if (!fm.find()) {
            return plain;
        }
        String title = null;
        LocalDate published = null;
        String author = null;
        Matcher f = FIELD.matcher(fm.group(1));
        while (f.find()) {
            String value = f.group(2).strip();
            switch (f.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value.isEmpty() ? null : value;
                case "date", "published", "pubdate" -> published = DateLines.parseValue(value).orElse(published);
                case "author" -> author = value.isEmpty() ? null : value;
                default -> { }
            }
        }
        return new RawArticle(text, title, published, author, null, List.of(new Span(0, fm.end())),
                new ArrayList<>(plain.warnings()));
    }
}
