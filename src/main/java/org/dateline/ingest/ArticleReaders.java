// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.dateline.model.Span;

/** Reads articles of every supported format. Placeholder: plain UTF-8 only until the ingest work lands. */
public final class ArticleReaders {
    /** Larger files are refused. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private ArticleReaders() {
    }

    /** The article files named by {@code paths}: files as given, folders walked for supported files, sorted. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(ArticleReaders::isSupported).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public static boolean isSupported(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html")
                || n.endsWith(".htm") || n.endsWith(".pdf");
    }

    /** Reads one file; {@code file} is the name the article keeps (the path as the user gave it). */
    public static Article read(Path path, String file) throws UnreadableArticleException {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = new String(bytes, StandardCharsets.UTF_8);
            String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
            return new Article(file, sha256(bytes), text, title, null, null, null, null,
                    List.of(new Span(0, text.length())), List.of());
        } catch (IOException e) {
            throw new UnreadableArticleException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
