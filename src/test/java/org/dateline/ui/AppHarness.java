// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.dateline.extract.Extractor;
import org.testfx.api.FxRobot;

/** Builds the main window around a workspace that runs its work on the calling thread. */
final class AppHarness {
    final Workspace ws;
    final MainView view;

    AppHarness(Stage stage) {
        this(stage, new DirectTaskRunner(), Extractor::load);
    }

    AppHarness(Stage stage, TaskRunner runner, java.util.function.Supplier<Extractor> extractor) {
        App.applyTheme(false);
        ws = new Workspace(runner, extractor);
        ws.reset(Fixtures.state());
        view = new MainView(ws, new LoadService(extractor),
                new AppPreferences(Preferences.userRoot().node("org/dateline/test"), java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "dateline-test-recent.json")), ProjectStore.FILE,
                new Exporters());
        view.darkProperty().addListener((o, a, b) -> App.applyTheme(b));
        Scene scene = new Scene(view, 1200, 800);
        App.styles(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** The cell of list {@code listId} showing an item that {@code item} accepts. */
    static ListCell<?> cellOf(FxRobot robot, String listId, java.util.function.Predicate<Object> item) {
        return robot.lookup("#" + listId + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && item.test(c.getItem())).findFirst().orElseThrow();
    }
}
