// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.ArticleReaders;
import org.dateline.ingest.UnreadableArticleException;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;

/** Reads the PATH arguments of a command, reporting each unreadable file in one line on standard error. */
final class ArticleLoader {
    private ArticleLoader() {
    }

    static List<Article> load(List<Path> paths, LocalDate published, PrintWriter err) {
        List<Article> out = new ArrayList<>();
        List<Path> files;
        try {
            files = ArticleReaders.expand(paths);
        } catch (IOException e) {
            err.println("dateline: cannot list " + e.getMessage());
            return out;
        }
        for (Path p : files) {
            try {
                Article a = ArticleReaders.read(p, p.toString());
                out.add(published == null ? a : a.withPublished(published, PublishedSource.USER));
            } catch (UnreadableArticleException e) {
                err.println("dateline: " + e.userMessage());
            }
        }
        return out;
    }
}
