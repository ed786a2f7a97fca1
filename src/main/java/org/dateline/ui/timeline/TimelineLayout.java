// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.dateline.model.Event;

/**
 * Places the visible events of a {@link TimelineIndex} on an axis: a day-precise event is a point, a coarser one a
 * bar across its month or year. Labels go into the first row where they fit, so no two marks or labels overlap;
 * what fits in no row collapses into "+N" clusters in a row of their own, which open as the user zooms in. Pure:
 * the caller passes label widths measured with its font.
 */
public final class TimelineLayout {
    /** Radius of a point mark. */
    public static final double POINT_RADIUS = 5;
    /** Height of a bar mark. */
    public static final double BAR_HEIGHT = 16;
    /** The slot one "+N" cluster badge takes in its row. */
    public static final double CLUSTER_WIDTH = 40;
    /** Space between a point and its label, and between neighbours in a row. */
    public static final double GAP = 5;
    /** Space inside a bar around its label. */
    public static final double BAR_PADDING = 6;

    /**
     * @param rowHeight        height of one row of labels
     * @param clusterRowHeight height of the row of "+N" badges at the bottom of a lane
     * @param laneHeaderHeight height of a lane's title (used only with lanes)
     * @param maxRows          rows per lane at most
     * @param lanes            one lane per lane key instead of a single lane
     */
    public record Options(double rowHeight, double clusterRowHeight, double laneHeaderHeight, int maxRows, boolean lanes) {
        public static final Options DEFAULT = new Options(24, 22, 18, 60, false);

        public Options withLanes(boolean on) {
            return new Options(rowHeight, clusterRowHeight, laneHeaderHeight, maxRows, on);
        }

        public Options withMaxRows(int rows) {
            return new Options(rowHeight, clusterRowHeight, laneHeaderHeight, rows, lanes);
        }
    }

    /** Something drawn that the user can point at. */
    public sealed interface Mark permits Item, Cluster {
    }

    /**
     * A placed event. {@code x0 == x1} for a point. {@code y} is the centre line of its row. {@code left} and
     * {@code right} bound its mark and label together; the label goes left of the mark near the right edge.
     */
    public record Item(int index, Event event, double x0, double x1, double y, int row, int lane,
                       double labelX, double labelWidth, boolean bar, boolean labelInside, double left, double right)
            implements Mark {
    }

    /** Events that did not fit, shown as one "+N" badge; zooming to {@code firstDay..lastDay} opens it. */
    public record Cluster(int lane, double x, double y, int count, double firstDay, double lastDay) implements Mark {
    }

    /** A horizontal band of rows; {@code key} is the colour key of its events ("" without lanes). */
    public record Lane(String key, double y, double height, int events) {
    }

    /**
     * @param density visible events per pixel column, the whole of each stretch included
     * @param rows    rows of the lane with most rows
     */
    public record Result(TimeAxis axis, List<Lane> lanes, List<Item> items, List<Cluster> clusters, int[] density,
                         int rows, int visible, int[] laneMap) {

        /** The drawn lane of an index lane (several small ones may share the last). */
        public int laneOf(int indexLane) {
            return laneMap[indexLane];
        }

        /** The mark under a point, or null. */
        public Mark hit(double x, double y) {
            for (Item it : items) {
                double half = it.bar() ? BAR_HEIGHT / 2 : POINT_RADIUS + 3;
                if (Math.abs(y - it.y()) <= Math.max(half, 8) && x >= it.left() - 2 && x <= it.right() + 2) {
                    return it;
                }
            }
            for (Cluster c : clusters) {
                if (Math.abs(y - c.y()) <= 10 && x >= c.x() && x <= c.x() + CLUSTER_WIDTH) {
                    return c;
                }
            }
            return null;
        }

        public Item itemOf(int index) {
            for (Item it : items) {
                if (it.index() == index) {
                    return it;
                }
            }
            return null;
        }

        /** The lowest row used in any lane plus one: how many rows the content needs. */
        public int rowsUsed() {
            return items.stream().mapToInt(Item::row).max().orElse(-1) + 1;
        }
    }

    private TimelineLayout() {
    }

