// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.dateline.model.Event;
import org.dateline.ui.timeline.TimeAxis.Tick;
import org.dateline.ui.timeline.TimelineLayout.Cluster;
import org.dateline.ui.timeline.TimelineLayout.Item;
import org.dateline.ui.timeline.TimelineLayout.Lane;
import org.dateline.ui.timeline.TimelineLayout.Result;

/**
 * Draws a laid-out timeline on a GraphicsContext: lanes, grid, axis, marks, labels and clusters. Shared by the
 * skin (the visible window) and {@link PngExport} (the whole timeline), so the image looks like the app.
 */
final class TimelineRenderer {
    /** Space at the top of the plot. */
    static final double TOP = 8;
    /** Space below the lanes for the axis line, ticks and tick labels. */
    static final double AXIS_HEIGHT = 36;
    private static final double R = TimelineLayout.POINT_RADIUS;
    private static final double BAR_H = TimelineLayout.BAR_HEIGHT;

    private final TimelineView view;
    final TextMeasure measure;
    final Font font;
    final Font small;
    final Font bold;

    TimelineRenderer(TimelineView view) {
        this.view = view;
        String family = Font.getDefault().getFamily();
        this.font = Font.font(family, 12);
        this.small = Font.font(family, 11);
        this.bold = Font.font(family, FontWeight.BOLD, 11);
        this.measure = new TextMeasure(font);
    }

    /** Height the lanes may use in a plot {@code height} pixels tall. */
    static double lanesHeight(double height) {
        return Math.max(1, height - TOP - AXIS_HEIGHT);
    }

    /** Height of a plot whose lanes need {@code lanes} pixels. */
    static double plotHeight(double lanes) {
        return lanes + TOP + AXIS_HEIGHT;
    }

    static double axisY(double height) {
        return height - AXIS_HEIGHT + 6;
    }

    void draw(GraphicsContext g, Result r, Labels labels, TimelinePalette p, int selected, double width, double height) {
        g.save();
        // A full clear lets the canvas drop the commands of frames it never rendered.
        g.clearRect(0, 0, width, height);
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
        double axisY = axisY(height);
        drawLanes(g, r, p, width);
        List<Tick> ticks = r.axis().ticks();
        drawGrid(g, ticks, p, axisY);
        drawAxis(g, ticks, p, width, axisY, r.axis());
        drawDensity(g, r, p, axisY);
        Item sel = null;
        for (Item it : r.items()) {
            drawItem(g, it, labels, p, width);
            if (it.index() == selected) {
                sel = it;
            }
        }
        if (sel != null) {
            drawSelection(g, sel, p, axisY);
        }
        for (Cluster c : r.clusters()) {
            drawCluster(g, c, p);
        }
        if (labels.index.size() == 0) {
            g.setFill(p.axis());
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("No events to show", width / 2, (TOP + axisY) / 2);
        }
        g.restore();
    }

    private void drawLanes(GraphicsContext g, Result r, TimelinePalette p, double width) {
        if (r.lanes().size() < 2 && r.lanes().get(0).key().isEmpty()) {
            return;
        }
        for (int l = 0; l < r.lanes().size(); l++) {
            Lane lane = r.lanes().get(l);
            if (l % 2 == 1) {
                g.setFill(p.grid().deriveColor(0, 1, 1, 0.22));
                g.fillRect(0, lane.y(), width, lane.height());
            }
            if (l > 0) {
                g.setFill(p.grid());
                g.fillRect(0, Math.floor(lane.y()), width, 1);
            }
            g.setFont(bold);
            g.setFill(lane.key().equals("Other") ? p.axis() : view.colorFor(lane.key()));
            g.fillText(lane.key() + "  (" + lane.events() + ")", 6, lane.y() + 9);
        }
    }

    private static void drawGrid(GraphicsContext g, List<Tick> ticks, TimelinePalette p, double axisY) {
        // Pixel-aligned rectangles, not stroked lines: the software rasteriser strokes a long line many times slower.
        g.setFill(p.grid().deriveColor(0, 1, 1, 0.7));
        for (Tick t : ticks) {
            if (t.major()) {
                g.fillRect(Math.floor(t.x()), TOP, 1, axisY - TOP);
            }
        }
    }

    private void drawAxis(GraphicsContext g, List<Tick> ticks, TimelinePalette p, double width, double axisY,
                          TimeAxis axis) {
        g.setFont(small);
        g.setFill(p.axis());
        g.fillRect(0, Math.floor(axisY), width, 1);
        double firstLabel = Double.POSITIVE_INFINITY;
        for (Tick t : ticks) {
            double x = Math.floor(t.x());
            g.fillRect(x, Math.floor(axisY), 1, t.major() ? 7 : 3);
            // A label cut by the right edge reads as a different date ("202" for 2026): leave it out.
            if (t.major() && x + 4 + measure.width(t.label()) <= width) {
                g.fillText(t.label(), x + 4, axisY + 17);
                firstLabel = Math.min(firstLabel, x);
            }
        }
        // Name the stretch at the left edge too, so the first days before a tick are not anonymous.
        String context = axis.majorLevel().label(axis.majorLevel().floor(axis.date(0)));
        if (measure.width(context) + 12 < firstLabel) {
            g.fillText(context, 2, axisY + 17);
        }
    }

