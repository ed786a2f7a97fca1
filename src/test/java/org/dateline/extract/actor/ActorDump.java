// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the mentions recognised in text files (test-scope main, for looking at what the rules do). */
public final class ActorDump {
    public static void main(String[] args) throws Exception {
        ActorRecognizer r = ActorRecognizer.load();
        for (String a : args) {
            if (!Files.isRegularFile(Path.of(a))) {
                continue;
            }
            System.out.println("== " + a);
            for (ActorMention m : r.recognize(Files.readString(Path.of(a)))) {
                System.out.printf("%6d %-8s %-28s <- %s%n", m.start(), m.role(), m.actor().name() + " ("
                        + m.actor().kind() + ")", m.surface().replace('\n', ' '));
            }
        }
    }
}
