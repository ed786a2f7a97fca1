// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    private final ClauseSplitter splitter = new ClauseSplitter();

    private List<String> clauses(String sentence) {
        return splitter.split(sentence, new Span(0, sentence.length()), List.of()).stream()
                .map(s -> sentence.substring(s.start(), s.end())).toList();
    }

    @Test
    void participleAfterCommaStartsAClause() {
        assertThat(clauses("This gradual normalization continued with Moscow revoking its terrorist designation of the "
                + "Taliban in April 2025, paving the way for official recognition earlier this month."))
                .containsExactly(
                        "This gradual normalization continued with Moscow revoking its terrorist designation of the Taliban in April 2025",
                        "paving the way for official recognition earlier this month.");
    }

    @Test
    void aRelativeAsideAfterAShortSubjectStaysInItsClause() {
        assertThat(clauses("Speaker Kevin McCarthy, who faced a revolt from hard-right Republicans, said Sunday that "
                + "he would not resign."))
                .containsExactly("Speaker Kevin McCarthy, who faced a revolt from hard-right Republicans, said Sunday "
                        + "that he would not resign.");
        assertThat(clauses("Moscow recognised the Taliban administration in July, which Kabul hailed as a breakthrough."))
                .hasSize(2);
    }

    @Test
    void frontedDatePhraseStaysWithItsClause() {
        assertThat(clauses("In March 2022, Russia’s Foreign Ministry accredited Taliban envoy Jamal Nasir Gharwal, "
                + "with Gharwal formally assuming control of the mission the following month."))
                .containsExactly("In March 2022, Russia’s Foreign Ministry accredited Taliban envoy Jamal Nasir Gharwal",
                        "with Gharwal formally assuming control of the mission the following month.");
    }

    @Test
    void connectivePhraseStartsAClause() {
        assertThat(clauses("Moscow recognised the Taliban administration in July, a move that Taliban officials hailed."))
                .containsExactly("Moscow recognised the Taliban administration in July",
                        "a move that Taliban officials hailed.");
    }

    @Test
    void listsAndNounsAfterCommasDoNotSplit() {
        assertThat(clauses("Other countries, including India, Germany and Tajikistan, expanded engagement."))
                .hasSize(1);
        assertThat(clauses("As 2025 ended, Afghanistan continued to face a political stalemate."))
                .containsExactly("As 2025 ended, Afghanistan continued to face a political stalemate.");
        assertThat(clauses("Apple, according to figures released April 3, passed Wal-Mart."))
                .hasSize(1);
    }

    @Test
    void semicolonAlwaysEndsAClause() {
        assertThat(clauses("Prices rose in May; they fell again in June.")).containsExactly("Prices rose in May",
                "they fell again in June.");
    }

    @Test
    void shortFragmentStaysWithThePreviousClause() {
        assertThat(clauses("The talks resumed in May, and more.")).containsExactly("The talks resumed in May, and more.");
    }

    @Test
    void noBoundaryInsideADateExpression() {
        String s = "The deal closed on Monday, while shares rose.";
        int comma = s.indexOf(',');
        assertThat(splitter.split(s, new Span(0, s.length()), List.of(new Span(comma - 6, comma + 1)))).hasSize(1);
    }

    @Test
    void anAdverbBeforeAParticipleStillOpensAClause() {
        assertThat(clauses("He took six months off in early 2009, later revealing he had undergone a liver transplant."))
                .containsExactly("He took six months off in early 2009", "later revealing he had undergone a liver transplant.");
    }
}
