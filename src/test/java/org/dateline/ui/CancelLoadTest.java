// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.dateline.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Loading runs in the background with progress in the status bar, and the user can cancel it. */
@ExtendWith(ApplicationExtension.class)
class CancelLoadTest {
    @TempDir
    Path dir;
    private final CountDownLatch release = new CountDownLatch(1);
    private AppHarness app;

    @Start
    void start(Stage stage) {
        // The extractor is held back until the test says so, so the load is reliably still running when cancelled.
        app = new AppHarness(stage, new FxTaskRunner(), () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Extractor.load();
        });
    }

    @Test
    void cancellingALoadKeepsWhatWasLoaded(FxRobot robot) throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Paris, 3 July 2025. Talks number " + i + " began on 1 July 2025.");
        }
        robot.interact(() -> app.view.opener().open(List.of(dir)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cancel").queryAs(Node.class).isVisible());
        assertThat(app.view.opener().isLoading()).isTrue();
        assertThat(app.view.status().getRightItems()).filteredOn(n -> n instanceof javafx.scene.control.Label)
                .anySatisfy(n -> assertThat(((javafx.scene.control.Label) n).getText()).startsWith("Reading"));
        robot.clickOn("#cancel");
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#cancel").queryAs(Node.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.ws.timeline().articles()).hasSize(2);
        assertThat(app.ws.timeline().events()).hasSize(4);
        assertThat(app.view.opener().isLoading()).isFalse();
    }
}
