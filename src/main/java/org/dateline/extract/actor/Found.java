// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.Objects;
import org.dateline.extract.actor.ActorMention.Role;
import org.dateline.model.ActorKind;

/** A name found in an article: tokens {@code [a, b)} stand for the actor {@code name}. */
final class Found {
    final int a;
    final int b;
    final String name;
    final ActorKind kind;
    final Role role;

    Found(int a, int b, String name, ActorKind kind, Role role) {
        this.a = a;
        this.b = b;
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.role = role;
    }
}
