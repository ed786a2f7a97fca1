// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Jackson closes the stream it writes to; wrap a stream its owner must keep open (standard output, a file channel). */
public final class NonClosingOutputStream extends FilterOutputStream {
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
