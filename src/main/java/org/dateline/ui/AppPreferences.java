// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/** What the app remembers between runs: window bounds, theme, recent files, the last project. */
public final class AppPreferences {
    private static final int RECENT_MAX = 8;
    private final Preferences prefs;

    public AppPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/dateline"));
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

    /** Recently opened files and projects, newest first. */
    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String s = prefs.get("recent." + i, "");
            if (!s.isEmpty()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void addRecent(Path p) {
        List<Path> list = recent();
        Path abs = p.toAbsolutePath();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }
}
