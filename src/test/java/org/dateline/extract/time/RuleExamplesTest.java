// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Timex;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code example:} line of rules.txt: extent, unresolved value and resolved value. */
class RuleExamplesTest {
    private static final RuleBook BOOK = RuleBook.english();
    private static final TimeExtractor X = TimeExtractor.of(BOOK);

    @TestFactory
    Stream<DynamicTest> everyExampleYieldsItsExtentAndValues() {
        return BOOK.rules().stream().flatMap(r -> r.examples().stream().map(e -> DynamicTest.dynamicTest(
                r.id() + " (rules.txt:" + e.line() + "): " + e.text(), () -> check(r, e))));
    }

    private static void check(RuleBook.Rule r, RuleBook.Example e) {
        List<Timex> got = X.extract(e.text(), RuleBook.EXAMPLE_DCT);
        if (e.extent().isEmpty()) {
            assertThat(got).as("a false friend yields no timex").isEmpty();
            return;
        }
        Timex t = got.stream().filter(x -> x.text().equals(e.extent())).findFirst().orElse(null);
        assertThat(t).as("timex '%s' in %s", e.extent(), got).isNotNull();
        assertThat(t.rule()).isEqualTo(r.id());
        assertThat(t.unresolved()).isEqualTo(e.unresolved());
        assertThat(t.value()).isEqualTo(e.resolved());
    }
}
