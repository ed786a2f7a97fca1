// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.dateline.model.Event;

/**
 * Snapshots the timeline control as the app shows it (light, dark, lanes, a dense synthetic set) into
 * {@code target/timeline-view-*.png}, to look at the skin. Run like {@link ExportSampleMain}.
 */
public final class ViewSnapshotMain {
    private ViewSnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        PngExport.ensureToolkit();
        Path dir = Files.createDirectories(Path.of("target"));
        List<Event> seeds = TimelineFixtures.seedsLike();
        shot(seeds, "primer-light", false, 2, dir.resolve("timeline-view-light.png"));
        shot(seeds, "primer-dark", false, 2, dir.resolve("timeline-view-dark.png"));
        shot(seeds, "primer-light", true, 2, dir.resolve("timeline-view-lanes.png"));
        shot(TimelineFixtures.synthetic(5000, 1), "primer-light", false, -1, dir.resolve("timeline-view-dense.png"));
        System.exit(0);
    }

    private static void shot(List<Event> events, String theme, boolean lanes, int selected, Path out) throws Exception {
        PngExport.onFxThread(() -> {
            TimelineView view = new TimelineView();
            view.getItems().setAll(events);
            view.setLanesByActor(lanes);
            StackPane root = new StackPane(view);
            root.setStyle("-fx-padding: 12; -fx-background-color: -color-bg-default;");
            Scene scene = new Scene(root, 1200, 420);
            scene.getStylesheets().add(ViewSnapshotMain.class.getResource("/atlantafx/base/theme/" + theme + ".css")
                    .toExternalForm());
            root.applyCss();
            root.layout();
            view.zoomToFit();
            if (selected >= 0) {
                view.setSelected(view.index().event(view.index().size() - 1 - selected));
            }
            view.requestFocus();
            root.applyCss();
            root.layout();
            WritableImage img = scene.snapshot(null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int[] argb = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out)) {
                PngEncoder.write(argb, w, h, os);
            }
            return null;
        });
        System.out.println("wrote " + out);
    }
}
