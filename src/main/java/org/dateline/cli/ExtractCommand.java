// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.extract.Extractor;
import org.dateline.model.Article;
import org.dateline.model.Timeline;
import org.dateline.store.ExtractJson;
import org.dateline.store.NonClosingOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: articles in, the timeline as JSON out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Extract dated events from articles and print them as JSON (articles, actors, events, each event "
                + "with its date, precision, actors and source passages).",
            "Folders are searched for txt, md, html and pdf files (hidden ones skipped). Files that cannot be read "
                + "(binary, empty, over 20 MiB, undecodable, encrypted PDF, unknown format) are reported on "
                + "standard error, one line each, and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the JSON was written",
            "1:no article could be read",
            "2:invalid command line"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dateline extract seeds/ > timeline.json",
            "  dateline extract --published 2007-01-09 --out apple.json article.txt"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article, overriding what the text says.")
    LocalDate published;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (txt, md, html, pdf) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Article> articles = ArticleLoader.load(paths, published, spec.commandLine().getErr());
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("dateline: no article could be read");
            return 1;
        }
        Timeline timeline = Extractor.load().extract(articles);
        if (out == null) {
            ExtractJson.write(timeline, new NonClosingOutputStream(System.out));
            System.out.println();
            System.out.flush();
        } else {
            try (OutputStream os = Files.newOutputStream(out)) {
                ExtractJson.write(timeline, os);
            }
        }
        return 0;
    }
}
