// SPDX-License-Identifier: Apache-2.0
package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dateline.export.CsvExporter;
import org.dateline.export.Exporter;
import org.dateline.export.JsonExporter;
import org.dateline.export.TimelineJsExporter;
import org.dateline.extract.Extractor;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.ui.timeline.PngExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export}: articles in, the (filtered) timeline out as PNG, JSON, CSV and/or TimelineJS. Works headless. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Read articles, extract their timeline and write it as PNG, JSON, CSV and/or TimelineJS.",
            "Give at least one output option. The filters narrow what every output holds; without them the "
                + "whole timeline is exported. Works without a display (the PNG is rendered off screen)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every requested output was written",
            "1:no article could be read, or an output could not be written",
            "2:invalid command line (such as no output option)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dateline export --png timeline.png --scale 2 articles/",
            "  dateline export --csv events.csv --actor Apple --from 2007-01-01 a.txt b.html",
            "  dateline export --timelinejs tl.json --title \"Apple, 2007\" articles/"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the timeline as a PNG image.")
    Path png;

    @Option(names = "--json", paramLabel = "FILE", description = "Write JSON in the shape of the extract command.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write CSV, one row per event and source (UTF-8 with BOM, for spreadsheets).")
    Path csv;

    @Option(names = "--timelinejs", paramLabel = "FILE", description = "Write Knight Lab TimelineJS3 JSON.")
    Path timelineJs;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Keep events with this actor (name or alias, any case). Repeat for several.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--article", paramLabel = "FILE",
            description = "Keep events told by this article (path or file name). Repeat for several.")
    List<String> articles = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT",
            description = "Keep events whose title, actors or passage contain this text (any case).")
    String text;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Keep events that end on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Keep events that start on or before this day.")
    LocalDate to;

    @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1",
            description = "PNG pixel scale: 2 for high-density screens and print (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--width", paramLabel = "N", defaultValue = "1600",
            description = "PNG width in logical pixels, before scaling (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Dateline",
            description = "Title shown on the PNG and the TimelineJS title slide (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article, overriding what the text says.")
    LocalDate published;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (txt, md, html, pdf) or folders of them.")
    List<Path> paths;

    private final Function<List<Article>, Timeline> extractor;

    ExportCommand() {
        this(articles -> Extractor.load().extract(articles));
    }

    /** With another extraction step, so tests can check the command's own work on a known timeline. */
    ExportCommand(Function<List<Article>, Timeline> extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Article> read = ArticleLoader.load(paths, published, err);
        if (read.isEmpty()) {
            err.println("dateline: no article could be read");
            return 1;
        }
        Timeline timeline = extractor.apply(read);
        TimelineFilter filter = new TimelineFilter(resolveActors(timeline, err), resolveArticles(timeline, err),
                text, from, to);
        long kept = timeline.events().stream().filter(filter::test).count();
        if (kept == 0) {
            err.println("dateline: no event " + (filter.isEmpty() ? "was found" : "matches the filters")
                    + "; the outputs will be empty");
        }
        boolean ok = true;
        Map<Path, Exporter> outputs = new LinkedHashMap<>();
        if (json != null) {
            outputs.put(json, new JsonExporter());
        }
        if (csv != null) {
            outputs.put(csv, new CsvExporter());
        }
        if (timelineJs != null) {
            outputs.put(timelineJs, new TimelineJsExporter(title));
        }
        for (Map.Entry<Path, Exporter> o : outputs.entrySet()) {
            try {
                o.getValue().write(timeline, filter, o.getKey());
                out.println("dateline: wrote " + kept + " events to " + o.getKey() + " (" + o.getValue().name() + ")");
            } catch (Exception e) {
                err.println("dateline: cannot write " + o.getKey() + ": " + e.getMessage());
                ok = false;
            }
        }
        if (png != null) {
            try {
                PngExport.write(timeline, filter, new PngExport.Options(width, scale, title), png);
                out.println("dateline: wrote " + kept + " events to " + png + " (PNG)");
            } catch (Exception e) {
                // The PNG goes through the JavaFX toolkit, which can fail in ways the other exports cannot.
                err.println("dateline: cannot write " + png + ": " + e.getMessage());
                ok = false;
            }
        }
        out.flush();
        err.flush();
        return ok ? 0 : 1;
    }

    private void validate() {
        if (png == null && json == null && csv == null && timelineJs == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing output: give at least one of --png, --json, --csv or --timelinejs FILE");
        }
        if (scale != 1 && scale != 2) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or 2, not " + scale);
        }
        if (width < 200 || width > 10_000) {
            throw new ParameterException(spec.commandLine(), "--width must be between 200 and 10000, not " + width);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        Set<Path> seen = new HashSet<>();
        for (Path p : new Path[] {png, json, csv, timelineJs}) {
            if (p != null && !seen.add(p.toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "Two outputs would write the same file: " + p);
            }
        }
    }

    /** The canonical names of the actors asked for; a name the timeline does not know is kept and reported. */
    private Set<String> resolveActors(Timeline timeline, PrintWriter err) {
        Set<String> out = new LinkedHashSet<>();
        for (String wanted : actors) {
            String w = wanted.strip().toLowerCase(Locale.ROOT);
            List<String> hits = new ArrayList<>();
            for (Actor a : timeline.actors()) {
                if (a.name().toLowerCase(Locale.ROOT).equals(w)
                        || a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(w))) {
                    hits.add(a.name());
                }
            }
            if (hits.isEmpty()) {
                err.println("dateline: no actor is named \"" + wanted + "\" in these articles");
                out.add(wanted.strip());
            }
            out.addAll(hits);
        }
        return out;
    }

    /** The article files asked for, matched by path as given, by resolved path or by file name. */
    private Set<String> resolveArticles(Timeline timeline, PrintWriter err) {
        Set<String> out = new LinkedHashSet<>();
        for (String wanted : articles) {
            Path w = Path.of(wanted).toAbsolutePath().normalize();
            List<String> hits = new ArrayList<>();
            for (Article a : timeline.articles()) {
                Path p = Path.of(a.file());
                if (a.file().equals(wanted) || p.toAbsolutePath().normalize().equals(w)
                        || p.getFileName().toString().equals(wanted)) {
                    hits.add(a.file());
                }
            }
            if (hits.isEmpty()) {
                err.println("dateline: no article \"" + wanted + "\" among those read");
                out.add(wanted);
            }
            out.addAll(hits);
        }
        return out;
    }
}
