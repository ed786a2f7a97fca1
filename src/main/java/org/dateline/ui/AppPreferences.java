// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.dateline.store.RecentFiles;

/** What the app remembers between runs: window bounds, theme, recent files, the last project. */
public final class AppPreferences {
    private static final System.Logger LOG = System.getLogger(AppPreferences.class.getName());
    private final Preferences prefs;
    private final Path recentStore;

    /** {@code recentStore}: the JSON file that holds the recent files list. */
    public AppPreferences(Preferences prefs, Path recentStore) {
        this.prefs = prefs;
        this.recentStore = recentStore;
    }

    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/dateline"),
                Path.of(System.getProperty("user.home"), ".dateline", "recent.json"));
    }

    public Optional<Rectangle2D> windowBounds() {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w < 200 || h < 150) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h));
    }

    public void setWindowBounds(Rectangle2D r) {
        prefs.putDouble("window.x", r.getMinX());
        prefs.putDouble("window.y", r.getMinY());
        prefs.putDouble("window.width", r.getWidth());
        prefs.putDouble("window.height", r.getHeight());
    }

    public boolean maximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    public void setMaximized(boolean m) {
        prefs.putBoolean("window.maximized", m);
    }

    public boolean dark() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDark(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    public Optional<Path> lastProject() {
        String s = prefs.get("project.last", "");
        return s.isEmpty() ? Optional.empty() : Optional.of(Path.of(s));
    }

    public void setLastProject(Path p) {
        if (p == null) {
            prefs.remove("project.last");
        } else {
            prefs.put("project.last", p.toAbsolutePath().toString());
        }
    }

    /** Recently opened projects and article files or folders, newest first (the store package's list). */
    public List<Path> recent() {
        return RecentFiles.load(recentStore).paths();
    }

    public void addRecent(Path p) {
        try {
            RecentFiles.load(recentStore).add(p).save(recentStore);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save the recent files list {0}: {1}", recentStore, e.getMessage());
        }
    }
}
