// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, recognition does not fail and its mentions point at what they say, in order, apart. */
class ActorRecognizerProperties {
    private static final ActorRecognizer RECOGNIZER = ActorRecognizer.load();

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> words = Arbitraries.of("Moscow", "in", "Kabul", "the", "Taliban", "(", "TTP", ")", "'s", "’s",
                "U.S.", "said", "President", "Jamal", "Nasir", "Gharwal", ",", ".", "\n", "\n\n", "-", "Inc.", "of",
                "Foreign", "Ministry", "network", "Haqqani", "Apple", "CEO", "Mr.", "D.", "and", "A", "“", "”", "49",
                "Washington", "Post", "American", "company", "by", "today", "unveiled", "é", "(", "X");
        return words.list().ofMaxSize(60).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 300)
    void mentionsLieInTheTextInOrder(@ForAll("newsLikeText") String text) {
        check(text);
    }

    @Property(tries = 300)
    void anyCharactersAtAll(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        List<ActorMention> ms = RECOGNIZER.recognize(text);
        int last = -1;
        for (ActorMention m : ms) {
            assertThat(m.start()).as("mentions do not overlap").isGreaterThanOrEqualTo(last).isLessThan(m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            assertThat(m.actor().name()).isNotBlank();
            last = m.end();
        }
    }
}
