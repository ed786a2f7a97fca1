// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.util.Set;

/** A country, organisation or person, under its canonical name, with the other names it went by. */
public record Actor(String name, ActorKind kind, Set<String> aliases) {
    public Actor {
        aliases = Set.copyOf(aliases);
    }
}
