// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.dateline.model.Event;
import org.dateline.model.TimelineFilter;
import org.dateline.ui.timeline.TimelineLayout.Result;

/**
 * Composes the exported image: title, summary and filters, the whole timeline fitted to the width with as many
 * rows as it needs, a key to the marks, and the legend of actors. FX thread only.
 */
final class PngRenderer {
    private static final System.Logger LOG = System.getLogger(PngRenderer.class.getName());
    static final int MIN_WIDTH = 400;
    static final int MAX_WIDTH = 10_000;
    /** Largest image side in pixels: bigger canvases exhaust the software renderer's memory. */
    static final int MAX_PIXELS_SIDE = 16_384;
    /** Rows the image may grow to before dense stretches collapse into "+N". */
    static final int MAX_ROWS = 40;
    private static final double MARGIN = 28;
    private static final double EXPORT_LABEL_WIDTH = 380;
    private static final int MAX_LEGEND = 48;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The image as pixels, and where the timeline was drawn in it (logical pixels), for tests. */
    record Rendering(int pixelWidth, int pixelHeight, int[] argb, double scale, double plotX, double plotY,
                     Result layout, TimelineView view) {
    }

    private PngRenderer() {
    }

    static Rendering render(List<Event> events, TimelineFilter filter, PngExport.Options o) {
        long started = System.nanoTime();
        TimelineView view = new TimelineView();
        view.getItems().setAll(events);
        // No scene and no CSS: the control's defaults are the light theme's palette, and parsing the theme's
        // stylesheet would cost a second on a cold start of the command line.
        TimelineRenderer renderer = new TimelineRenderer(view);
        TimelineIndex index = view.index();
        // The image has room to spare: longer labels than on screen, where the user can hover for the full title.
        Labels labels = Labels.of(index, renderer.measure, EXPORT_LABEL_WIDTH);
        TimelinePalette palette = view.palette();

        double width = o.width();
        double plotW = width - 2 * MARGIN;
        double[] days = TimelineView.fitDays(index, plotW);
        TimeAxis axis = new TimeAxis(days[0], days[1], plotW);
        TimelineLayout.Options lo = TimelineLayout.Options.DEFAULT.withMaxRows(MAX_ROWS);
        Result probe = TimelineLayout.layout(index, axis, TimelineRenderer.TOP,
                MAX_ROWS * lo.rowHeight() + lo.clusterRowHeight(), labels::width, -1, lo);
        // First-fit stacking puts nothing in a row it can skip, so fewer rows give the same picture when no
        // cluster was needed.
        int rows = probe.clusters().isEmpty() ? Math.max(1, probe.rowsUsed()) : MAX_ROWS;
        double lanesH = rows * lo.rowHeight() + lo.clusterRowHeight();
        Result layout = TimelineLayout.layout(index, axis, TimelineRenderer.TOP, lanesH, labels::width, -1,
                lo.withMaxRows(rows));
        // The row kept for "+N" badges stays empty when nothing was clustered: close the gap above the axis.
        double plotH = TimelineRenderer.plotHeight(lanesH - (layout.clusters().isEmpty() ? lo.clusterRowHeight() - 4 : 0));

        String family = Font.getDefault().getFamily();
        Font title = Font.font(family, FontWeight.BOLD, 22);
        Font text = Font.font(family, 12);
        Font bold = Font.font(family, FontWeight.BOLD, 12);
        TextMeasure textMeasure = new TextMeasure(text);

        List<String> legend = new ArrayList<>();
        for (int k = 0; k < index.laneKeys().size() && legend.size() < MAX_LEGEND; k++) {
            legend.add(index.laneKeys().get(k));
        }
        double legendTop = MARGIN + 66 + plotH + 14;
        double legendH = legendHeight(legend, index, textMeasure, plotW);
        double height = legendTop + 26 + 22 + legendH + MARGIN;

        double s = o.scale();
        int pw = (int) Math.round(width * s);
        int ph = (int) Math.round(height * s);
        if (pw > MAX_PIXELS_SIDE || ph > MAX_PIXELS_SIDE) {
            throw new IllegalArgumentException("image of " + pw + "x" + ph + " px is too large (at most " + MAX_PIXELS_SIDE
                    + " px a side): choose a smaller width or scale");
        }
        Canvas canvas = new Canvas(pw, ph);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(s, s);
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);

        g.setFill(palette.label());
        g.setFont(title);
        g.fillText(o.title(), MARGIN, MARGIN + 10);
        g.setFont(text);
        g.setFill(palette.axis());
        g.fillText(textMeasure.fit(summary(index), plotW), MARGIN, MARGIN + 36);
        g.fillText(textMeasure.fit("Filters: " + filterText(filter), plotW), MARGIN, MARGIN + 54);

        double plotX = MARGIN;
        double plotY = MARGIN + 66;
        g.save();
        g.translate(plotX, plotY);
        g.beginPath();
        g.rect(0, 0, plotW, plotH);
        g.clip();
        renderer.draw(g, layout, labels, palette, -1, plotW, plotH);
        g.restore();

        drawKey(g, palette, text, textMeasure, view, index, legendTop, !layout.clusters().isEmpty());
        drawLegend(g, legend, index, view, palette, text, bold, textMeasure, legendTop + 26, plotW);

