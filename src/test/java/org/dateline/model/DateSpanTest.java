// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpanTest {

    @ParameterizedTest
    @CsvSource({
            "2025,       YEAR,      2025-01-01, 2025-12-31",
            "2025-07,    MONTH,     2025-07-01, 2025-07-31",
            "2024-02,    MONTH,     2024-02-01, 2024-02-29",
            "2025-07-03, DAY,       2025-07-03, 2025-07-03",
            "2025-Q3,    QUARTER,   2025-07-01, 2025-09-30",
            "2025-W01,   WEEK,      2024-12-30, 2025-01-05",
            "2025-SU,    SEASON,    2025-06-01, 2025-08-31",
            "199X,       DECADE,    1990-01-01, 1999-12-31",
            "19XX,       CENTURY,   1900-01-01, 1999-12-31",
            "2009-06-01T12:00, TIME, 2009-06-01, 2009-06-01",
            "FY2007,     YEAR,      2007-01-01, 2007-12-31",
            "2025-W30-WE, WEEK,     2025-07-26, 2025-07-27",
            "2025-H2,    HALF_YEAR, 2025-07-01, 2025-12-31",
            "2025-WI,    SEASON,    2025-12-01, 2026-02-28",
            "2025-07-25TMO, TIME,   2025-07-25, 2025-07-25",
    })
    void parsesCalendarValuesIntoTheDaysTheyCover(String value, Precision precision, LocalDate first, LocalDate last) {
        DateSpan s = DateSpan.parse(value).orElseThrow();
        assertThat(s.precision()).isEqualTo(precision);
        assertThat(s.first()).isEqualTo(first);
        assertThat(s.last()).isEqualTo(last);
    }

    @ParameterizedTest
    @CsvSource({"P4Y", "PAST_REF", "XXXX-07", "2025-13", "2025-02-30", "hello"})
    void refusesValuesThatNameNoCalendarStretch(String value) {
        assertThat(DateSpan.parse(value)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void dayIsCompatibleWithItsMonthButNotWithAnotherMonth() {
        DateSpan day = DateSpan.parse("2025-07-03").orElseThrow();
        assertThat(day.compatible(DateSpan.parse("2025-07").orElseThrow())).isTrue();
        assertThat(day.compatible(DateSpan.parse("2025-06").orElseThrow())).isFalse();
    }
}
