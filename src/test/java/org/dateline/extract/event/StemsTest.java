// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class StemsTest {
    private final Stems stems = new Stems();

    @Test
    void britishAndAmericanSpellingsAndTheNounShareAStem() {
        String a = Stems.stem("recognised");
        String b = Stems.stem("recognize");
        String c = Stems.stem("recognition");
        assertThat(a).isEqualTo(b);
        assertThat(Stems.match(a, c)).isTrue();
        assertThat(Stems.shared(Set.of(a), Set.of(c))).isEqualTo(1);
    }

    @Test
    void unrelatedWordsDoNotMatch() {
        assertThat(Stems.match(Stems.stem("recognised"), Stems.stem("recorded"))).isFalse();
        assertThat(Stems.match(Stems.stem("met"), Stems.stem("meteor"))).isFalse();
    }

    @Test
    void stopWordsNamesAndSkippedSpansAreLeftOut() {
        String s = "Moscow recognised the Taliban administration in July";
        int july = s.indexOf("July");
        assertThat(stems.of(s, new Span(0, s.length()), List.of(new Span(july, july + 4)), true))
                .containsExactly("recogn", "administr");
    }

    @Test
    void wordsOfOneHappeningShareAStem() {
        String a = "Calhoun stepped down as chief";
        String b = "Calhoun will leave the company";
        assertThat(stems.of(a, new Span(0, a.length()), List.of(), true))
                .containsExactly(Stems.stem("resign"), Stems.stem("chief"));
        assertThat(stems.of(b, new Span(0, b.length()), List.of(), true)).contains(Stems.stem("resign"));
        String c = "Microsoft will purchase Activision";
        assertThat(stems.of(c, new Span(0, c.length()), List.of(), true)).containsExactly(Stems.stem("acquire"));
        assertThat(Stems.isSynonym(Stems.stem("acquire"))).isTrue();
        assertThat(Stems.isSynonym(Stems.stem("chief"))).isFalse();
    }
}
