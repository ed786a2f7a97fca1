// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into a string: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark, and otherwise windows-1252, the usual encoding of older Western text files, with a warning. The mark
 * itself is not part of the text, so offsets count from the first real character.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, and a warning when the encoding had to be guessed (else null). */
    public record Decoded(String text, Charset charset, String warning) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] b, String file) throws UnreadableArticleException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8, file);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, file);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, file);
        }
        if (looksBinary(b)) {
            throw new UnreadableArticleException(file, "looks like a binary file, not text");
        }
        try {
            return new Decoded(decode(b, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decode(b, 0, WINDOWS_1252), WINDOWS_1252,
                        "not valid UTF-8; read as windows-1252, some characters may be wrong");
            } catch (CharacterCodingException e) {
                throw new UnreadableArticleException(file, "cannot be decoded as text (neither UTF-8 nor windows-1252)");
            }
        }
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, String file) throws UnreadableArticleException {
        try {
            return new Decoded(decode(b, skip, cs), cs, null);
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException(file, "starts with a " + cs.name() + " byte-order mark but is not valid "
                    + cs.name());
        }
    }

    private static String decode(byte[] b, int skip, Charset cs) throws CharacterCodingException {
        CharBuffer out = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, skip, b.length - skip));
        return out.toString();
    }

    /**
     * Text in UTF-8 or windows-1252 never holds a NUL byte, and holds few other control bytes; images, archives and
     * office files hold many. Looking at the first 8 KiB is enough to tell.
     */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
