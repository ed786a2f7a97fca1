// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The article list's context menu, and undoing what it did. (Actor renames and merges: WorkspaceTest.) */
@ExtendWith(ApplicationExtension.class)
class ContextActionsTest {
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage);
    }

    private static javafx.scene.control.MenuItem menuItem(javafx.scene.control.ContextMenu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void removingAnArticleFromItsMenuIsUndoable(FxRobot robot) {
        ListCell<?> b = AppHarness.cellOf(robot, "articles", a -> ((Article) a).file().equals(Fixtures.B.file()));
        robot.clickOn(b);
        robot.interact(() -> menuItem(app.view.articlesPane().list().getContextMenu(), "Remove article").fire());
        assertThat(app.ws.timeline().articles()).extracting(Article::file).containsExactly(Fixtures.A.file());
        assertThat(app.view.timeline().getItems()).extracting(Event::title)
                .doesNotContain("Japan held early elections", "Brazil and Japan opened a trade office");
        robot.clickOn("#undo");
        assertThat(app.ws.timeline().articles()).hasSize(2);
        assertThat(app.view.timeline().getItems()).hasSize(4);
    }
}
