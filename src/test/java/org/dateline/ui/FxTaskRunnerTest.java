// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner();

    @Start
    void start(Stage stage) {
    }

    @Test
    void resultArrivesOnTheFxThreadAndProgressIsReported() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean onFx = new AtomicBoolean();
        AtomicReference<Double> seen = new AtomicReference<>(0.0);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        Platform.runLater(() -> runner.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                seen.set(b.doubleValue());
                halfway.countDown();
            }
        }));
        runner.run("work", p -> {
            p.update(1, 2, "half");
            go.await(5, TimeUnit.SECONDS);
            return 42;
        }, v -> {
            onFx.set(Platform.isFxApplicationThread() && v == 42);
            done.countDown();
        }, e -> { });
        assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get()).isEqualTo(0.5);
        assertThat(runner.runningProperty().get()).isTrue();
        go.countDown();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void cancelledWorkCallsNeitherCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean called = new AtomicBoolean();
        TaskRunner.Handle h = runner.run("slow", p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.sleep(5);
            }
            throw new java.util.concurrent.CancellationException();
        }, v -> called.set(true), e -> called.set(true));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.isDone()).isTrue();
        assertThat(called).isFalse();
    }

    @Test
    void failureIsReported() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<Throwable> err = new AtomicReference<>();
        runner.run("bad", p -> {
            throw new IllegalStateException("boom");
        }, v -> { }, e -> {
            err.set(e);
            failed.countDown();
        });
        assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(err.get()).hasMessage("boom");
    }
}
