// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dateline.model.DateSpan;
import org.dateline.model.Source;

/** Event ids that stay the same from run to run: a hash of the date, the title and the first source. */
final class EventIds {
    private EventIds() {
    }

    static String of(DateSpan date, String title, Source first) {
        var p = first.passage();
        String key = date.value() + '|' + title + '|' + p.article().file() + ':' + p.start() + '-' + p.end();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
