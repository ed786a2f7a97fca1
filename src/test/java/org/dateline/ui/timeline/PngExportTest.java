// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.dateline.model.Event;
import org.dateline.model.TimelineFilter;
import org.dateline.ui.timeline.TimelineLayout.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {
    @TempDir
    Path dir;

    @Test
    void theImageHasTheRequestedSizeAtEachScale() throws Exception {
        for (double scale : new double[] {1, 2}) {
            Path out = dir.resolve("t" + (int) scale + ".png");
            PngExport.write(TimelineFixtures.timeline(TimelineFixtures.seedsLike()), TimelineFilter.NONE,
                    new PngExport.Options(1200, scale, "Seeds"), out);
            BufferedImage img = ImageIO.read(out.toFile());
            assertThat(img.getWidth()).isEqualTo((int) (1200 * scale));
            assertThat(img.getHeight()).isGreaterThan((int) (300 * scale));
            assertThat(distinctColours(img)).isGreaterThan(20);
            assertThat(inkFraction(img)).isBetween(0.01, 0.6);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t1.png", "t2.png");
        }
    }

    @Test
    void eventMarksAreDrawnWhereTheLayoutPutsThemInTheirActorsColour() throws Exception {
        List<Event> events = TimelineFixtures.seedsLike();
        PngRenderer.Rendering r = PngExport.onFxThread(() ->
                PngRenderer.render(events, TimelineFilter.NONE, new PngExport.Options(1400, 2, "Seeds")));
        Path out = dir.resolve("marks.png");
        PngExport.writeAtomically(r, out);
        BufferedImage img = ImageIO.read(out.toFile());

        // The whole timeline, not a window: every event is placed, none hidden in a cluster.
        assertThat(r.layout().items()).hasSize(events.size());
        assertThat(r.layout().clusters()).isEmpty();
        for (Item it : r.layout().items()) {
            Event e = it.event();
            if (e.date().approximate()) {
                continue;
            }
            double x = it.bar() ? it.x0() + 2 : it.x0();
            int px = (int) Math.round((r.plotX() + x) * r.scale());
            int py = (int) Math.round((r.plotY() + it.y()) * r.scale());
            Color want = r.view().colorOf(e);
            if (it.bar()) {
                want = blend(want, 0.88, Color.WHITE);
            }
            assertThat(distance(new java.awt.Color(img.getRGB(px, py)), want))
                    .as("colour of %s at %d,%d", e.title(), px, py).isLessThan(0.08);
        }
        // And a spot of empty plot shows the background, so the test can tell a mark from nothing.
        int bx = (int) Math.round((r.plotX() + 5) * r.scale());
        int by = (int) Math.round((r.plotY() + r.layout().lanes().get(0).height() - 3) * r.scale());
        assertThat(img.getRGB(bx, by) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void onlyTheFilteredEventsAreDrawnAndTheFilterIsNamed() throws Exception {
        TimelineFilter filter = TimelineFilter.NONE.withActors(Set.of("Vladimir Putin"));
        PngRenderer.Rendering r = PngExport.onFxThread(() -> PngRenderer.render(
                TimelineFixtures.seedsLike().stream().filter(filter::test).toList(), filter,
                new PngExport.Options(1000, 1, "Putin")));
        assertThat(r.layout().items()).extracting(i -> i.event().title())
                .containsExactly("Putin says Afghan authorities try to stabilise the country");
        assertThat(PngRenderer.filterText(filter)).isEqualTo("actors Vladimir Putin");
    }

    @Test
    void anEmptyTimelineStillGivesAnImage() throws Exception {
        Path out = dir.resolve("empty.png");
        PngExport.write(TimelineFixtures.timeline(List.of()), TimelineFilter.NONE, PngExport.Options.DEFAULT, out);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1600);
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new PngExport.Options(10, 1, "x")).hasMessageContaining("width");
        assertThatThrownBy(() -> new PngExport.Options(1000, 0, "x")).hasMessageContaining("scale");
    }

    private static Color blend(Color c, double alpha, Color bg) {
        return new Color(c.getRed() * alpha + bg.getRed() * (1 - alpha), c.getGreen() * alpha + bg.getGreen() * (1 - alpha),
                c.getBlue() * alpha + bg.getBlue() * (1 - alpha), 1);
    }

    private static double distance(java.awt.Color a, Color b) {
        return Math.max(Math.abs(a.getRed() / 255.0 - b.getRed()), Math.max(Math.abs(a.getGreen() / 255.0 - b.getGreen()),
                Math.abs(a.getBlue() / 255.0 - b.getBlue())));
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static double inkFraction(BufferedImage img) {
        long ink = 0;
        long all = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                all++;
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }
}
