// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dateline.ui.timeline.TimelineFixtures.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.model.Event;
import org.dateline.ui.timeline.TimelineLayout.Cluster;
import org.dateline.ui.timeline.TimelineLayout.Item;
import org.dateline.ui.timeline.TimelineLayout.Options;
import org.dateline.ui.timeline.TimelineLayout.Result;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    private static final Options OPTIONS = Options.DEFAULT;

    private static Function1 labels = e -> 7.0 * Math.min(40, e.title().length());

    interface Function1 {
        double width(Event e);
    }

    private static double[] widths(TimelineIndex index) {
        double[] w = new double[index.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = labels.width(index.event(i));
        }
        return w;
    }

    private static Result layout(List<Event> events, TimeAxis axis, double height, int selected, Options o) {
        TimelineIndex index = TimelineIndex.of(events, e -> e.actors().isEmpty() ? "" : e.actors().get(0));
        return TimelineLayout.layout(index, axis, 0, height, widths(index), selected, o);
    }

    @Test
    void noTwoMarksOrLabelsOverlapAndEveryEventIsShownOrCounted() {
        List<Event> events = TimelineFixtures.synthetic(3000, 7);
        for (double days : new double[] {4000, 1000, 200, 30}) {
            TimeAxis axis = new TimeAxis(LocalDate.of(2018, 1, 1).toEpochDay(), LocalDate.of(2018, 1, 1).toEpochDay() + days, 1200);
            for (boolean lanes : new boolean[] {false, true}) {
                Result r = layout(events, axis, 500, -1, OPTIONS.withLanes(lanes));
                assertNoOverlap(r);
                int clustered = r.clusters().stream().mapToInt(Cluster::count).sum();
                assertThat(r.items().size() + clustered).isEqualTo(r.visible());
                assertThat(Arrays.stream(r.density()).sum()).isEqualTo(r.visible());
                assertThat(r.items()).allMatch(it -> it.y() + TimelineLayout.BAR_HEIGHT / 2 <= 500);
            }
        }
    }

    @Test
    void onlyEventsThatMayGetARowHaveTheirLabelMeasured() {
        List<Event> events = TimelineFixtures.synthetic(3000, 7);
        TimelineIndex index = TimelineIndex.of(events, e -> "");
        double[] w = widths(index);
        java.util.Set<Integer> measured = new java.util.HashSet<>();
        TimeAxis axis = new TimeAxis(LocalDate.of(2018, 1, 1).toEpochDay(), LocalDate.of(2018, 1, 1).toEpochDay() + 4000, 1200);
        Result r = TimelineLayout.layout(index, axis, 0, 500, i -> {
            measured.add(i);
            return w[i];
        }, -1, OPTIONS);
        assertNoOverlap(r);
        assertThat(r.items()).allMatch(it -> measured.contains(it.index()) && it.labelWidth() == w[it.index()]);
        // zoomed out, most events fall into clusters: measuring them all is what stalled the FX thread on big loads
        assertThat(measured.size()).isLessThan(r.visible() / 2);
    }

    private static void assertNoOverlap(Result r) {
        List<Item> items = r.items();
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item p = items.get(a);
                Item q = items.get(b);
                if (p.y() == q.y()) {
                    assertThat(p.right() < q.left() || q.right() < p.left())
                            .as("%s overlaps %s", p.event().title(), q.event().title()).isTrue();
                }
            }
        }
        List<Cluster> cs = new ArrayList<>(r.clusters());
        for (int a = 0; a < cs.size(); a++) {
            for (int b = a + 1; b < cs.size(); b++) {
                if (cs.get(a).y() == cs.get(b).y()) {
                    assertThat(Math.abs(cs.get(a).x() - cs.get(b).x())).isGreaterThanOrEqualTo(TimelineLayout.CLUSTER_WIDTH);
                }
            }
        }
        for (Item it : items) {
            for (Cluster c : cs) {
                assertThat(Math.abs(it.y() - c.y())).isGreaterThanOrEqualTo(OPTIONS.rowHeight() / 2);
            }
        }
    }

    @Test
    void aDenseDayCollapsesIntoOneClusterThatOpensOnZoom() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event("2025-07-03", "Statement number " + i + " on recognition", "Russia"));
        }
        events.add(event("2021-08-15", "The Taliban reconquer Afghanistan", "Taliban"));
        TimeAxis wide = TimeAxis.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), 1000);
        Result r = layout(events, wide, 200, -1, OPTIONS);
        assertThat(r.clusters()).hasSize(1);
        Cluster c = r.clusters().get(0);
        assertThat(c.count()).isEqualTo(41 - r.items().size());
        assertThat(c.x()).isCloseTo(wide.x(LocalDate.of(2025, 7, 3)), within(TimelineLayout.CLUSTER_WIDTH));
        assertThat(LocalDate.ofEpochDay((long) c.firstDay())).isEqualTo(LocalDate.of(2025, 7, 3));

        // At 40 rows of room the cluster opens completely.
        Result tall = layout(events, wide, 40 * OPTIONS.rowHeight() + OPTIONS.clusterRowHeight(), -1, OPTIONS.withMaxRows(40));
        assertThat(tall.clusters()).isEmpty();
        assertThat(tall.items()).hasSize(41);
    }

    @Test
    void zoomingInOpensClusters() {
        List<Event> events = TimelineFixtures.synthetic(2000, 3);
        TimeAxis axis = TimeAxis.of(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31), 1200);
        Result wide = layout(events, axis, 400, -1, OPTIONS);
        Result near = layout(events, axis.zoom(50, 600), 400, -1, OPTIONS);
        double shownWide = (double) wide.items().size() / wide.visible();
        double shownNear = (double) near.items().size() / near.visible();
        assertThat(shownNear).isGreaterThan(shownWide * 3);
    }

    @Test
    void dayIsAPointAndMonthIsABarAcrossTheMonth() {
        List<Event> events = List.of(event("2025-07-03", "Day", "Russia"), event("2025-04", "Month", "Russia"),
                event("2021", "Year", "Russia"));
        TimeAxis axis = TimeAxis.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), 1826);
        Result r = layout(events, axis, 300, -1, OPTIONS);
        Item day = find(r, "Day");
        Item month = find(r, "Month");
        Item year = find(r, "Year");
        assertThat(day.bar()).isFalse();
        assertThat(day.x0()).isCloseTo(axis.x(LocalDate.of(2025, 7, 3)) + axis.pixelsPerDay() / 2, within(1e-6));
        assertThat(month.bar()).isTrue();
        assertThat(month.x0()).isCloseTo(axis.x(LocalDate.of(2025, 4, 1)), within(1e-6));
        assertThat(month.x1()).isCloseTo(axis.x(LocalDate.of(2025, 5, 1)), within(1e-6));
        assertThat(year.x1() - year.x0()).isCloseTo(365 * axis.pixelsPerDay(), within(1e-6));
        assertThat(year.labelInside()).isTrue();
    }

    @Test
    void theSelectedEventIsPlacedEvenInACrowd() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event("2025-07-03", "Crowded statement " + i, "Russia"));
        }
        TimelineIndex index = TimelineIndex.of(events, e -> "");
        TimeAxis axis = TimeAxis.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 800);
        int selected = index.size() - 1;
        Result r = TimelineLayout.layout(index, axis, 0, 120, widths(index), selected, OPTIONS);
        assertThat(r.itemOf(selected)).isNotNull();
        assertThat(r.itemOf(selected).row()).isZero();
        assertNoOverlap(r);
    }

    @Test
    void lanesByActorKeepEachActorInItsBandMostEventsFirst() {
        List<Event> events = List.of(event("2025-07-03", "R1", "Russia"), event("2025-04", "R2", "Russia"),
                event("2022-03", "T1", "Taliban"), event("2021-08-15", "R3", "Russia"));
        TimeAxis axis = TimeAxis.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), 1200);
        Result r = layout(events, axis, 400, -1, OPTIONS.withLanes(true));
        assertThat(r.lanes()).extracting(TimelineLayout.Lane::key).containsExactly("Russia", "Taliban");
        TimelineLayout.Lane taliban = r.lanes().get(1);
        Item t1 = find(r, "T1");
        assertThat(t1.y()).isBetween(taliban.y(), taliban.y() + taliban.height());
        assertThat(find(r, "R1").y()).isLessThan(taliban.y());
        // The busier actor gets the taller band; together they fill the height.
        assertThat(r.lanes().get(0).height()).isGreaterThan(taliban.height());
        assertThat(r.lanes().get(0).height() + taliban.height()).isCloseTo(400, within(1e-6));
    }

    @Test
    void labelsNearTheRightEdgeTurnLeftInsteadOfBeingCut() {
        List<Event> events = List.of(event("2025-12-20", "Late in the year something happened", "Russia"),
                event("2025-12", "A month at the very end", "Taliban"), event("2025-01-10", "Early", "Russia"));
        TimeAxis axis = TimeAxis.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 800);
        Result r = layout(events, axis, 300, -1, OPTIONS);
        for (String title : List.of("Late in the year something happened", "A month at the very end")) {
            Item it = find(r, title);
            assertThat(it.labelX() + it.labelWidth()).as(title).isLessThanOrEqualTo(it.bar() ? it.x0() : it.x0());
            assertThat(it.labelX()).isGreaterThanOrEqualTo(0);
            assertThat(it.right()).isLessThanOrEqualTo(800);
        }
        assertThat(find(r, "Early").labelX()).isGreaterThan(find(r, "Early").x0());
        assertNoOverlap(r);
    }

    @Test
    void aHitFindsTheMarkUnderThePointer() {
        List<Event> events = List.of(event("2025-07-03", "Recognition", "Russia"));
        TimeAxis axis = TimeAxis.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 730);
        Result r = layout(events, axis, 200, -1, OPTIONS);
        Item it = r.items().get(0);
        assertThat(r.hit(it.x0(), it.y())).isEqualTo(it);
        assertThat(r.hit(it.labelX() + 5, it.y() + 2)).isEqualTo(it);
        assertThat(r.hit(it.x0() - 40, it.y())).isNull();
    }

    private static Item find(Result r, String title) {
        return r.items().stream().filter(i -> i.event().title().equals(title)).findFirst().orElseThrow();
    }
}
