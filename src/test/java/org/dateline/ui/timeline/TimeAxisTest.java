// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dateline.ui.timeline.TimeAxis.Level;
import org.dateline.ui.timeline.TimeAxis.Tick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeAxisTest {

    @Test
    void dateAndPixelRoundTrip() {
        TimeAxis axis = TimeAxis.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 730);
        assertThat(axis.x(LocalDate.of(2025, 1, 1))).isZero();
        assertThat(axis.pixelsPerDay()).isCloseTo(2.0, within(1e-9));
        assertThat(axis.x(LocalDate.of(2025, 7, 3))).isCloseTo(2.0 * 183, within(1e-9));
        assertThat(axis.date(2.0 * 183 + 1)).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(axis.date(730 - 0.5)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @ParameterizedTest(name = "{0} days over 1600 px are labelled by {1}")
    @CsvSource({
        "10, DAY",
        "60, WEEK",
        "700, MONTH",
        "2000, QUARTER",
        "10000, YEAR",
        "60000, DECADE",
        "700000, CENTURY",
    })
    void tickLevelAdaptsFromDecadesDownToDays(double days, Level expected) {
        TimeAxis axis = new TimeAxis(20_000, 20_000 + days, 1600);
        assertThat(axis.majorLevel()).isEqualTo(expected);
    }

    @Test
    void majorLabelsNeverTouch() {
        for (double days = 3; days < 700_000; days *= 1.37) {
            TimeAxis axis = new TimeAxis(19_000, 19_000 + days, 1200);
            List<Tick> majors = axis.ticks().stream().filter(Tick::major).toList();
            for (int i = 1; i < majors.size(); i++) {
                double gap = majors.get(i).x() - majors.get(i - 1).x();
                // Months and years are uneven: allow February's 28 days against the 30.44 average.
                assertThat(gap).as("gap at %s days", days).isGreaterThanOrEqualTo(axis.majorLevel().labelSpacing * 0.9);
            }
            assertThat(majors.size()).as("labels at %s days", days).isLessThanOrEqualTo(1200 / 40 + 1);
        }
    }

    @Test
    void ticksLabelTheDayTheyMark() {
        TimeAxis axis = TimeAxis.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), 1600);
        List<Tick> majors = axis.ticks().stream().filter(Tick::major).toList();
        assertThat(axis.majorLevel()).isEqualTo(Level.QUARTER);
        assertThat(majors.get(0).label()).isEqualTo("Q1 2021");
        assertThat(majors.get(0).x()).isZero();
        assertThat(majors).extracting(Tick::label).contains("Q3 2025");
        assertThat(axis.ticks()).anyMatch(t -> !t.major() && t.date().equals(LocalDate.of(2021, 2, 1)));
    }

    @ParameterizedTest
    @CsvSource({
        "DAY, 2025-07-03, 3 Jul 2025",
        "WEEK, 2025-07-07, 7 Jul 2025",
        "MONTH, 2025-07-01, Jul 2025",
        "QUARTER, 2025-07-01, Q3 2025",
        "YEAR, 2025-01-01, 2025",
        "DECADE, 2020-01-01, 2020s",
    })
    void labelsReadAsDates(Level level, LocalDate day, String label) {
        assertThat(level.label(day)).isEqualTo(label);
        assertThat(level.floor(day)).isEqualTo(day);
    }

    @Test
    void zoomKeepsTheDayUnderTheCursor() {
        TimeAxis axis = TimeAxis.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), 1000);
        double before = axis.day(250);
        TimeAxis in = axis.zoom(2, 250);
        assertThat(in.spanDays()).isCloseTo(axis.spanDays() / 2, within(1e-6));
        assertThat(in.day(250)).isCloseTo(before, within(1e-6));
    }

    @Test
    void zoomStopsAtAFewDays() {
        TimeAxis axis = TimeAxis.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), 1000);
        assertThat(axis.zoom(1000, 500).spanDays()).isEqualTo(TimeAxis.MIN_SPAN_DAYS);
        assertThat(axis.zoom(1e-9, 500).spanDays()).isEqualTo(TimeAxis.MAX_SPAN_DAYS);
    }

    @Test
    void panMovesContentWithTheDrag() {
        TimeAxis axis = TimeAxis.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 730);
        TimeAxis panned = axis.pan(20);
        assertThat(panned.startDay()).isCloseTo(axis.startDay() - 10, within(1e-9));
        assertThat(panned.x(LocalDate.of(2025, 3, 1))).isCloseTo(axis.x(LocalDate.of(2025, 3, 1)) + 20, within(1e-9));
    }
}