    /**
     * @param top         y where the first lane starts
     * @param height      height available to lanes
     * @param labelWidths width of each event's label, by index position
     * @param selected    index position of the selected event or -1: it always gets a place, in its lane's first
     *                    row when it would otherwise fall into a cluster
     */
    public static Result layout(TimelineIndex index, TimeAxis axis, double top, double height, double[] labelWidths,
                                int selected, Options o) {
        return layout(index, axis, top, height, i -> labelWidths[i], selected, o);
    }

    /**
     * As {@link #layout(TimelineIndex, TimeAxis, double, double, double[], int, Options)}, asking for a label's width
     * only when its event might get a row: an event whose mark already falls into a cluster is never measured.
     */
    public static Result layout(TimelineIndex index, TimeAxis axis, double top, double height,
                                IntToDoubleFunction labelWidths, int selected, Options o) {
        Result r = layout(index, axis, top, height, labelWidths, selected, o, false);
        if (selected >= 0 && selected < index.size() && visible(index, selected, axis) && r.itemOf(selected) == null) {
            // Only now move it: reserving its place up front would make a clicked event jump under the pointer.
            r = layout(index, axis, top, height, labelWidths, selected, o, true);
        }
        return r;
    }

    private static Result layout(TimelineIndex index, TimeAxis axis, double top, double height,
                                 IntToDoubleFunction labelWidths, int selected, Options o, boolean reserve) {
        int laneCount = o.lanes() ? Math.max(1, index.laneKeys().size()) : 1;
        double minLane = (o.lanes() ? o.laneHeaderHeight() : 0) + o.rowHeight() + o.clusterRowHeight();
        int fit = Math.max(1, (int) Math.floor(height / minLane));
        int shown = Math.min(laneCount, fit);
        // With more lanes than room, the smallest share one last lane.
        int[] laneMap = new int[Math.max(1, index.laneKeys().size())];
        for (int k = 0; k < laneMap.length; k++) {
            laneMap[k] = o.lanes() ? Math.min(k, shown - 1) : 0;
        }
        double header = o.lanes() ? o.laneHeaderHeight() : 0;
        int[] laneEvents = new int[shown];
        for (int k = 0; k < index.laneKeys().size(); k++) {
            laneEvents[laneMap[k]] += index.laneSize(k);
        }
        // Every lane gets one row; the height left over goes to lanes by the square root of their event count,
        // so a busy actor gets more rows without starving the rest.
        double[] laneHeights = new double[shown];
        double weights = 0;
        for (int l = 0; l < shown; l++) {
            weights += Math.sqrt(laneEvents[l]);
        }
        double spare = Math.max(0, height - shown * minLane);
        for (int l = 0; l < shown; l++) {
            double share = weights > 0 ? Math.sqrt(laneEvents[l]) / weights : 1.0 / shown;
            laneHeights[l] = o.lanes() ? minLane + spare * share : height;
        }
        int[] laneRows = new int[shown];
        int rows = 1;
        List<Lane> lanes = new ArrayList<>(shown);
        double y = top;
        for (int l = 0; l < shown; l++) {
            String key = !o.lanes() ? "" : (l == shown - 1 && laneCount > shown) ? "Other" : index.laneKeys().get(l);
            lanes.add(new Lane(key, y, laneHeights[l], laneEvents[l]));
            laneRows[l] = Math.max(1, Math.min(o.maxRows(),
                    (int) Math.floor((laneHeights[l] - header - o.clusterRowHeight()) / o.rowHeight())));
            rows = Math.max(rows, laneRows[l]);
            y += laneHeights[l];
        }

        double width = axis.width();
        int[] density = new int[(int) Math.ceil(width) + 1];
        double[][] rowEnd = new double[shown][];
        for (int l = 0; l < shown; l++) {
            rowEnd[l] = new double[laneRows[l]];
        }
        for (double[] r : rowEnd) {
            Arrays.fill(r, Double.NEGATIVE_INFINITY);
        }
        List<Item> items = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();

        // The selected event's place is kept free in advance, so the user always sees what is selected.
        int selLane = -1;
        double selLeft = 0;
        double selRight = 0;
        Item selItem = null;
        if (reserve) {
            double[] scratchSel = new double[EXTENT_SIZE];
            selLane = laneMap[index.lane(selected)];
            double selW = labelWidths.applyAsDouble(selected);
            extent(index.start(selected), index.end(selected), axis, selW, false, scratchSel);
            boolean selFlip = scratchSel[RIGHT] > width && scratchSel[INSIDE] == 0
                    && scratchSel[LEFT] - selW - 2 * GAP >= 0;
            selItem = place(index, selected, axis, selW, rowY(lanes.get(selLane), header, o, 0), 0,
                    selLane, selFlip);
            selLeft = selItem.left();
            selRight = selItem.right();
        }

        // Cluster state per lane in plain arrays: a dense stretch adds thousands of events to one cluster.
        double[] cX = new double[shown];
        double[] cFirst = new double[shown];
        double[] cLast = new double[shown];
        int[] cCount = new int[shown];
        double[] minEnd = new double[shown];
        Arrays.fill(minEnd, Double.NEGATIVE_INFINITY);
        double[] scratch = new double[EXTENT_SIZE];
        double[] flipped = new double[EXTENT_SIZE];

        int from = index.firstReaching(axis.startDay());
        int to = index.lowerBound(axis.endDay());
        int visibleCount = 0;
        double axisStart = axis.startDay();
        for (int i = from; i < to; i++) {
            double s = index.start(i);
            double e = index.end(i);
            if (e <= axisStart) {
                continue;
            }
            visibleCount++;
            int l = laneMap[index.lane(i)];
            boolean point = e - s <= 1;
            double markX = point ? axis.x(s + 0.5) : Math.max(0, axis.x(s));
            int col = (int) Math.max(0, Math.min(density.length - 1, markX));
            density[col]++;
            if (reserve && i == selected) {
                items.add(selItem);
                rowEnd[l][0] = Math.max(rowEnd[l][0], selRight);
                minEnd[l] = min(rowEnd[l]);
                continue;
            }
            // Label right of the mark; near the right edge, where it would be cut, first try it on the left.
            boolean reservedHere = l == selLane;
            // The left end of the unflipped mark does not depend on the label, and flipping only moves it further
            // left: when it is already short of every row's end, the event clusters whatever its label's width.
            extent(s, e, axis, 0, false, scratch);
            double lw = scratch[LEFT] >= minEnd[l] + GAP ? labelWidths.applyAsDouble(i) : 0;
            extent(s, e, axis, lw, false, scratch);
            boolean cut = scratch[RIGHT] > width && scratch[INSIDE] == 0;
            boolean flip = false;
            int row = -1;
            if (cut) {
                extent(s, e, axis, lw, true, flipped);
                if (flipped[LABEL_X] >= 0 && flipped[LEFT] >= minEnd[l] + GAP) {
                    row = freeRow(rowEnd[l], laneRows[l], flipped[LEFT], flipped[RIGHT], reservedHere, selLeft, selRight);
                    flip = row >= 0;
                }
            }
            if (row < 0 && scratch[LEFT] >= minEnd[l] + GAP) {
                row = freeRow(rowEnd[l], laneRows[l], scratch[LEFT], scratch[RIGHT], reservedHere, selLeft, selRight);
            }
            if (row >= 0) {
                rowEnd[l][row] = flip ? flipped[RIGHT] : scratch[RIGHT];
                minEnd[l] = min(rowEnd[l]);
                items.add(place(index, i, axis, lw, rowY(lanes.get(l), header, o, row), row, l, flip));
                continue;
            }
            double cx = Math.max(0, Math.min(width - CLUSTER_WIDTH, markX));
            if (cCount[l] > 0 && cx < cX[l] + CLUSTER_WIDTH + GAP) {
                cCount[l]++;
                cFirst[l] = Math.min(cFirst[l], s);
                cLast[l] = Math.max(cLast[l], e);
            } else {
                if (cCount[l] > 0) {
                    clusters.add(cluster(lanes.get(l), l, header, laneRows[l], o, cX[l], cCount[l], cFirst[l], cLast[l]));
                }
                cX[l] = cx;
                cCount[l] = 1;
                cFirst[l] = s;
                cLast[l] = e;
            }
        }
        for (int l = 0; l < shown; l++) {
            if (cCount[l] > 0) {
                clusters.add(cluster(lanes.get(l), l, header, laneRows[l], o, cX[l], cCount[l], cFirst[l], cLast[l]));
            }
        }
        return new Result(axis, lanes, items, clusters, density, rows, visibleCount, laneMap);
    }

