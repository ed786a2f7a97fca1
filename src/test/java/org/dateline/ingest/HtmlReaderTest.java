// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheArticleTextWithoutScriptsStylesNavigationOrFooter() throws Exception {
        Path p = Path.of("src/test/resources/org/dateline/ingest/wire-story.html");
        Article a = ArticleReaders.read(p, "wire-story.html");
        assertThat(a.text()).startsWith("Dam talks resume in Addis Ababa")
                .contains("Negotiators from Egypt", "By Amina Haile")
                .doesNotContain("analytics", "font-family", "Sport", "All rights reserved", "Share on Facebook",
                        "Nile flows fall", "document.write", "Post");
    }

    @Test
    void metaTagsGiveDateAndOutletWhenTheTextHasNone() throws Exception {
        Path p = Files.writeString(dir.resolve("meta.html"), """
                <html><head><title>Grain deal extended</title>
                <meta name="date" content="2023-05-17"><meta property="og:site_name" content="Harbour Post">
                <script type="application/ld+json">{"datePublished": "2020-01-01"}</script></head>
                <body><p>The grain deal was extended by two months on Wednesday, officials in Ankara said.</p></body></html>
                """);
        Article a = ArticleReaders.read(p, "meta.html");
        assertThat(a.title()).isEqualTo("Grain deal extended");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 17));
        assertThat(a.outlet()).isEqualTo("Harbour Post");
    }

    @Test
    void jsonLdGivesTheDateWhenNoMetaTagDoes() throws Exception {
        Path p = Files.writeString(dir.resolve("ld.html"), """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-09-30T10:00:00Z"}</script>
                </head><body><h1>Referendum results announced</h1>
                <p>Officials announced the results of the referendum on Friday, a week after the vote.</p></body></html>
                """);
        assertThat(ArticleReaders.read(p, "ld.html").published()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void fetchesNothingReferencedByThePage() throws Exception {
        // An unreachable host: reading must neither hang nor fail.
        Path p = Files.writeString(dir.resolve("remote.html"), """
                <html><head><link rel="stylesheet" href="http://10.255.255.1/x.css">
                <script src="http://10.255.255.1/x.js"></script></head>
                <body><h1>Bridge opens</h1><img src="http://10.255.255.1/a.png">
                <p>The new bridge over the river opened to traffic on Sunday, the city said.</p></body></html>
                """);
        long t0 = System.nanoTime();
        assertThat(ArticleReaders.read(p, "remote.html").title()).isEqualTo("Bridge opens");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
    }

    @Test
    void outletNameIsCutFromThePageTitle() throws Exception {
        Path p = Files.writeString(dir.resolve("suffix.html"), """
                <html><head><title>Ferry service resumes | Island Times</title>
                <meta property="og:site_name" content="Island Times"></head>
                <body><p>The ferry service between the islands resumed on Monday after a storm, the operator said.</p>
                </body></html>
                """);
        Article a = ArticleReaders.read(p, "suffix.html");
        assertThat(a.title()).isEqualTo("Ferry service resumes");
        assertThat(a.outlet()).isEqualTo("Island Times");
    }

    @Test
    void inlineElementsStayInTheirSentence() throws Exception {
        Path p = Files.writeString(dir.resolve("inline.html"), """
                <html><body><h1>Summit held</h1><p>Leaders met on <time datetime="2025-07-03">July 3</time> in
                <a href="/kabul">Kabul</a>, <b>officials</b> said.</p>
                <table><tr><td>Russia</td><td>recognised</td></tr></table></body></html>
                """);
        Article a = ArticleReaders.read(p, "inline.html");
        assertThat(a.text()).contains("Leaders met on July 3 in Kabul, officials said.", "Russia recognised");
    }

    @Test
    void pageWithoutDeclaredEncodingFallsBackToWindows1252WithAWarning() throws Exception {
        Path p = Files.write(dir.resolve("old.html"), ("<html><body><h1>Caf\u00e9 closes</h1><p>The caf\u00e9 closed "
                + "on Monday after forty years, its owner said.</p></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Article a = ArticleReaders.read(p, "old.html");
        assertThat(a.title()).isEqualTo("Café closes");
        assertThat(a.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void declaredEncodingIsFollowed() throws Exception {
        Path p = Files.write(dir.resolve("latin.html"), ("<html><head><meta charset=\"iso-8859-1\"></head><body>"
                + "<h1>Caf\u00e9 closes</h1><p>The caf\u00e9 closed on Monday after forty years, its owner said.</p>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Article a = ArticleReaders.read(p, "latin.html");
        assertThat(a.title()).isEqualTo("Café closes");
        assertThat(a.warnings()).isEmpty();
    }
}
