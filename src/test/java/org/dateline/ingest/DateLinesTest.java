// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {
    static Stream<Arguments> examples() {
        return DateLines.rules().stream().flatMap(r -> r.examples().stream()
                .map(e -> Arguments.of(r.id(), e[0], e[1])));
    }

    @Test
    void everyRuleHasAnExample() {
        assertThat(DateLines.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.examples()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void everyRuleExampleParsesToItsDate(String rule, String line, String expected) {
        assertThat(DateLines.parse(line)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published: 25 July 2025              | 2025-07-25",
            "Friday, July 25, 2025                | 2025-07-25",
            "Updated on Jul. 25, 2025 10:32 AM EDT | 2025-07-25",
            "Posted on 2025-07-25 14:05 GMT       | 2025-07-25",
            "**March 06, 2008**                   | 2008-03-06",
            "2025-07-25T10:32:00Z                 | 2025-07-25",
            "July 25, 2025 at 10:32 a.m. ET       | 2025-07-25",
            "Jul 25, 2025, 10:32 AM               | 2025-07-25",
    })
    void datesWithPrefixesAndTimesAreDateLines(String line, String expected) {
        assertThat(DateLines.parse(TextLayout.clean(line))).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"July 2025", "Russia recognised the Taliban on 3 July 2025.", "31 February 2025",
            "25 July 2025 was a Friday", "How Russia Ended the Taliban's Isolation", "2025"})
    void sentencesAndPartialDatesAreNotDateLines(String line) {
        assertThat(DateLines.parse(line)).isEmpty();
    }
}
