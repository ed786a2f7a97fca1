// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;

/**
 * Reads articles of every supported format: one {@link ArticleReader} per format turns the bytes into text, then
 * {@link ArticleMetadata} finds title, date, byline, outlet and body the same way for all of them.
 */
public final class ArticleReaders {
    /** Larger files are refused: no news article comes near 20 MiB, and reading one would only waste memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Map<String, ArticleReader> BY_EXTENSION = Map.of(
            "txt", new PlainTextReader(),
            "text", new PlainTextReader(),
            "md", new MarkdownReader(),
            "markdown", new MarkdownReader(),
            "html", new HtmlReader(),
            "htm", new HtmlReader(),
            "xhtml", new HtmlReader(),
            "pdf", new PdfReader());

    private ArticleReaders() {
    }

    /** The article files named by {@code paths}: files as given, folders walked for supported files, sorted. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> out = expand(paths, problems::add);
        if (out.isEmpty() && !problems.isEmpty()) {
            throw new IOException(problems.get(0));
        }
        return out;
    }

    /**
     * As {@link #expand(List)}, but a folder that cannot be walked is reported to {@code problems} (one line
     * naming it) and the rest is still listed. Hidden files are skipped inside folders, as a file manager does.
     */
    public static List<Path> expand(List<Path> paths, Consumer<String> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(p) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // Files.isRegularFile follows a symbolic link to the file it names.
                        if (Files.isRegularFile(file) && !isHidden(file) && isSupported(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.accept(file + ": cannot be opened (" + reason(e) + ")");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.accept(p + ": cannot be listed (" + reason(e) + ")");
            }
            if (found.isEmpty()) {
                problems.accept(p + ": holds no article files (.txt, .md, .html, .pdf)");
            }
            found.sort(null);
            out.addAll(found);
        }
        return out;
    }

    public static boolean isSupported(Path p) {
        return BY_EXTENSION.containsKey(extension(p));
    }

    /** Reads one file; {@code file} is the name the article keeps (the path as the user gave it). */
    public static Article read(Path path, String file) throws UnreadableArticleException {
        if (!Files.exists(path)) {
            throw new UnreadableArticleException(file, "does not exist");
        }
        ArticleReader reader = BY_EXTENSION.get(extension(path));
        if (reader == null) {
            String ext = extension(path);
            throw new UnreadableArticleException(file, (ext.isEmpty() ? "has no file extension" : "is a ." + ext
                    + " file") + "; Dateline reads .txt, .md, .html and .pdf");
        }
        byte[] bytes = readBytes(path, file);
        if (bytes.length == 0) {
            throw new UnreadableArticleException(file, "is empty");
        }
        if (!(reader instanceof PdfReader) && TextDecoder.looksBinary(bytes) && !hasUtf16Bom(bytes)) {
            throw new UnreadableArticleException(file, "looks like a binary file, not " + extension(path).toUpperCase(Locale.ROOT));
        }
        RawArticle raw = reader.read(bytes, file);
        if (raw.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UnreadableArticleException(file, "contains no text");
        }
        ArticleMetadata.Result meta = ArticleMetadata.analyse(raw);
        if (meta.body().isEmpty()) {
            throw new UnreadableArticleException(file, "contains no article text (only headings or page clutter)");
        }
        return new Article(file, sha256(bytes), raw.text(), meta.title(), meta.published(),
                meta.published() == null ? null : PublishedSource.TEXT, meta.author(), meta.outlet(), meta.body(),
                raw.warnings());
    }

    private static byte[] readBytes(Path path, String file) throws UnreadableArticleException {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableArticleException(file, "is a folder, not a file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableArticleException(file, String.format(Locale.ROOT,
                        "is too large (%.1f MiB; the limit is %d MiB)", size / 1048576.0, MAX_BYTES / 1048576));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableArticleException(file, "does not exist");
        } catch (AccessDeniedException e) {
            throw new UnreadableArticleException(file, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new UnreadableArticleException(file, "cannot be read (" + reason(e) + ")");
        }
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    private static String extension(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return "";
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