    private static Cluster cluster(Lane lane, int l, double header, int rows, Options o, double x, int count,
                                   double first, double last) {
        double cy = lane.y() + header + rows * o.rowHeight() + o.clusterRowHeight() / 2;
        return new Cluster(l, x, cy, count, first, last);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }


    private static double rowY(Lane lane, double header, Options o, int row) {
        return lane.y() + header + row * o.rowHeight() + o.rowHeight() / 2;
    }

    private static boolean visible(TimelineIndex index, int i, TimeAxis axis) {
        return index.end(i) > axis.startDay() && index.start(i) < axis.endDay();
    }

    private static Item place(TimelineIndex index, int i, TimeAxis axis, double labelWidth, double y, int row, int lane,
                              boolean flip) {
        double[] x = new double[EXTENT_SIZE];
        boolean point = extent(index.start(i), index.end(i), axis, labelWidth, flip, x);
        return new Item(i, index.event(i), x[X0], x[X1], y, row, lane, x[LABEL_X], labelWidth, !point, x[INSIDE] != 0,
                x[LEFT], x[RIGHT]);
    }

    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int LABEL_X = 2;
    private static final int INSIDE = 3;
    private static final int X0 = 4;
    private static final int X1 = 5;
    private static final int EXTENT_SIZE = 6;

