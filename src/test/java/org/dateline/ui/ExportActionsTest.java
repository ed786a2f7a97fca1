// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.stage.Stage;
import org.dateline.store.Json;
import org.dateline.ui.timeline.PngExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage);
    }

    @Test
    void exportsWriteOnlyTheFilteredEvents(FxRobot robot) throws Exception {
        Path json = dir.resolve("t.json");
        Path csv = dir.resolve("t.csv");
        Path tjs = dir.resolve("t.timeline.json");
        robot.interact(() -> {
            app.ws.setFilter(app.ws.filter().withActors(Set.of("Japan")));
            app.view.actions().exportTo(Exporters.Format.JSON, json);
            app.view.actions().exportTo(Exporters.Format.CSV, csv);
            app.view.actions().exportTo(Exporters.Format.TIMELINE_JS, tjs);
        });
        JsonNode doc = Json.mapper().readTree(json.toFile());
        assertThat(doc.get("events")).hasSize(2);
        assertThat(Files.readString(csv)).contains("Japan held early elections").doesNotContain("border treaty");
        assertThat(Json.mapper().readTree(tjs.toFile()).get("events")).hasSize(2);
        assertThat(app.view.notices().text()).contains("Exported t.json");
    }

    @Test
    void pngExportHasTheRequestedSize(FxRobot robot) throws Exception {
        Path png = dir.resolve("t.png");
        robot.interact(() -> app.view.actions().exportPngTo(new PngExport.Options(900, 2, "Test"), png));
        javafx.scene.image.Image img = new javafx.scene.image.Image(png.toUri().toString());
        assertThat(img.getWidth()).isEqualTo(1800);
    }

    @Test
    void failedExportSaysWhy(FxRobot robot) throws Exception {
        Path blocked = dir.resolve("file-not-dir");
        Files.writeString(blocked, "x");
        robot.interact(() -> app.view.actions().exportTo(Exporters.Format.CSV, blocked.resolve("t.csv")));
        assertThat(app.view.notices().text()).contains("Export failed").contains("t.csv");
    }
}
