// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dateline.extract.Extractor;
import org.dateline.extract.Extractor.ArticleResult;
import org.dateline.extract.actor.UserAliases;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Project;
import org.dateline.model.PublishedSource;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.model.Timex;

/**
 * The app's state: the per-article extraction results, their merge, the user's alias table and publication-date
 * overrides, and the filter. Every change the user makes goes through here so that it can be undone: the state is an
 * immutable snapshot, and undo puts the previous snapshot back. FX-thread only.
 */
public final class Workspace {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    /** One immutable state of the work. {@code combined} is the merge of {@code results}, before aliases. */
    public record State(List<ArticleResult> results, Timeline combined, Map<String, String> aliases,
                        Map<String, LocalDate> overrides, TimelineFilter filter) {
        public static final State EMPTY = new State(List.of(), Timeline.EMPTY, Map.of(), Map.of(), TimelineFilter.NONE);

        public State {
            results = List.copyOf(results);
            aliases = Map.copyOf(aliases);
            overrides = Map.copyOf(overrides);
        }

        State withFilter(TimelineFilter f) {
            return new State(results, combined, aliases, overrides, f);
        }
    }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.EMPTY);
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline", Timeline.EMPTY);
    private final ObservableList<Event> visible = FXCollections.observableArrayList();
    private final ObservableList<Event> visibleRO = FXCollections.unmodifiableObservableList(visible);
    private final UndoStack undo = new UndoStack();
    private final TaskRunner runner;
    private final Supplier<Extractor> extractor;
    private Map<String, Integer> actorCounts = Map.of();
    private Map<String, Integer> articleCounts = Map.of();

    public Workspace(TaskRunner runner, Supplier<Extractor> extractor) {
        this.runner = runner;
        this.extractor = extractor;
        state.addListener((o, a, b) -> refresh(a, b));
        state.addListener((o, a, b) -> {
            if (!a.aliases().equals(b.aliases())) {
                aliasSink.accept(b.aliases());
            }
        });
    }

    private java.util.function.Consumer<Map<String, String>> aliasSink = m -> { };

    /** Told of every change to the alias table (including undo), so the app can keep it on disk. */
    public void setOnAliasesChanged(java.util.function.Consumer<Map<String, String>> sink) {
        aliasSink = sink;
    }

    /**
     * What the views show of a merged timeline: the alias table applied, and the event counts. Pure, so a load can
     * compute it on its worker thread and spare the FX thread.
     */
    public record Derived(Timeline source, Map<String, String> aliases, Timeline timeline,
                          Map<String, Integer> actorCounts, Map<String, Integer> articleCounts) {
    }

    public static Derived derive(Timeline combined, Map<String, String> aliases) {
        Timeline t = new UserAliases(aliases).apply(combined);
        return new Derived(combined, aliases, t, countActors(t), countArticles(t));
    }

    private Derived prepared;

    private void refresh(State before, State after) {
        long t0 = System.nanoTime();
        long t1 = t0;
        if (before == null || before.combined() != after.combined() || !before.aliases().equals(after.aliases())) {
            Derived d = prepared != null && prepared.source() == after.combined()
                    && prepared.aliases().equals(after.aliases()) ? prepared : derive(after.combined(), after.aliases());
            prepared = null;
            actorCounts = d.actorCounts();
            articleCounts = d.articleCounts();
            t1 = System.nanoTime();
            timeline.set(d.timeline());
        }
        long t2 = System.nanoTime();
        List<Event> all = timeline.get().events();
        visible.setAll(after.filter().isEmpty() ? all : all.stream().filter(after.filter()::test).toList());
        LOG.log(System.Logger.Level.DEBUG, "refresh: derive {0} ms, timeline listeners {1} ms, filter and view {2} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
    }

    private static Map<String, Integer> countActors(Timeline t) {
        Map<String, Integer> m = new HashMap<>();
        t.events().forEach(e -> e.actors().forEach(a -> m.merge(a, 1, Integer::sum)));
        return m;
    }

    private static Map<String, Integer> countArticles(Timeline t) {
        Map<String, Integer> m = new HashMap<>();
        for (Event e : t.events()) {
            e.sources().stream().map(s -> s.passage().article().file()).distinct().forEach(f -> m.merge(f, 1, Integer::sum));
        }
        return m;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** The merged timeline with the alias table applied: everything loaded, before filtering. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public Timeline timeline() {
        return timeline.get();
    }

    /** The events that pass the filter, in timeline order. */
    public ObservableList<Event> visibleEvents() {
        return visibleRO;
    }

    public TimelineFilter filter() {
        return state.get().filter();
    }

    public UndoStack undo() {
        return undo;
    }

    public TaskRunner runner() {
        return runner;
    }

    public int eventCount(Actor a) {
        return actorCounts.getOrDefault(a.name(), 0);
    }

    public int eventCount(Article a) {
        return articleCounts.getOrDefault(a.file(), 0);
    }

    /** SHA-256 hashes of every loaded article: the same content dropped twice is skipped. */
    public Set<String> knownHashes() {
        Set<String> h = new HashSet<>();
        state.get().results().forEach(r -> h.add(r.article().hash()));
        return h;
    }

    // --- changes ---------------------------------------------------------------------------------------------------

    private void change(String name, String kind, State next) {
        State before = state.get();
        // Identity, not equals: a deep comparison of every article's text would stall the FX thread.
        if (before == next) {
            return;
        }
        state.set(next);
        undo.push(new UndoStack.Edit(name, kind, () -> state.set(before), () -> state.set(next)));
    }

    /** Sets the filter. Consecutive search edits coalesce into one undo step. */
    public void setFilter(TimelineFilter f, String name) {
        TimelineFilter old = filter();
        if (old.equals(f)) {
            return;
        }
        boolean textOnly = old.withText(f.text()).equals(f);
        change(name, textOnly ? "filter-text" : null, state.get().withFilter(f));
    }

    public void setFilter(TimelineFilter f) {
        setFilter(f, "Filter");
    }

    /** Renames an actor, or merges it into another when {@code to} already exists. */
    public void renameActor(String from, String to) {
        Objects.requireNonNull(to);
        String target = to.strip();
        if (target.isEmpty() || target.equals(from)) {
            return;
        }
        State s = state.get();
        Map<String, String> aliases = new UserAliases(s.aliases()).rename(from, target).names();
        TimelineFilter f = canonical(s.filter(), aliases);
        boolean merge = timeline().actors().stream().anyMatch(a -> a.name().equals(target));
        change((merge ? "Merge " : "Rename ") + from, null, new State(s.results(), s.combined(), aliases, s.overrides(), f));
    }

    /** Merges several actors into the first. */
    public void mergeActors(List<String> names) {
        if (names.size() < 2) {
            return;
        }
        State s = state.get();
        UserAliases table = new UserAliases(s.aliases());
        String into = names.get(0);
        for (String n : names.subList(1, names.size())) {
            table = table.merge(n, into);
        }
        Map<String, String> aliases = table.names();
        change("Merge into " + into, null, new State(s.results(), s.combined(), aliases, s.overrides(),
                canonical(s.filter(), aliases)));
    }

    /** The filter with its actor names made canonical, so a renamed or merged actor stays checked. */
    static TimelineFilter canonical(TimelineFilter f, Map<String, String> aliases) {
        if (f.actors().isEmpty() || aliases.isEmpty()) {
            return f;
        }
        UserAliases table = new UserAliases(aliases);
        Set<String> names = new HashSet<>();
        f.actors().forEach(n -> names.add(table.resolve(n)));
        return f.withActors(names);
    }

    /** Replaces everything (new project, project opened). Not undoable: it clears the undo history. */
    public void reset(State s) {
        state.set(s);
        undo.clear();
    }

    /** Adds freshly extracted articles along with their merge (computed off the FX thread). */
    public void addLoaded(List<ArticleResult> all, Timeline combined, String name) {
        addLoaded(all, combined, null, name);
    }

    /** As above, with the view of {@code combined} already derived off the FX thread (used when still current). */
    public void addLoaded(List<ArticleResult> all, Timeline combined, Derived derived, String name) {
        prepared = derived;
        State s = state.get();
        change(name, null, new State(all, combined, s.aliases(), s.overrides(), s.filter()));
    }

    /** Removes an article and what it told; the merge is redone in the background. */
    public void removeArticle(String file) {
        List<ArticleResult> rest = state.get().results().stream().filter(r -> !r.article().file().equals(file)).toList();
        recombine("Remove " + file, rest, null);
    }

    /** Sets an article's publication date and extracts it again, since relative dates resolve against it. */
    public void setPublished(String file, LocalDate date) {
        State s = state.get();
        runner.run("Re-reading " + file, p -> {
            List<ArticleResult> next = new ArrayList<>();
            for (ArticleResult r : s.results()) {
                next.add(r.article().file().equals(file)
                        ? extractor.get().extractArticle(r.article().withPublished(date, PublishedSource.USER)) : r);
            }
            return new Object[] {next, extractor.get().combine(next)};
        }, out -> {
            @SuppressWarnings("unchecked")
            List<ArticleResult> next = (List<ArticleResult>) out[0];
            Map<String, LocalDate> ov = new HashMap<>(s.overrides());
            ov.put(file, date);
            State cur = state.get();
            change("Set date of " + file, null, new State(next, (Timeline) out[1], cur.aliases(), ov, cur.filter()));
        }, e -> { });
    }

    private void recombine(String name, List<ArticleResult> results, Map<String, LocalDate> overrides) {
        runner.run(name, p -> extractor.get().combine(results), t -> {
            State cur = state.get();
            Set<String> files = new HashSet<>();
            results.forEach(r -> files.add(r.article().file()));
            Set<String> arts = new HashSet<>(cur.filter().articles());
            boolean wasRestricted = !arts.isEmpty();
            arts.retainAll(files);
            if (wasRestricted && arts.isEmpty()) {
                arts.add(ArticlesPane.NO_ARTICLE);
            }
            change(name, null, new State(results, t, cur.aliases(), overrides == null ? cur.overrides() : overrides,
                    cur.filter().withArticles(arts)));
        }, e -> { });
    }

    // --- projects --------------------------------------------------------------------------------------------------

    public Project toProject() {
        State s = state.get();
        return new Project(s.combined(), s.overrides(), s.aliases(), s.filter());
    }

    /**
     * The state a saved project stands for. Its events are kept as saved (not extracted again); each is filed under
     * the article of its first source so that later loads can merge with it.
     */
    public static State fromProject(Project p) {
        Timeline t = p.timeline();
        Map<String, List<Event>> byArticle = new LinkedHashMap<>();
        t.articles().forEach(a -> byArticle.put(a.file(), new ArrayList<>()));
        for (Event e : t.events()) {
            Source first = e.sources().get(0);
            byArticle.computeIfAbsent(first.passage().article().file(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Actor> actors = new HashMap<>();
        t.actors().forEach(a -> actors.put(a.name(), a));
        List<ArticleResult> results = new ArrayList<>();
        for (Article a : t.articles()) {
            List<Event> evs = byArticle.get(a.file());
            Set<String> names = new java.util.LinkedHashSet<>();
            evs.forEach(e -> names.addAll(e.actors()));
            List<Actor> acts = names.stream().map(actors::get).filter(Objects::nonNull).toList();
            List<Timex> tx = t.timexesOf(a);
            results.add(new ArticleResult(a, tx, evs, acts));
        }
        return new State(results, t, p.aliases(), p.publishedOverrides(), p.filter());
    }
}
