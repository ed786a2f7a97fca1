// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        public static final Options DEFAULT = new Options(24, 22, 18, 12, false);

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
     * A placed event. {@code x0 == x1} for a point. {@code y} is the centre line of its row. {@code right} is where
     * its mark and label end.
     */
    public record Item(int index, Event event, double x0, double x1, double y, int row, int lane,
                       double labelX, double labelWidth, boolean bar, boolean labelInside, double right) implements Mark {
        public double left() {
            return bar ? x0 : x0 - POINT_RADIUS;
        }
    }

    /** Events that did not fit, shown as one "+N" badge; zooming to {@code firstDay..lastDay} opens it. */
    public record Cluster(int lane, double x, double y, int count, double firstDay, double lastDay) implements Mark {
    }

    /** A horizontal band of rows; {@code key} is the colour key of its events ("" without lanes). */
    public record Lane(String key, double y, double height, int events) {
    }

    /**
     * @param density visible events per pixel column, the whole of each stretch included
     * @param rows    rows per lane
     */
    public record Result(TimeAxis axis, List<Lane> lanes, List<Item> items, List<Cluster> clusters, int[] density,
                         int rows, int visible) {

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
        Result r = layout(index, axis, top, height, labelWidths, selected, o, false);
        if (selected >= 0 && selected < index.size() && visible(index, selected, axis) && r.itemOf(selected) == null) {
            // Only now move it: reserving its place up front would make a clicked event jump under the pointer.
            r = layout(index, axis, top, height, labelWidths, selected, o, true);
        }
        return r;
    }

    private static Result layout(TimelineIndex index, TimeAxis axis, double top, double height, double[] labelWidths,
                                 int selected, Options o, boolean reserve) {
        int laneCount = o.lanes() ? Math.max(1, index.laneKeys().size()) : 1;
        double minLane = (o.lanes() ? o.laneHeaderHeight() : 0) + o.rowHeight() + o.clusterRowHeight();
        int fit = Math.max(1, (int) Math.floor(height / minLane));
        int shown = Math.min(laneCount, fit);
        // With more lanes than room, the smallest share one last lane.
        int[] laneMap = new int[Math.max(1, index.laneKeys().size())];
        for (int k = 0; k < laneMap.length; k++) {
            laneMap[k] = o.lanes() ? Math.min(k, shown - 1) : 0;
        }
        double laneHeight = height / shown;
        double header = o.lanes() ? o.laneHeaderHeight() : 0;
        int rows = Math.max(1, Math.min(o.maxRows(), (int) Math.floor((laneHeight - header - o.clusterRowHeight()) / o.rowHeight())));

        int[] laneEvents = new int[shown];
        for (int k = 0; k < index.laneKeys().size(); k++) {
            laneEvents[laneMap[k]] += index.laneSize(k);
        }
        List<Lane> lanes = new ArrayList<>(shown);
        for (int l = 0; l < shown; l++) {
            String key = !o.lanes() ? "" : (l == shown - 1 && laneCount > shown) ? "Other" : index.laneKeys().get(l);
            lanes.add(new Lane(key, top + l * laneHeight, laneHeight, laneEvents[l]));
        }

        double width = axis.width();
        int[] density = new int[(int) Math.ceil(width) + 1];
        double[][] rowEnd = new double[shown][rows];
        for (double[] r : rowEnd) {
            Arrays.fill(r, Double.NEGATIVE_INFINITY);
        }
        List<Item> items = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        Cluster[] open = new Cluster[shown];

        // The selected event's place is kept free in advance, so the user always sees what is selected.
        int selLane = -1;
        double selLeft = 0;
        double selRight = 0;
        Item selItem = null;
        if (reserve) {
            selLane = laneMap[index.lane(selected)];
            selItem = place(index, selected, axis, labelWidths[selected], rowY(lanes.get(selLane), header, o, 0), 0, selLane);
            selLeft = selItem.left();
            selRight = selItem.right();
        }

        int from = index.firstReaching(axis.startDay());
        int to = index.lowerBound(axis.endDay());
        int visibleCount = 0;
        for (int i = from; i < to; i++) {
            if (index.end(i) <= axis.startDay()) {
                continue;
            }
            visibleCount++;
            int l = laneMap[index.lane(i)];
            double markX = index.start(i) >= index.end(i) - 1 ? axis.x(index.start(i) + 0.5) : Math.max(0, axis.x(index.start(i)));
            int col = (int) Math.max(0, Math.min(density.length - 1, markX));
            density[col]++;
            if (reserve && i == selected) {
                items.add(selItem);
                rowEnd[l][0] = Math.max(rowEnd[l][0], selRight);
                continue;
            }
            Item probe = place(index, i, axis, labelWidths[i], 0, 0, l);
            double left = probe.left();
            double right = probe.right();
            int row = -1;
            for (int r = 0; r < rows; r++) {
                if (left < rowEnd[l][r] + GAP) {
                    continue;
                }
                if (r == 0 && l == selLane && right + GAP > selLeft && left < selRight + GAP) {
                    continue;
                }
                row = r;
                break;
            }
            if (row >= 0) {
                rowEnd[l][row] = right;
                items.add(place(index, i, axis, labelWidths[i], rowY(lanes.get(l), header, o, row), row, l));
                continue;
            }
            double cx = Math.max(0, Math.min(width - CLUSTER_WIDTH, markX));
            Cluster c = open[l];
            if (c != null && cx < c.x() + CLUSTER_WIDTH + GAP) {
                open[l] = new Cluster(l, c.x(), c.y(), c.count() + 1, Math.min(c.firstDay(), index.start(i)),
                        Math.max(c.lastDay(), index.end(i)));
            } else {
                if (c != null) {
                    clusters.add(c);
                }
                Lane lane = lanes.get(l);
                double cy = lane.y() + header + rows * o.rowHeight() + o.clusterRowHeight() / 2;
                open[l] = new Cluster(l, cx, cy, 1, index.start(i), index.end(i));
            }
        }
        for (Cluster c : open) {
            if (c != null) {
                clusters.add(c);
            }
        }
        return new Result(axis, lanes, items, clusters, density, rows, visibleCount);
    }

    private static double rowY(Lane lane, double header, Options o, int row) {
        return lane.y() + header + row * o.rowHeight() + o.rowHeight() / 2;
    }

    private static boolean visible(TimelineIndex index, int i, TimeAxis axis) {
        return index.end(i) > axis.startDay() && index.start(i) < axis.endDay();
    }

    private static Item place(TimelineIndex index, int i, TimeAxis axis, double labelWidth, double y, int row, int lane) {
        Event e = index.event(i);
        double width = axis.width();
        if (index.end(i) - index.start(i) <= 1) {
            double x = axis.x(index.start(i) + 0.5);
            double labelX = x + POINT_RADIUS + GAP;
            return new Item(i, e, x, x, y, row, lane, labelX, labelWidth, false, false, labelX + labelWidth);
        }
        double x0 = axis.x(index.start(i));
        double x1 = Math.max(axis.x(index.end(i)), x0 + 3);
        double v0 = Math.max(0, x0);
        double v1 = Math.min(width, x1);
        boolean inside = v1 - v0 >= labelWidth + 2 * BAR_PADDING || x1 > width;
        double labelX = inside ? v0 + BAR_PADDING : x1 + GAP;
        double right = inside ? x1 : labelX + labelWidth;
        return new Item(i, e, x0, x1, y, row, lane, labelX, labelWidth, true, inside, right);
    }
}
