// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("The U.S. Senate met Mr. Smith on Jan. 5 in Washington. He left."))
                .containsExactly("The U.S. Senate met Mr. Smith on Jan. 5 in Washington.", "He left.");
    }

    @Test
    void aCaseNameDoesNotEndASentence() {
        assertThat(sentences("In 2022, the court overturned Roe v. Wade, the 1973 decision. Clinics closed."))
                .containsExactly("In 2022, the court overturned Roe v. Wade, the 1973 decision.", "Clinics closed.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(sentences("George W. Bush spoke. Then he left."))
                .containsExactly("George W. Bush spoke.", "Then he left.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("He said “we will go.” They went."))
                .containsExactly("He said “we will go.”", "They went.");
    }

    @Test
    void blankLinesAndHeadingLinesEndSentences() {
        assertThat(sentences("25 July 2025\n\nHow Russia Ended the Isolation\nGiorgio Cafiero\n\nIt began in 2021."))
                .containsExactly("25 July 2025", "How Russia Ended the Isolation", "Giorgio Cafiero", "It began in 2021.");
    }

    @Test
    void wrappedLinesOfAParagraphJoin() {
        String text = "Russia's Foreign Ministry accredited the Taliban envoy in March 2022 as chargé\n"
                + "d'affaires at the embassy in Moscow. It was a first.";
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotSplit() {
        assertThat(sentences("Sales rose 4.5 percent. Profits fell."))
                .containsExactly("Sales rose 4.5 percent.", "Profits fell.");
        assertThat(sentences("Sales rose 4.5 percent. e.g. this stays together.")).hasSize(1);
    }
}
