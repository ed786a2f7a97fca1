// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one clear line naming the file and the reason, never a stack trace. */
class BadInputTest {
    @TempDir
    Path dir;

    private void assertRefused(Path file, String reason) {
        String name = file.toString();
        assertThatThrownBy(() -> ArticleReaders.read(file, name))
                .isInstanceOfSatisfying(UnreadableArticleException.class, e -> {
                    assertThat(e.file()).isEqualTo(name);
                    assertThat(e.userMessage()).startsWith(name + ": ").contains(reason).doesNotContain("\n")
                            .doesNotContain("Exception");
                });
    }

    @Test
    void binaryFileIsRefusedAsBinary() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(Files.write(dir.resolve("photo.txt"), png), "binary");
        assertRefused(Files.write(dir.resolve("photo.html"), png), "binary");
    }

    @Test
    void emptyFileIsRefusedAsEmpty() throws Exception {
        assertRefused(Files.write(dir.resolve("empty.md"), new byte[0]), "is empty");
    }

    @Test
    void whitespaceOnlyFileHasNoText() throws Exception {
        assertRefused(Files.writeString(dir.resolve("blank.txt"), "  \n\t\n\u00A0\r\n"), "contains no text");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithTheLimit() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ArticleReaders.MAX_BYTES + 1);
        }
        assertRefused(big, "too large");
        assertRefused(big, "20 MiB");
    }

    @Test
    void bytesNoEncodingCanDecodeAreRefused() throws Exception {
        // Invalid UTF-8, and 0x81 and 0x8D are unassigned in windows-1252.
        byte[] bad = new byte[] {'A', ' ', (byte) 0x81, ' ', (byte) 0x8D, ' ', 'b', 'c', '\n'};
        assertRefused(Files.write(dir.resolve("garbled.txt"), bad), "cannot be decoded");
    }

    @Test
    void utf16ByteOrderMarkWithBrokenContentIsRefused() throws Exception {
        byte[] bad = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xDC, 'B'}; // lone low surrogate, odd length
        assertRefused(Files.write(dir.resolve("broken16.txt"), bad), "UTF-16");
    }

    @Test
    void unsupportedExtensionNamesTheSupportedOnes() throws Exception {
        assertRefused(Files.writeString(dir.resolve("notes.docx"), "Some words"), ".docx");
        assertRefused(Files.writeString(dir.resolve("notes.docx"), "Some words"), ".txt, .md, .html and .pdf");
        assertRefused(Files.writeString(dir.resolve("README"), "Some words"), "no file extension");
    }

    @Test
    void missingFileSaysItDoesNotExist() {
        assertRefused(dir.resolve("gone.txt"), "does not exist");
    }

    @Test
    void corruptPdfIsRefused() throws Exception {
        assertRefused(Files.writeString(dir.resolve("bad.pdf"), "%PDF-1.7\nthis is not really a pdf\n%%EOF"),
                "not a readable PDF");
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        Path pdf = PdfTestFiles.write(dir.resolve("locked.pdf"), List.of(List.of("Secret"), List.of("Body text.")),
                "user-secret", true);
        assertRefused(pdf, "password-protected PDF");
    }

    @Test
    void pdfForbiddingCopyIsRefused() throws Exception {
        Path pdf = PdfTestFiles.write(dir.resolve("nocopy.pdf"), List.of(List.of("Secret"), List.of("Body text.")),
                null, false);
        assertRefused(pdf, "does not allow copying");
    }

    @Test
    void pdfWithoutTextIsRefused() throws Exception {
        Path pdf = PdfTestFiles.write(dir.resolve("scan.pdf"), List.of(), null, true);
        assertRefused(pdf, "without text");
    }

    @Test
    void fileOfOnlyClutterHasNoArticleText() throws Exception {
        assertRefused(Files.writeString(dir.resolve("clutter.txt"), "Share on Facebook\n\n----------\n\nBack to top\n"),
                "no article text");
    }

    @Test
    void brokenHtmlIsStillRead() throws Exception {
        Path html = Files.writeString(dir.resolve("broken.html"), "<html><head><title>Quake hits coast</title>"
                + "<body><h1>Quake hits coast<p>A strong earthquake struck the coast on Tuesday, <b>officials said."
                + "<p>No damage was reported.<div><script>var x = '<p>';</scr");
        Article a = ArticleReaders.read(html, "broken.html");
        assertThat(a.title()).isEqualTo("Quake hits coast");
        assertThat(ArticleGoldenTest.bodyOf(a)).contains("A strong earthquake struck the coast on Tuesday, officials said.",
                "No damage was reported.").doesNotContain("var x");
    }
}
