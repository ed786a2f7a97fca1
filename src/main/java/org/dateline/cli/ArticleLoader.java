// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.ArticleReaders;
import org.dateline.ingest.UnreadableArticleException;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;

/**
 * Reads the PATH arguments of a command, reporting each unreadable file or folder in one line on standard error
 * and going on with the rest: one bad file never costs the others.
 */
final class ArticleLoader {
    private static final System.Logger LOG = System.getLogger(ArticleLoader.class.getName());

    private ArticleLoader() {
    }

    static List<Article> load(List<Path> paths, LocalDate published, PrintWriter err) {
        List<Article> out = new ArrayList<>();
        List<Path> files = ArticleReaders.expand(paths, problem -> err.println("dateline: " + problem));
        for (Path p : files) {
            try {
                Article a = ArticleReaders.read(p, p.toString());
                for (String w : a.warnings()) {
                    err.println("dateline: " + a.file() + ": " + w);
                }
                out.add(published == null ? a : a.withPublished(published, PublishedSource.USER));
            } catch (UnreadableArticleException e) {
                err.println("dateline: " + e.userMessage());
            } catch (RuntimeException e) {
                // A bug of ours, not the user's: say so in one line, keep the trace in the log, go on.
                LOG.log(Level.DEBUG, "reading " + p, e);
                err.println("dateline: " + p + ": could not be read (internal error: " + e + ")");
            }
        }
        err.flush();
        return out;
    }
}
