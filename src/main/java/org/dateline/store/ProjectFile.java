// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Precision;
import org.dateline.model.Project;
import org.dateline.model.PublishedSource;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * Saves and opens a {@link Project}. The file is JSON with a {@code format} marker and a schema {@code version};
 * a file from a newer Dateline is refused rather than half-read. Saving is atomic and keeps the previous version
 * as {@code <name>.bak}.
 */
public final class ProjectFile {
    /** The schema version this code writes and the newest it reads. Bump it when a change would mislead older code. */
    public static final int VERSION = 1;
    public static final String FORMAT = "dateline-project";
    public static final String EXTENSION = "dateline";

    private static final System.Logger LOG = System.getLogger(ProjectFile.class.getName());

    record Doc(String format, int version, List<ArticleDto> articles, Map<String, List<TimexDto>> timexes,
               List<ActorDto> actors, List<EventDto> events, Map<String, LocalDate> publishedOverrides,
               Map<String, String> aliases, FilterDto filter) {
    }

    record ArticleDto(String file, String hash, String title, LocalDate published, PublishedSource publishedSource,
                      String author, String outlet, List<SpanDto> body, List<String> warnings, String text) {
    }

    record SpanDto(int start, int end) {
    }

    record TimexDto(String text, int start, int end, TimexType type, String value, String mod, String unresolved,
                    String rule, String anchor) {
    }

    record ActorDto(String name, ActorKind kind, List<String> aliases) {
    }

    record DateDto(String value, Precision precision, boolean approximate, LocalDate first, LocalDate last) {
    }

    record SourceDto(String file, int start, int end, TimexDto timex) {
    }

    record EventDto(String id, DateDto date, String title, List<String> actors, List<SourceDto> sources) {
    }

    record FilterDto(List<String> actors, List<String> articles, String text, LocalDate from, LocalDate to) {
    }

    private ProjectFile() {
    }

    /** Writes the project atomically; an existing file is kept as {@code <name>.bak}. */
    public static void save(Project project, Path file) throws IOException {
        Doc doc = toDoc(project);
        AtomicFiles.write(file, out -> Json.mapper().writeValue(new NonClosingOutputStream(out), doc), true);
        LOG.log(System.Logger.Level.INFO, "saved project {0}", file);
    }

