// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validates the resource files: every rule loads, has an id of its own and examples, every list it names exists. */
class RuleFilesTest {
    private static final String LISTS = "[month]\n01: january | jan\n";

    @Test
    void shippedRulesLoadWithUniqueIdsAndExamples() {
        RuleBook book = RuleBook.english();
        Set<String> ids = new HashSet<>();
        for (RuleBook.Rule r : book.rules()) {
            assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
            assertThat(r.examples()).as("examples of %s", r.id()).isNotEmpty();
        }
        assertThat(book.rules()).hasSizeGreaterThan(60);
        assertThat(book.list("futureCue")).isNotNull();
        assertThat(book.list("pastCue")).isNotNull();
    }

    @Test
    void unknownListReferenceIsRejectedWithItsLine() {
        String rules = "id: a\nmatch: {monthz}\ntype: DATE\nvalue: x\nexample: a | a | x | x\n";
        assertThatThrownBy(() -> RuleBook.parse(LISTS, "p", rules, "r.txt"))
                .hasMessageContaining("r.txt:1").hasMessageContaining("{monthz}");
    }

    @Test
    void duplicateRuleIdIsRejected() {
        String one = "id: a\nmatch: {month}\ntype: DATE\nvalue: x\nexample: a | a | x | x\n";
        assertThatThrownBy(() -> RuleBook.parse(LISTS, "p", one + one, "r.txt"))
                .hasMessageContaining("duplicate rule id a");
    }

    @Test
    void ruleWithoutExampleIsRejected() {
        String rules = "id: a\nmatch: {month}\ntype: DATE\nvalue: x\n";
        assertThatThrownBy(() -> RuleBook.parse(LISTS, "p", rules, "r.txt")).hasMessageContaining("no example");
    }

    @Test
    void templateNamingAMissingGroupIsRejected() {
        String rules = "id: a\nmatch: (?<m>{month})\ntype: DATE\nvalue: {y}-{m:month}\nexample: a | a | x | x\n";
        assertThatThrownBy(() -> RuleBook.parse(LISTS, "p", rules, "r.txt")).hasMessageContaining("missing group y");
    }

    @Test
    void templateWithUnknownConversionIsRejected() {
        String rules = "id: a\nmatch: (?<m>{month})\ntype: DATE\nvalue: {m:nope}\nexample: a | a | x | x\n";
        assertThatThrownBy(() -> RuleBook.parse(LISTS, "p", rules, "r.txt")).hasMessageContaining("unknown conversion");
    }

    @Test
    void badRegexIsRejectedWithRuleId() {
        String rules = "id: broken\nmatch: (?<m>{month}\ntype: DATE\nvalue: x\nexample: a | a | x | x\n";
        assertThatThrownBy(() -> RuleBook.parse(LISTS, "p", rules, "r.txt")).hasMessageContaining("broken");
    }

    @Test
    void listFormListedTwiceIsRejected() {
        assertThatThrownBy(() -> RuleBook.parse("[month]\n01: jan | jan\n", "p.txt", "", "r"))
                .hasMessageContaining("p.txt:2");
    }

    @Test
    void everyExampleOfTheShippedRulesIsWellFormed() {
        for (RuleBook.Rule r : RuleBook.english().rules()) {
            for (RuleBook.Example e : r.examples()) {
                assertThat(e.text()).as("rule %s line %d", r.id(), e.line()).isNotBlank();
                if (!e.extent().isEmpty()) {
                    assertThat(e.text()).as("extent inside example, rule %s", r.id()).contains(e.extent());
                    assertThat(r.pattern().matcher(e.text()).find()).as("rule %s matches its example", r.id()).isTrue();
                }
            }
        }
    }
}
