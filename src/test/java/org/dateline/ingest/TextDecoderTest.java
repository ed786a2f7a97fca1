// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    static final String TEXT = "Café talks\n\nOn 3 July the “Taliban 2.0” met in Kabul — again.\n";

    @TempDir
    Path dir;

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutMarkDecodesWithoutWarning() throws Exception {
        var d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "f");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.warning()).isNull();
    }

    @Test
    void utf8MarkIsDroppedSoOffsetsCountFromTheFirstCharacter() throws Exception {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(b, "f").text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithMarkDecodesInBothByteOrders() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(le, "f").text()).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(be, "f").text()).isEqualTo(TEXT);
    }

    @Test
    void otherBytesFallBackToWindows1252WithAWarningOnTheArticle() throws Exception {
        Path f = Files.write(dir.resolve("old.txt"), ("Caf\u00e9 talks end\n\nThe talks in the caf\u00e9 ended on Monday "
                + "with \u201cno deal\u201d, officials said.\n").getBytes(Charset.forName("windows-1252")));
        Article a = ArticleReaders.read(f, "old.txt");
        assertThat(a.title()).isEqualTo("Café talks end");
        assertThat(a.text()).contains("“no deal”");
        assertThat(a.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void utf16FileReadsAsAnArticle() throws Exception {
        Path f = Files.write(dir.resolve("wide.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("Wide talks\n\nThe talks ended on Monday, officials said, and will resume in May.\n")
                        .getBytes(StandardCharsets.UTF_16LE)));
        Article a = ArticleReaders.read(f, "wide.txt");
        assertThat(a.title()).isEqualTo("Wide talks");
        assertThat(a.warnings()).isEmpty();
    }
}
