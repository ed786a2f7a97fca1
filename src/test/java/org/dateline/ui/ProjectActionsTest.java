// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.stage.Stage;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProjectActionsTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage);
    }

    @Test
    void savedProjectOpensWithItsEventsAliasesAndFilter(FxRobot robot) {
        Path file = dir.resolve("work.dateline");
        robot.interact(() -> {
            app.ws.renameActor("Japan", "Nippon");
            app.ws.setFilter(app.ws.filter().withActors(Set.of("Nippon")));
            app.view.actions().saveTo(file);
        });
        assertThat(file).exists();
        robot.interact(() -> app.ws.reset(Workspace.State.EMPTY));
        assertThat(app.view.timeline().getItems()).isEmpty();
        robot.interact(() -> app.view.actions().openProject(file));
        assertThat(app.view.timeline().getItems()).extracting(Event::id).containsExactlyInAnyOrder("e3", "e4");
        assertThat(app.ws.timeline().events()).hasSize(4);
        assertThat(app.ws.filter().actors()).containsExactly("Nippon");
        assertThat(app.view.search().getText()).isEmpty();
    }

    @Test
    void corruptProjectIsRefusedWithANoticeAndChangesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.dateline");
        Files.writeString(file, "{\"format\": \"dateline-project\", \"version\": 1, \"timeline\": [");
        robot.interact(() -> app.view.actions().openProject(file));
        assertThat(app.ws.timeline().events()).hasSize(4);
        assertThat(app.view.notices().text()).contains("broken.dateline");
        assertThat(Files.readString(file)).startsWith("{\"format\"");
    }
}
