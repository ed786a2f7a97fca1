// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

/** A file that cannot be read as an article; the message is one line for the user, naming the reason. */
public class UnreadableArticleException extends Exception {
    private final String file;

    public UnreadableArticleException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** "file: reason", the line shown to the user. */
    public String userMessage() {
        return file + ": " + getMessage();
    }
}
