// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash or an error mid-write never leaves half a file: the bytes go to a temporary file in
 * the same folder (so the move stays on one file system), are forced to disk, and then replace the target in one
 * move.
 */
public final class AtomicFiles {
    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What writes the content; may throw, in which case the target is left as it was. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, false);
    }

    /**
     * @param keepBackup when true and the target exists, its previous content is kept as {@code <name>.bak}
     */
    public static void write(Path target, Writer writer, boolean keepBackup) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // Not Files.createTempFile: that makes the file owner-only (0600), and an export should get the
        // permissions any new file of the user gets.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                 OutputStream os = Channels.newOutputStream(ch)) {
                writer.write(os);
                os.flush();
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            if (keepBackup && Files.isRegularFile(abs)) {
                Files.copy(abs, backupOf(abs), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.log(System.Logger.Level.WARNING, "atomic move not supported for {0}; replacing instead", abs);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A file the user had made private stays private when replaced. */
    private static void keepPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "permissions of {0} not copied: {1}", from, e.getMessage());
        }
    }

    /** Where the previous version of {@code file} is kept: {@code <name>.bak} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
