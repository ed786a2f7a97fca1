// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Source;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/** Whatever the text and wherever the dates fall, events are built without error and cover their dates. */
class EventBuilderProperties {
    private static final EventBuilder BUILDER = new EventBuilder();
    private static final EventMerger MERGER = new EventMerger();
    private static final List<String> VALUES = List.of("2025", "2025-07", "2025-07-03", "P4Y", "PRESENT_REF",
            "XXXX-07", "199X", "2025-SU", "2025-07-03T10:00");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcdefghij ABC,.;:—\n\"“”’'0123456789").ofMinLength(0).ofMaxLength(400);
    }

    @Property(tries = 300)
    void everyEventCoversItsDateAndBuildingNeverFails(@ForAll("texts") String text,
                                                      @ForAll("positions") List<Integer> positions) {
        Article a = Fixtures.article("p.txt", text, LocalDate.of(2025, 7, 25));
        List<Timex> ts = new ArrayList<>();
        int i = 0;
        for (int p : positions) {
            int start = Math.min(p, text.length());
            int end = Math.min(start + 1 + (p % 7), text.length());
            String value = VALUES.get(i++ % VALUES.size());
            TimexType type = value.startsWith("P") && !value.startsWith("PRESENT") ? TimexType.DURATION : TimexType.DATE;
            ts.add(new Timex(text.substring(start, end), start, end, type, value, null, value, "prop", null));
        }
        ts.sort(java.util.Comparator.comparingInt(Timex::start));
        List<Event> events = BUILDER.build(a, ts, List.of());
        for (Event e : events) {
            assertThat(e.title()).isNotBlank();
            for (Source s : e.sources()) {
                assertThat(s.passage().start()).isLessThanOrEqualTo(s.timex().start());
                assertThat(s.passage().end()).isGreaterThanOrEqualTo(s.timex().end());
            }
        }
        assertThat(MERGER.merge(events).stream().mapToInt(e -> e.sources().size()).sum()).isEqualTo(events.size());
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, 400).list().ofMaxSize(6);
    }
}
