// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPreferencesTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("org/dateline/prefs-test-" + ProcessHandle.current().pid());

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    @Test
    void windowThemeAndRecentFilesSurviveARestart() {
        AppPreferences first = new AppPreferences(node, dir.resolve("recent.json"));
        assertThat(first.windowBounds()).isEmpty();
        first.setWindowBounds(new Rectangle2D(10, 20, 1000, 700));
        first.setDark(true);
        first.addRecent(dir.resolve("a.dateline"));
        first.addRecent(dir.resolve("b.dateline"));
        first.setLastProject(dir.resolve("b.dateline"));

        AppPreferences again = new AppPreferences(node, dir.resolve("recent.json"));
        assertThat(again.windowBounds()).contains(new Rectangle2D(10, 20, 1000, 700));
        assertThat(again.dark()).isTrue();
        assertThat(again.recent()).containsExactly(dir.resolve("b.dateline").toAbsolutePath(),
                dir.resolve("a.dateline").toAbsolutePath());
        assertThat(again.lastProject()).contains(dir.resolve("b.dateline").toAbsolutePath());
    }

    @Test
    void tinyOrMissingBoundsAreIgnored() {
        AppPreferences p = new AppPreferences(node, dir.resolve("recent.json"));
        p.setWindowBounds(new Rectangle2D(0, 0, 10, 10));
        assertThat(p.windowBounds()).isEmpty();
    }
}
