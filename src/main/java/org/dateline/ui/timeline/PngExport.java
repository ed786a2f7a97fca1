// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.dateline.model.Event;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.dateline.store.AtomicFiles;

/**
 * Renders the whole filtered timeline (not the visible window) to a PNG, with a title, the date axis, a legend of
 * actors and colours, and the active filters. Works from the command line through the JavaFX toolkit (Monocle when
 * there is no display).
 */
public final class PngExport {
    private static final System.Logger LOG = System.getLogger(PngExport.class.getName());
    private static final long FX_TIMEOUT_SECONDS = 120;
    private static final Object STARTUP = new Object();
    private static volatile boolean toolkitReady;

    /** Export options: width in logical pixels, scale factor (1 or 2), a title shown at the top. */
    public record Options(int width, double scale, String title) {
        public static final Options DEFAULT = new Options(1600, 1.0, "Dateline");

        public Options {
            if (width < PngRenderer.MIN_WIDTH || width > PngRenderer.MAX_WIDTH) {
                throw new IllegalArgumentException("width must be " + PngRenderer.MIN_WIDTH + ".." + PngRenderer.MAX_WIDTH
                        + " pixels, not " + width);
            }
            if (!(scale >= 1 && scale <= 4)) {
                throw new IllegalArgumentException("scale must be between 1 and 4, not " + scale);
            }
            title = title == null || title.isBlank() ? "Dateline" : title.strip();
        }
    }

    private PngExport() {
    }

    /** Renders and writes the PNG; may be called from any thread (it hops onto the FX thread itself). */
    public static void write(Timeline timeline, TimelineFilter filter, Options options, Path out) throws IOException {
        TimelineFilter f = filter == null ? TimelineFilter.NONE : filter;
        List<Event> events = timeline.events().stream().filter(f::test).toList();
        long t0 = System.nanoTime();
        PngRenderer.Rendering r = onFxThread(() -> PngRenderer.render(events, f, options));
        long t1 = System.nanoTime();
        writeAtomically(r, out);
        LOG.log(System.Logger.Level.DEBUG, "png: render {0} ms, encode and write {1} ms", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        LOG.log(System.Logger.Level.INFO, "wrote {0} ({1} events, {2}x{3} px)", out, events.size(), r.pixelWidth(),
                r.pixelHeight());
    }

    static void writeAtomically(PngRenderer.Rendering r, Path out) throws IOException {
        AtomicFiles.write(out, os -> PngEncoder.write(r.argb(), r.pixelWidth(), r.pixelHeight(), os));
    }

    /** Runs {@code task} on the FX thread, starting the toolkit first when nobody has. */
    static <T> T onFxThread(java.util.concurrent.Callable<T> task) throws IOException {
        if (Platform.isFxApplicationThread()) {
            try {
                return task.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        ensureToolkit();
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        try {
            return f.get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IOException("rendering took longer than " + FX_TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("rendering failed: " + c, c);
        }
    }

    /** Starts JavaFX if it is not running; headless (Monocle, software rendering) when there is no display. */
    static void ensureToolkit() throws IOException {
        if (toolkitReady) {
            return;
        }
        synchronized (STARTUP) {
            if (toolkitReady) {
                return;
            }
            boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
            boolean noDisplay = linux && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())
                    && System.getenv("WAYLAND_DISPLAY") == null;
            if (noDisplay || Boolean.getBoolean("java.awt.headless")) {
                setIfAbsent("glass.platform", "Monocle");
                setIfAbsent("monocle.platform", "Headless");
                setIfAbsent("prism.order", "sw");
            }
            CountDownLatch started = new CountDownLatch(1);
            try {
                Platform.startup(started::countDown);
                // We own the toolkit: keep it alive for the next export instead of exiting with the last window.
                Platform.setImplicitExit(false);
            } catch (IllegalStateException alreadyRunning) {
                started.countDown();
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new IOException("cannot start JavaFX to render the PNG: " + e.getMessage(), e);
            }
            try {
                if (!started.await(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("JavaFX did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting JavaFX", e);
            }
            toolkitReady = true;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Snapshot of a canvas as ARGB pixels; FX thread only. */
    static int[] pixels(Canvas canvas, int w, int h) {
        WritableImage img = canvas.snapshot(null, new WritableImage(w, h));
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

}
