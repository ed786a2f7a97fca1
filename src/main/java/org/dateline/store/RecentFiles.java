// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently used project files, newest first, at most {@link #MAX}, each once. Immutable: every change returns a
 * new list, so the UI can bind to it and tests need no toolkit.
 */
public record RecentFiles(List<Path> paths) {
    public static final int MAX = 10;
    public static final RecentFiles EMPTY = new RecentFiles(List.of());

    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    public RecentFiles {
        List<Path> clean = new ArrayList<>();
        for (Path p : paths) {
            Path n = normal(p);
            if (!clean.contains(n) && clean.size() < MAX) {
                clean.add(n);
            }
        }
        paths = List.copyOf(clean);
    }

    /** This list with {@code file} moved (or added) to the front; the oldest drops off beyond {@link #MAX}. */
    public RecentFiles add(Path file) {
        List<Path> next = new ArrayList<>();
        next.add(file);
        next.addAll(paths);
        return new RecentFiles(next);
    }

    public RecentFiles remove(Path file) {
        Path n = normal(file);
        return new RecentFiles(paths.stream().filter(p -> !p.equals(n)).toList());
    }

    /** This list without the files that no longer exist (for example to grey them out or drop them at start). */
    public RecentFiles existing() {
        return new RecentFiles(paths.stream().filter(Files::isRegularFile).toList());
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Reads a list saved by {@link #save}; a missing or damaged list is an empty one, never an error. */
    public static RecentFiles load(Path store) {
        if (!Files.isRegularFile(store)) {
            return EMPTY;
        }
        try {
            List<String> names = Json.mapper().readValue(store.toFile(), new TypeReference<List<String>>() {
            });
            List<Path> out = new ArrayList<>();
            for (String n : names) {
                try {
                    out.add(Path.of(n));
                } catch (InvalidPathException | NullPointerException e) {
                    LOG.log(System.Logger.Level.WARNING, "skipping recent file {0}: {1}", n, e.getMessage());
                }
            }
            return new RecentFiles(out);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring damaged recent files list {0}: {1}", store, e.getMessage());
            return EMPTY;
        }
    }

    public void save(Path store) throws IOException {
        List<String> names = paths.stream().map(Path::toString).toList();
        AtomicFiles.write(store, out -> Json.mapper().writeValue(new NonClosingOutputStream(out), names));
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
