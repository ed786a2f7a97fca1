// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dateline.extract.Extractor;

/** Builds the main window around a workspace that runs its work on the calling thread. */
final class AppHarness {
    final Workspace ws;
    final MainView view;

    AppHarness(Stage stage) {
        App.applyTheme(false);
        ws = new Workspace(new DirectTaskRunner(), Extractor::load);
        ws.reset(Fixtures.state());
        view = new MainView(ws, new LoadService(Extractor::load),
                new AppPreferences(Preferences.userRoot().node("org/dateline/test"), java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "dateline-test-recent.json")), ProjectStore.FILE,
                new Exporters());
        Scene scene = new Scene(view, 1200, 800);
        App.styles(scene);
        stage.setScene(scene);
        stage.show();
    }
}
