// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.ingest.Boilerplate.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Related Articles                       | END",
            "Leave a Reply                          | END",
            "No comments:                           | END",
            "3 Comments                             | END",
            "You may also like                      | END",
            "Newer Post Older Post Home             | END",
            "Back to top button                     | CLUTTER",
            "—————————-                             | CLUTTER",
            "---                                    | CLUTTER",
            "* * *                                  | CLUTTER",
            "Share on Twitter · Facebook · WhatsApp | CLUTTER",
            "Tweet                                  | CLUTTER",
            "Advertisement                          | CLUTTER",
            "5 min read                             | CLUTTER",
            "Follow us on Telegram                  | CLUTTER",
            "Home » World » Asia                    | CLUTTER",
            "Menu                                   | CLUTTER",
            "Updated 3 hours ago                    | CLUTTER",
            "Page 2 of 5                            | CLUTTER",
            "12                                     | CLUTTER",
            "https://example.com/news/123           | CLUTTER",
            "2025                                   | BODY",
            "Russia shares a border with Kazakhstan.| BODY",
            "Comments by the minister angered Kabul. | BODY",
            "Related talks will follow in May.      | BODY",
    })
    void classifiesPageClutterLines(String line, Kind kind) {
        assertThat(Boilerplate.get().classify(TextLayout.clean(line))).isEqualTo(kind);
    }
}
