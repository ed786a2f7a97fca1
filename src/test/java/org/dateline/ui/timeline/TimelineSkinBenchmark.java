// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.dateline.model.Event;

/**
 * Frame time of the timeline skin with 1k, 10k and 100k synthetic events on the software pipeline, for pan and
 * zoom, starting from "zoom to fit" (every event visible: the worst case). A frame is the skin's redraw (layout of
 * the visible stretch and the canvas commands) plus a snapshot of the canvas, which makes the software rasteriser
 * draw it. Goal: 16 ms at 100k. Run: {@code mvn -q -o test-compile exec:java
 * -Dexec.mainClass=org.dateline.ui.timeline.TimelineSkinBenchmark -Dexec.classpathScope=test}.
 */
public final class TimelineSkinBenchmark {
    private static final int W = 1600;
    private static final int H = 900;
    private static final int FRAMES = 60;

    private TimelineSkinBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("prism.order", "sw");
        PngExport.ensureToolkit();
        double blank = PngExport.onFxThread(TimelineSkinBenchmark::blankSnapshot);
        System.out.printf(Locale.ROOT, "snapshot of a blank %dx%d canvas (read-back cost inside every frame below): %.2f ms%n",
                W, H, blank);
        System.out.println("events  action  redraw median/p95 ms  frame (redraw+raster) median/p95 ms  build ms");
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            List<Event> events = TimelineFixtures.synthetic(n, 42);
            String line = PngExport.onFxThread(() -> run(events));
            System.out.print(line);
        }
        System.exit(0);
    }

    private static String run(List<Event> events) {
        long t0 = System.nanoTime();
        TimelineView view = new TimelineView();
        view.getItems().setAll(events);
        StackPane root = new StackPane(view);
        Scene scene = new Scene(root, W, H);
        scene.getStylesheets().add(TimelineSkinBenchmark.class.getResource("/atlantafx/base/theme/primer-light.css")
                .toExternalForm());
        root.applyCss();
        root.layout();
        view.zoomToFit();
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        skin.redraw();
        double build = (System.nanoTime() - t0) / 1e6;
        StringBuilder out = new StringBuilder();
        out.append(measure(view, skin, events.size(), "pan", () -> view.panBy(-7)));
        view.zoomToFit();
        int[] k = {0};
        out.append(measure(view, skin, events.size(), "zoom", () -> view.zoomBy(k[0]++ % 40 < 20 ? 1.06 : 1 / 1.06, W / 3.0)));
        return out.append(String.format(Locale.ROOT, "%7d  build (index, labels, first frame) %.0f ms%n", events.size(), build))
                .toString();
    }

    private static String measure(TimelineView view, TimelineSkin skin, int n, String action, Runnable step) {
        for (int i = 0; i < 15; i++) {
            step.run();
            skin.redraw();
        }
        double[] redraw = new double[FRAMES];
        double[] frame = new double[FRAMES];
        WritableImage img = new WritableImage(W, H);
        for (int i = 0; i < FRAMES; i++) {
            long a = System.nanoTime();
            step.run();
            skin.redraw();
            long b = System.nanoTime();
            skin.canvas().snapshot(null, img);
            long c = System.nanoTime();
            redraw[i] = (b - a) / 1e6;
            frame[i] = (c - a) / 1e6;
        }
        return String.format(Locale.ROOT, "%7d  %-6s  %6.2f / %6.2f        %6.2f / %6.2f   (visible %d, placed %d, clusters %d)%n",
                n, action, pct(redraw, 50), pct(redraw, 95), pct(frame, 50), pct(frame, 95),
                skin.lastLayout().visible(), skin.lastLayout().items().size(), skin.lastLayout().clusters().size());
    }

    private static double blankSnapshot() {
        javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(W, H);
        WritableImage img = new WritableImage(W, H);
        double[] t = new double[30];
        for (int i = 0; i < t.length; i++) {
            c.getGraphicsContext2D().clearRect(0, 0, W, H);
            c.getGraphicsContext2D().fillRect(0, 0, W, H);
            long a = System.nanoTime();
            c.snapshot(null, img);
            t[i] = (System.nanoTime() - a) / 1e6;
        }
        return pct(t, 50);
    }

    private static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
