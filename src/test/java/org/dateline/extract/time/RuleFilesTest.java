// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
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

    /**
     * The month and weekday names of patterns.txt were typed for this project; the JDK's CLDR locale data (a
     * maintained source) must agree: every full and abbreviated English name maps to its number.
     */
    @Test
    void monthAndWeekdayNamesAgreeWithTheJdkLocaleData() {
        RuleBook book = RuleBook.english();
        for (Month m : Month.values()) {
            String num = String.format("%02d", m.getValue());
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            assertThat(book.list("month").lookup(full)).as(full).isEqualTo(num);
            assertThat(book.list("monthFull").lookup(full)).as(full).isEqualTo(num);
            assertThat(book.list("month").lookup(shortName)).as(shortName).isEqualTo(num);
        }
        assertThat(book.list("monthFull").values()).hasSize(12);
        for (DayOfWeek d : DayOfWeek.values()) {
            String num = String.valueOf(d.getValue());
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            assertThat(book.list("weekday").lookup(full)).as(full).isEqualTo(num);
            assertThat(book.list("weekdayFull").lookup(full)).as(full).isEqualTo(num);
            assertThat(book.list("weekday").lookup(shortName)).as(shortName).isEqualTo(num);
            assertThat(book.list("weekdays").lookup(full + "s")).as(full + "s").isEqualTo(num);
        }
        assertThat(book.list("weekdayFull").values()).hasSize(7);
    }
}
