// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: deterministic, for tests and the command line. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        boolean[] cancelled = {false};
        Progress p = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        T result;
        try {
            result = work.call(p);
        } catch (CancellationException e) {
            return done();
        } catch (Exception e) {
            onFailed.accept(e);
            return done();
        }
        onDone.accept(result);
        return done();
    }

    private static Handle done() {
        return new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
