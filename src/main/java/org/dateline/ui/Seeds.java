// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample articles embedded in the app (the pom copies {@code seeds/} to {@code /org/dateline/seeds/}), shown on
 * first launch. Listed through the resource's file system, so it works from a folder and from the jar alike.
 */
public final class Seeds {
    static final String FOLDER = "/org/dateline/seeds/";

    private Seeds() {
    }

    /** Paths of the embedded seed articles, sorted; empty when the build embedded none. */
    public static List<Path> paths() {
        URL url = Seeds.class.getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                dir = fs.getPath(FOLDER);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            System.getLogger(Seeds.class.getName()).log(System.Logger.Level.WARNING, "cannot list seeds", e);
            return List.of();
        }
    }
}