    /** Reads a project; never writes anything, whatever the file holds. */
    public static Project open(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file + ": no such project file.", e);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " near line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProjectFileException(file + " is damaged or truncated and cannot be opened (invalid JSON"
                    + where + ").", e);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
        if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText())
                || !tree.path("version").canConvertToInt()) {
            throw new ProjectFileException(file + " is not a Dateline project file.");
        }
        int version = tree.get("version").asInt();
        if (version > VERSION) {
            throw new ProjectFileException(file + " was saved by a newer Dateline (project format " + version
                    + "); this version reads format " + VERSION + " and older. Update Dateline to open it.");
        }
        if (version < 1) {
            throw new ProjectFileException(file + " is not a Dateline project file (format version " + version + ").");
        }
        try {
            return fromDoc(Json.mapper().treeToValue(tree, Doc.class));
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(file + " is damaged and cannot be opened (" + firstLine(e) + ").", e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static Doc toDoc(Project p) {
        Timeline t = p.timeline();
        List<ArticleDto> articles = t.articles().stream().map(ProjectFile::article).toList();
        Map<String, List<TimexDto>> timexes = new LinkedHashMap<>();
        t.articles().forEach(a -> {
            if (t.timexes().containsKey(a.file())) {
                timexes.put(a.file(), t.timexes().get(a.file()).stream().map(ProjectFile::timex).toList());
            }
        });
        // Timexes of files no article claims: kept so the round trip loses nothing.
        new TreeMap<>(t.timexes()).forEach((f, xs) -> timexes.putIfAbsent(f, xs.stream().map(ProjectFile::timex).toList()));
        List<ActorDto> actors = t.actors().stream()
                .map(a -> new ActorDto(a.name(), a.kind(), a.aliases().stream().sorted().toList())).toList();
        List<EventDto> events = t.events().stream().map(ProjectFile::event).toList();
        TimelineFilter f = p.filter();
        FilterDto filter = f == null ? null : new FilterDto(f.actors().stream().sorted().toList(),
                f.articles().stream().sorted().toList(), f.text(), f.from(), f.to());
        // Sorted maps: the same project always gives the same bytes, which keeps files diffable.
        return new Doc(FORMAT, VERSION, articles, timexes, actors, events, new TreeMap<>(p.publishedOverrides()),
                new TreeMap<>(p.aliases()), filter);
    }

    private static ArticleDto article(Article a) {
        return new ArticleDto(a.file(), a.hash(), a.title(), a.published(), a.publishedSource(), a.author(),
                a.outlet(), a.body().stream().map(s -> new SpanDto(s.start(), s.end())).toList(), a.warnings(),
                a.text());
    }

    private static TimexDto timex(Timex x) {
        return x == null ? null : new TimexDto(x.text(), x.start(), x.end(), x.type(), x.value(), x.mod(),
                x.unresolved(), x.rule(), x.anchor());
    }

    private static EventDto event(Event e) {
        DateSpan d = e.date();
        List<SourceDto> sources = e.sources().stream().map(s -> new SourceDto(s.passage().article().file(),
                s.passage().start(), s.passage().end(), timex(s.timex()))).toList();
        return new EventDto(e.id(), new DateDto(d.value(), d.precision(), d.approximate(), d.first(), d.last()),
                e.title(), e.actors(), sources);
    }

    static Project fromDoc(Doc doc) throws ProjectFileException {
        Map<String, Article> byFile = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (ArticleDto a : list(doc.articles())) {
            Article article = new Article(a.file(), a.hash(), a.text(), a.title(), a.published(), a.publishedSource(),
                    a.author(), a.outlet(), list(a.body()).stream().map(s -> new Span(s.start(), s.end())).toList(),
                    list(a.warnings()));
            if (byFile.put(article.file(), article) != null) {
                throw new ProjectFileException("the article " + article.file() + " appears twice");
            }
            articles.add(article);
        }
        Map<String, List<Timex>> timexes = new LinkedHashMap<>();
        if (doc.timexes() != null) {
            doc.timexes().forEach((f, xs) -> timexes.put(f, list(xs).stream().map(ProjectFile::timex).toList()));
        }
        List<Actor> actors = list(doc.actors()).stream()
                .map(a -> new Actor(a.name(), a.kind(), new TreeSet<>(list(a.aliases())))).toList();
        List<Event> events = new ArrayList<>();
        for (EventDto e : list(doc.events())) {
            List<Source> sources = new ArrayList<>();
            for (SourceDto s : list(e.sources())) {
                Article a = byFile.get(s.file());
                if (a == null) {
                    throw new ProjectFileException("event " + e.id() + " cites " + s.file()
                            + ", which the project does not hold");
                }
                sources.add(new Source(new Passage(a, s.start(), s.end()), timex(s.timex())));
            }
            DateDto d = e.date();
            events.add(new Event(e.id(), new DateSpan(d.value(), d.precision(), d.approximate(), d.first(), d.last()),
                    e.title(), list(e.actors()), sources));
        }
        FilterDto f = doc.filter();
        TimelineFilter filter = f == null ? null : new TimelineFilter(new TreeSet<>(list(f.actors())),
                new TreeSet<>(list(f.articles())), f.text(), f.from(), f.to());
        return new Project(new Timeline(articles, actors, events, timexes),
                doc.publishedOverrides() == null ? Map.of() : doc.publishedOverrides(),
                doc.aliases() == null ? Map.of() : doc.aliases(), filter);
    }

    private static Timex timex(TimexDto x) {
        return x == null ? null : new Timex(x.text(), x.start(), x.end(), x.type(), x.value(), x.mod(),
                x.unresolved(), x.rule(), x.anchor());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
