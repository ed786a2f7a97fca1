// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import org.dateline.model.Actor;

/**
 * A name in the text that stands for an actor.
 *
 * @param actor the canonical actor the surface form resolves to
 */
public record ActorMention(int start, int end, String surface, Actor actor) {
}
