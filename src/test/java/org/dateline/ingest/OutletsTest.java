// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletsTest {
    static Stream<Arguments> examples() {
        return ArticleMetadata.outletExamples().stream().map(e -> Arguments.of(e[0], e[1]));
    }

    @Test
    void theRuleFileHasExamples() {
        assertThat(ArticleMetadata.outletExamples()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleNamesItsOutlet(String sentence, String outlet) {
        assertThat(ArticleMetadata.outletIn(sentence, List.of(new Span(0, sentence.length())))).isEqualTo(outlet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister said the talks failed, officials reported.",
            "Russia recognised the Taliban in July, a move officials hailed."})
    void sentencesWithoutAnOutletNameNone(String sentence) {
        assertThat(ArticleMetadata.outletIn(sentence, List.of(new Span(0, sentence.length())))).isNull();
    }
}
