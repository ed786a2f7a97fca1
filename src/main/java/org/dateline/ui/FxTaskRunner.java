// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Runs work on one background thread (work items queue up, so loads never race each other) and mirrors the current
 * task's progress and message into properties the status bar binds to. JavaFX's {@link Task} coalesces progress
 * updates, so a chatty worker cannot flood the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dateline-worker");
        t.setDaemon(true);
        return t;
    });
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private Task<?> current;

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                updateProgress(-1, 1);
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String msg) {
                        updateProgress(done, total);
                        if (msg != null) {
                            updateMessage(msg);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnRunning(e -> {
            current = task;
            running.set(true);
            progress.bind(task.progressProperty());
            message.bind(task.messageProperty());
        });
        task.setOnSucceeded(e -> {
            finish(task);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            Throwable ex = task.getException();
            if (ex instanceof CancellationException) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, title + " failed", ex);
            onFailed.accept(ex);
        });
        task.setOnCancelled(e -> finish(task));
        executor.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void finish(Task<?> task) {
        if (current == task) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            running.set(false);
            current = null;
        }
    }

    /** Cancels the task now running, if any; queued work still runs. */
    public void cancelCurrent() {
        if (current != null) {
            current.cancel(false);
        }
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }
}
