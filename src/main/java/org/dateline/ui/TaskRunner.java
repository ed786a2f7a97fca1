// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.function.Consumer;

/**
 * Runs long work away from the UI. The JavaFX implementation ({@link FxTaskRunner}) works on a background thread and
 * reports progress to the status bar; {@link DirectTaskRunner} runs on the calling thread so tests are deterministic.
 * Callbacks always arrive on the thread that owns the UI (the FX thread, or the caller for the direct runner).
 */
public interface TaskRunner {

    /** What a piece of work sees of its runner. */
    interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A handle on running work. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /**
     * Starts {@code work}; exactly one of {@code onDone}, {@code onFailed} is called afterwards, unless the work was
     * cancelled, in which case neither is.
     */
    <T> Handle run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);
}
