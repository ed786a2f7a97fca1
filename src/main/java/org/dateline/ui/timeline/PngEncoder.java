// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes opaque RGB pixels as a PNG (RFC 2083: signature, IHDR, IDAT, IEND). ImageIO's writer tries five row
 * filters per row and compresses harder; on a 3200 px wide export that alone took over a second, more than the
 * whole export may take. A chart of flat colours compresses well without filters at the fastest deflate level.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** Writes the image to {@code target}, which is flushed but left open (its owner closes it). */
    static void write(int[] argb, int width, int height, OutputStream target) throws IOException {
        OutputStream out = new BufferedOutputStream(target, 1 << 16);
        out.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8); // bit depth
        h.writeByte(2); // colour type: RGB
        h.writeByte(0); // deflate
        h.writeByte(0); // adaptive filtering (each row says its filter: we use none)
        h.writeByte(0); // no interlace
        chunk(out, "IHDR", ihdr.toByteArray());

        ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height / 8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * 3];
            for (int y = 0; y < height; y++) {
                int o = y * width;
                for (int x = 0, b = 1; x < width; x++) {
                    int p = argb[o + x];
                    row[b++] = (byte) (p >> 16);
                    row[b++] = (byte) (p >> 8);
                    row[b++] = (byte) p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        out.flush();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
