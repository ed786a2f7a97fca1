// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens article files and folders (File → Open, drops, command-line paths): loads them in the background, merges them
 * into the workspace and reports failures and duplicates as notices. Loads run one after another, each against what
 * the previous one left, so quick successive drops all end up merged.
 */
public final class Opener {
    private static final System.Logger LOG = System.getLogger(Opener.class.getName());
    private final Workspace workspace;
    private final LoadService service;
    private final Consumer<String> notice;
    private final List<Path> pending = new ArrayList<>();
    private TaskRunner.Handle running;
    private Runnable afterLoad = () -> { };

    public Opener(Workspace workspace, LoadService service, Consumer<String> notice) {
        this.workspace = workspace;
        this.service = service;
        this.notice = notice;
    }

    /** Called after each load that changed the workspace (the view zooms to fit). */
    public void setAfterLoad(Runnable r) {
        afterLoad = r;
    }

    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        pending.addAll(paths);
        if (running == null || running.isDone()) {
            next();
        }
    }

    public boolean isLoading() {
        return running != null && !running.isDone();
    }

    public void cancel() {
        pending.clear();
        if (running != null) {
            running.cancel();
        }
    }

    private void next() {
        if (pending.isEmpty()) {
            running = null;
            return;
        }
        List<Path> batch = List.copyOf(pending);
        pending.clear();
        var base = workspace.state().results();
        var aliases = workspace.state().aliases();
        running = workspace.runner().run("Loading " + batch.size() + (batch.size() == 1 ? " item" : " items"),
                p -> {
                    LoadService.Outcome o = service.load(batch, base, p);
                    return new Loaded(o, o.added().isEmpty() ? null : Workspace.derive(o.combined(), aliases));
                }, this::done, e -> {
                    notice.accept("Loading failed: " + e.getMessage() + " (nothing already loaded was lost)");
                    next();
                });
        if (running.isDone() && !pending.isEmpty()) {
            next();
        }
    }

    /** A load's outcome with its view already derived on the worker. */
    private record Loaded(LoadService.Outcome outcome, Workspace.Derived derived) {
    }

    private void done(Loaded loaded) {
        LoadService.Outcome o = loaded.outcome();
        o.problems().forEach(pr -> notice.accept(pr.userMessage()));
        o.duplicates().forEach(f -> notice.accept(Path.of(f).getFileName() + ": already loaded (same content), skipped"));
        if (!o.added().isEmpty()) {
            long t0 = System.nanoTime();
            workspace.addLoaded(o.all(), o.combined(), loaded.derived(),
                    "Add " + o.added().size() + (o.added().size() == 1 ? " article" : " articles"));
            LOG.log(System.Logger.Level.DEBUG, "applied {0} articles on the FX thread in {1} ms", o.added().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            afterLoad.run();
        }
        running = null;
        next();
    }
}
