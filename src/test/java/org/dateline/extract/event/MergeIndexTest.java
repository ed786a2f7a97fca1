// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.dateline.model.DateSpan;
import org.junit.jupiter.api.Test;

class MergeIndexTest {
    private static DateSpan d(String v) {
        return DateSpan.parse(v).orElseThrow();
    }

    @Test
    void findsGroupsWhoseStemBeginsWithOursAndTheOtherWayRound() {
        MergeIndex<String> index = new MergeIndex<>();
        index.add(d("2025-07"), Set.of("recognit"), "noun");
        index.add(d("2025-07"), Set.of("recogn"), "verb");
        index.add(d("2025-07"), Set.of("record"), "other");
        assertThat(index.candidates(d("2025-07-03"), Set.of("recogn"))).containsExactly("noun", "verb");
        assertThat(index.candidates(d("2025-07-03"), Set.of("recognit"))).containsExactlyInAnyOrder("noun", "verb");
    }

    @Test
    void shortStemsMatchOnlyWhole() {
        MergeIndex<String> index = new MergeIndex<>();
        index.add(d("2025-07"), Set.of("met"), "a");
        index.add(d("2025-07"), Set.of("meteor"), "b");
        assertThat(index.candidates(d("2025-07"), Set.of("met"))).containsExactly("a");
    }

    @Test
    void bucketsKeepOtherMonthsOutButLetYearsMeetTheirMonths() {
        MergeIndex<String> index = new MergeIndex<>();
        index.add(d("2025-06-30"), Set.of("recogn"), "june");
        index.add(d("2025"), Set.of("recogn"), "year");
        index.add(d("2024-07"), Set.of("recogn"), "last year");
        assertThat(index.candidates(d("2025-07-03"), Set.of("recogn"))).containsExactly("year");
        assertThat(index.candidates(d("2025"), Set.of("recogn"))).containsExactlyInAnyOrder("june", "year");
        assertThat(index.candidates(d("199X"), Set.of("recogn"))).isEmpty();
    }
}