    /**
     * Where an event's mark and label go, written into {@code out}; returns true for a point. The label goes right of
     * its mark or inside a bar wide enough for it; with {@code flip}, left of the mark (used near the right edge).
     */
    private static boolean extent(double s, double e, TimeAxis axis, double lw, boolean flip, double[] out) {
        if (e - s <= 1) {
            double x = axis.x(s + 0.5);
            out[X0] = x;
            out[X1] = x;
            out[INSIDE] = 0;
            if (flip) {
                out[LABEL_X] = x - POINT_RADIUS - GAP - lw;
                out[LEFT] = out[LABEL_X];
                out[RIGHT] = x + POINT_RADIUS;
            } else {
                out[LABEL_X] = x + POINT_RADIUS + GAP;
                out[LEFT] = x - POINT_RADIUS;
                out[RIGHT] = out[LABEL_X] + lw;
            }
            return true;
        }
        double x0 = axis.x(s);
        double x1 = Math.max(axis.x(e), x0 + 3);
        double v0 = Math.max(0, x0);
        double v1 = Math.min(axis.width(), x1);
        out[X0] = x0;
        out[X1] = x1;
        out[LEFT] = x0;
        out[RIGHT] = x1;
        if (v1 - v0 >= lw + 2 * BAR_PADDING || (x1 > axis.width() && !flip)) {
            out[INSIDE] = 1;
            out[LABEL_X] = v0 + BAR_PADDING;
            out[RIGHT] = Math.max(x1, out[LABEL_X] + lw);
        } else if (flip) {
            out[INSIDE] = 0;
            out[LABEL_X] = x0 - GAP - lw;
            out[LEFT] = out[LABEL_X];
        } else {
            out[INSIDE] = 0;
            out[LABEL_X] = x1 + GAP;
            out[RIGHT] = x1 + GAP + lw;
        }
        return false;
    }

    /** The first row where {@code [left, right]} fits, or -1. */
    private static int freeRow(double[] rowEnd, int rows, double left, double right, boolean reservedHere,
                               double selLeft, double selRight) {
        for (int r = 0; r < rows; r++) {
            if (left < rowEnd[r] + GAP) {
                continue;
            }
            if (r == 0 && reservedHere && right + GAP > selLeft && left < selRight + GAP) {
                continue;
            }
            return r;
        }
        return -1;
    }
}