        long drawn = System.nanoTime();
        int[] argb = PngExport.pixels(canvas, pw, ph);
        LOG.log(System.Logger.Level.DEBUG, "png: layout and drawing {0} ms, rasterising {1} ms",
                (drawn - started) / 1_000_000, (System.nanoTime() - drawn) / 1_000_000);
        return new Rendering(pw, ph, argb, s, plotX, plotY, layout, view);
    }

    private static String summary(TimelineIndex index) {
        if (index.size() == 0) {
            return "No events";
        }
        String from = DAY.format(index.event(0).date().first());
        String to = DAY.format(java.time.LocalDate.ofEpochDay((long) index.maxDay() - 1));
        return index.size() + (index.size() == 1 ? " event" : " events") + ", " + from + " – " + to
                + ". Colour = first actor.";
    }

    static String filterText(TimelineFilter f) {
        if (f.isEmpty()) {
            return "none (all events)";
        }
        List<String> parts = new ArrayList<>();
        if (!f.actors().isEmpty()) {
            parts.add("actors " + String.join(", ", f.actors().stream().sorted().toList()));
        }
        if (!f.articles().isEmpty()) {
            parts.add("articles " + String.join(", ", f.articles().stream().sorted().toList()));
        }
        if (!f.text().isEmpty()) {
            parts.add("text \"" + f.text() + "\"");
        }
        if (f.from() != null || f.to() != null) {
            parts.add("dates " + (f.from() == null ? "…" : DAY.format(f.from())) + " – "
                    + (f.to() == null ? "…" : DAY.format(f.to())));
        }
        return String.join("; ", parts);
    }

    /** What the marks mean: a point is a day, a bar a month or year, dashed is approximate. */
    private static void drawKey(GraphicsContext g, TimelinePalette p, Font text, TextMeasure m, TimelineView view,
                                TimelineIndex index, double y, boolean clusters) {
        Color c = index.laneKeys().isEmpty() ? p.axis() : view.colorFor(index.laneKeys().get(0));
        double x = MARGIN;
        g.setFont(text);
        g.setFill(c);
        g.fillOval(x, y - 5, 10, 10);
        x = caption(g, p, m, "a day", x + 16, y);
        g.setFill(c.deriveColor(0, 1, 1, 0.88));
        g.fillRoundRect(x, y - 7, 34, 14, 8, 8);
        x = caption(g, p, m, "a month, quarter or year", x + 40, y);
        g.setStroke(c);
        g.setLineDashes(4, 3);
        g.setLineWidth(1.3);
        g.strokeRoundRect(x, y - 7, 34, 14, 8, 8);
        g.setLineDashes();
        x = caption(g, p, m, "~ approximate", x + 40, y);
        if (!clusters) {
            return;
        }
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.strokeRoundRect(x, y - 8, 30, 16, 16, 16);
        g.setFill(p.label());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("+N", x + 15, y);
        g.setTextAlign(TextAlignment.LEFT);
        caption(g, p, m, "more events, too dense to label here (zoom in the app)", x + 38, y);
    }

    /** Draws a caption and returns where the next key entry starts. */
    private static double caption(GraphicsContext g, TimelinePalette p, TextMeasure m, String s, double x, double y) {
        g.setFill(p.axis());
        g.fillText(s, x, y);
        return x + m.width(s) + 24;
    }

    private static String entry(TimelineIndex index, int k) {
        String key = index.laneKeys().get(k);
        return (key.isEmpty() ? "(no actor)" : key) + " (" + index.laneSize(k) + ")";
    }

    private static double legendHeight(List<String> legend, TimelineIndex index, TextMeasure m, double w) {
        double x = 0;
        int lines = legend.isEmpty() ? 0 : 1;
        for (int k = 0; k < legend.size(); k++) {
            double ew = 18 + m.width(entry(index, k)) + 18;
            if (x > 0 && x + ew > w) {
                lines++;
                x = 0;
            }
            x += ew;
        }
        return lines * 20 + (index.laneKeys().size() > legend.size() ? 20 : 0);
    }

    private static void drawLegend(GraphicsContext g, List<String> legend, TimelineIndex index, TimelineView view,
                                   TimelinePalette p, Font text, Font bold, TextMeasure m, double y, double w) {
        g.setFont(bold);
        g.setFill(p.label());
        g.fillText("Actors", MARGIN, y);
        y += 22;
        double x = 0;
        g.setFont(text);
        for (int k = 0; k < legend.size(); k++) {
            String e = entry(index, k);
            double ew = 18 + m.width(e) + 18;
            if (x > 0 && x + ew > w) {
                y += 20;
                x = 0;
            }
            g.setFill(legend.get(k).isEmpty() ? p.cluster() : view.colorFor(legend.get(k)));
            g.fillRoundRect(MARGIN + x, y - 6, 12, 12, 4, 4);
            g.setFill(p.label());
            g.fillText(e, MARGIN + x + 18, y);
            x += ew;
        }
        int more = index.laneKeys().size() - legend.size();
        if (more > 0) {
            g.setFill(p.axis());
            g.fillText("and " + more + " more", MARGIN, y + 20);
        }
    }
}