    /** A strip of density just above the axis: where events are, including the ones in clusters. */
    private static void drawDensity(GraphicsContext g, Result r, TimelinePalette p, double axisY) {
        int[] d = r.density();
        int max = 0;
        for (int c : d) {
            max = Math.max(max, c);
        }
        if (max == 0) {
            return;
        }
        double logMax = Math.log1p(max);
        g.setFill(p.axis());
        // Runs of columns with the same shade are one rectangle: a few dozen calls instead of one per pixel.
        int runStart = -1;
        int runLevel = 0;
        for (int x = 0; x <= d.length; x++) {
            int level = x == d.length || d[x] == 0 ? 0 : 1 + (int) Math.round(4 * Math.log1p(d[x]) / logMax);
            if (level != runLevel) {
                if (runLevel > 0) {
                    g.setGlobalAlpha(0.1 + 0.18 * runLevel);
                    g.fillRect(runStart, axisY - 5, x - runStart, 4);
                }
                runStart = x;
                runLevel = level;
            }
        }
        g.setGlobalAlpha(1);
    }

    private void drawItem(GraphicsContext g, Item it, Labels labels, TimelinePalette p, double width) {
        Event e = it.event();
        Color c = view.colorOf(e);
        boolean approx = e.date().approximate();
        double y = it.y();
        String label = labels.text(it.index());
        if (it.labelX() + it.labelWidth() > width && width - it.labelX() > 24) {
            // Cut with an ellipsis rather than by the edge, so the reader sees there is more.
            label = measure.fit(label, width - it.labelX() - 2);
        }
        g.setFont(font);
        if (!it.bar()) {
            if (approx) {
                g.setFill(p.background());
                g.fillOval(it.x0() - R, y - R, 2 * R, 2 * R);
                g.setStroke(c);
                g.setLineWidth(1.6);
                g.setLineDashes(2.5, 2);
                g.strokeOval(it.x0() - R + 0.8, y - R + 0.8, 2 * R - 1.6, 2 * R - 1.6);
                g.setLineDashes();
            } else {
                g.setFill(c);
                g.fillOval(it.x0() - R, y - R, 2 * R, 2 * R);
            }
            g.setFill(p.label());
            g.fillText(label, it.labelX(), y);
            return;
        }
        // Bars far outside the canvas are clamped: huge coordinates make the software rasteriser slow.
        double x0 = Math.max(-20, it.x0());
        double x1 = Math.min(it.x1(), 1e5);
        if (approx) {
            g.setFill(c.deriveColor(0, 1, 1, 0.18));
            g.fillRoundRect(x0, y - BAR_H / 2, x1 - x0, BAR_H, 8, 8);
            g.setStroke(c);
            g.setLineWidth(1.3);
            g.setLineDashes(4, 3);
            g.strokeRoundRect(x0 + 0.65, y - BAR_H / 2 + 0.65, x1 - x0 - 1.3, BAR_H - 1.3, 8, 8);
            g.setLineDashes();
        } else {
            g.setFill(c.deriveColor(0, 1, 1, 0.88));
            g.fillRoundRect(x0, y - BAR_H / 2, x1 - x0, BAR_H, 8, 8);
        }
        g.setFill(it.labelInside() && !approx ? textOn(c) : p.label());
        g.fillText(label, it.labelX(), y);
    }

    private static Color textOn(Color c) {
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 0.62 ? Color.web("#1f2328") : Color.WHITE;
    }

    private static void drawSelection(GraphicsContext g, Item it, TimelinePalette p, double axisY) {
        g.setStroke(p.selection());
        g.setLineWidth(2);
        double y = it.y();
        if (it.bar()) {
            double x0 = Math.max(-20, it.x0());
            double x1 = Math.min(it.x1(), 1e5);
            g.strokeRoundRect(x0 - 2.5, y - BAR_H / 2 - 2.5, x1 - x0 + 5, BAR_H + 5, 10, 10);
        } else {
            g.strokeOval(it.x0() - R - 3, y - R - 3, 2 * R + 6, 2 * R + 6);
        }
        // A dashed line down to the axis, so the date of the selection can be read off the ticks.
        double x = Math.floor(it.bar() ? Math.max(0, it.x0()) : it.x0());
        g.setFill(p.selection());
        for (double dy = y + (it.bar() ? BAR_H / 2 + 3 : R + 4); dy < axisY; dy += 6) {
            g.fillRect(x, Math.floor(dy), 1, Math.min(3, axisY - dy));
        }
    }

    private void drawCluster(GraphicsContext g, Cluster c, TimelinePalette p) {
        String text = "+" + c.count();
        g.setFont(bold);
        double w = Math.min(TimelineLayout.CLUSTER_WIDTH, measure.width(text) * 11 / 12 + 12);
        g.setFill(p.cluster().deriveColor(0, 1, 1, 0.16));
        g.fillRoundRect(c.x(), c.y() - 9, w, 18, 18, 18);
        g.setStroke(p.cluster().deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(1);
        g.strokeRoundRect(c.x() + 0.5, c.y() - 8.5, w - 1, 17, 17, 17);
        g.setFill(p.label());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, c.x() + w / 2, c.y());
        g.setTextAlign(TextAlignment.LEFT);
    }
}
