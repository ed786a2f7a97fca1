// SPDX-License-Identifier: Apache-2.0
package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user's alias table on disk: which actor names were merged into or renamed to which. The file is JSON:
 * <pre>{ "version": 1, "aliases": { "Moscow": "Russia", "Apple Computer": "Apple" } }</pre>
 * It holds plain name-to-name pairs so that {@code store} needs nothing but the model;
 * {@code extract.actor.UserAliases} gives them their meaning.
 */
public final class AliasTableFile {
    public static final int VERSION = 1;

    record Doc(int version, Map<String, String> aliases) {
    }

    private AliasTableFile() {
    }

    /** Where the app keeps the table unless told otherwise: {@code ~/.dateline/aliases.json}. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".dateline", "aliases.json");
    }

    /** The table in {@code file}; empty when the file does not exist yet. */
    public static Map<String, String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        Doc doc;
        try {
            doc = Json.mapper().readValue(file.toFile(), Doc.class);
        } catch (JsonProcessingException e) {
            throw new IOException("The alias table " + file + " is not valid JSON (" + e.getOriginalMessage()
                    + "). Fix or remove the file; it was left as it is.", e);
        }
        if (doc == null || doc.aliases() == null) {
            throw new IOException("The alias table " + file + " has no \"aliases\" object. Fix or remove the file;"
                    + " it was left as it is.");
        }
        if (doc.version() > VERSION) {
            throw new IOException("The alias table " + file + " was written by a newer Dateline (version "
                    + doc.version() + "); this one reads version " + VERSION + ".");
        }
        Map<String, String> out = new TreeMap<>();
        doc.aliases().forEach((from, to) -> {
            if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
                out.put(from.strip(), to.strip());
            }
        });
        return out;
    }

    /** Writes the table; the old file is replaced only once the new one is complete. */
    public static void write(Path file, Map<String, String> aliases) throws IOException {
        Doc doc = new Doc(VERSION, new TreeMap<>(aliases));
        AtomicFiles.write(file, out -> Json.mapper().writeValue(new NonClosingOutputStream(out), doc));
    }
}
