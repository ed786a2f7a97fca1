// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts the golden files do not cover. */
class ArticleMetadataTest {
    private static ArticleMetadata.Result analyse(String text) {
        return ArticleMetadata.analyse(RawArticle.of(text, List.of()));
    }

    @Test
    void textWithoutAHeadingHasNoTitleAndIsAllBody() {
        String text = "The talks ended on Monday without a deal, officials in Doha said, and no new date was set.\n";
        ArticleMetadata.Result r = analyse(text);
        assertThat(r.title()).isNull();
        assertThat(r.body()).hasSize(1);
        assertThat(text.substring(r.body().get(0).start(), r.body().get(0).end())).isEqualTo(text.strip());
    }

    @Test
    void aLongHeadlineRightAboveTheBodyIsStillTheTitle() {
        String title = "Russia becomes the first country in the world to formally recognise the Taliban government in Kabul";
        ArticleMetadata.Result r = analyse(title + "\n\nMoscow recognised the Taliban administration in July, a move "
                + "that Taliban officials hailed as a breakthrough.\n");
        assertThat(r.title()).isEqualTo(title);
    }

    @Test
    void twoWordHeadlineAboveAByline() {
        ArticleMetadata.Result r = analyse("Talks collapse\n\nJane Doe\n\nThe talks collapsed on Monday after "
                + "the delegations failed to agree on a ceasefire line, officials said.\n");
        assertThat(r.title()).isEqualTo("Talks collapse");
        assertThat(r.author()).isEqualTo("Jane Doe");
    }

    @Test
    void aWireDatelineGivesDateAndAgencyAndIsNotBody() {
        String text = "EU agrees sanctions\n\nBRUSSELS, Oct 16, 2022 (Reuters) - EU ministers agreed on Monday to "
                + "impose new sanctions, diplomats said.\n";
        ArticleMetadata.Result r = analyse(text);
        assertThat(r.published()).hasToString("2022-10-16");
        assertThat(r.outlet()).isEqualTo("Reuters");
        assertThat(text.substring(r.body().get(0).start(), r.body().get(0).end())).startsWith("EU ministers agreed");
    }

    @Test
    void aWireDatelineWithoutYearIsStillNotBody() {
        String text = "Talks resume\n\nGENEVA, March 3 (AFP) -- Delegates met on Monday.\n";
        ArticleMetadata.Result r = analyse(text);
        assertThat(r.published()).isNull();
        assertThat(r.outlet()).isEqualTo("AFP");
        assertThat(text.substring(r.body().get(0).start(), r.body().get(0).end())).isEqualTo("Delegates met on Monday.");
    }

    @Test
    void aCapitalisedOpeningWithoutADashIsBody() {
        String text = "Talks resume\n\nNATO and the EU met on Monday - and agreed on little.\n";
        ArticleMetadata.Result r = analyse(text);
        assertThat(text.substring(r.body().get(0).start(), r.body().get(0).end())).startsWith("NATO and the EU");
    }

    @Test
    void aDateInsideTheBodyIsNotThePublicationDate() {
        ArticleMetadata.Result r = analyse("Ceasefire agreed\n\nThe ceasefire was agreed after talks that lasted "
                + "through the night, officials said on Monday.\n\n3 July 2025\n\nMore talks are planned.\n");
        assertThat(r.published()).isNull();
    }

    @Test
    void clutterNearTheTopIsDroppedWithoutEndingTheArticle() {
        String text = "Ceasefire agreed\n\nShare this:\n\nThe ceasefire was agreed on Monday after talks that lasted "
                + "through the night, officials said.\n";
        ArticleMetadata.Result r = analyse(text);
        assertThat(r.body()).singleElement().satisfies(s -> assertThat(text.substring(s.start(), s.end()))
                .startsWith("The ceasefire"));
        assertThat(r.published()).isNull();
    }

    @Test
    void siteMenuCopiedAboveTheTitleIsNeitherTitleNorBody() {
        String text = "Skip to content\nMenu\nSearch\nHome » World » Asia\nShare on Facebook\nTweet\nEmail\nPrint\n"
                + "Advertisement\n5 min read\nUpdated 3 hours ago\n\nFloods cut roads across northern Pakistan\n\n"
                + "By Ayesha Khan\n\nFloods cut dozens of roads across northern Pakistan on Sunday, stranding "
                + "tourists in the Swat valley, officials said.\n\nRelated Articles\nMonsoon toll rises\n";
        ArticleMetadata.Result r = analyse(text);
        assertThat(r.title()).isEqualTo("Floods cut roads across northern Pakistan");
        assertThat(r.author()).isEqualTo("Ayesha Khan");
        assertThat(r.body()).singleElement().satisfies(s -> assertThat(text.substring(s.start(), s.end()))
                .startsWith("Floods cut dozens").endsWith("officials said."));
    }
}
