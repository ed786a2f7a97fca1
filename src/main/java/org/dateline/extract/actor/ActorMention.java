// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;

/**
 * A name in the text that stands for an actor.
 *
 * @param actor the canonical actor the surface form resolves to
 * @param role  whether the name acts ({@link Role#AGENT}) or only says where something happened
 *              ({@link Role#PLACE}: "in Kabul"); {@link ActorRecognizer#recognize} returns agents only
 */
public record ActorMention(int start, int end, String surface, Actor actor, Role role) {

    /** What a mention does in its sentence. */
    public enum Role { AGENT, PLACE }

    public ActorMention(int start, int end, String surface, Actor actor) {
        this(start, end, surface, actor, Role.AGENT);
    }

    /**
     * The acting mentions that lie wholly inside {@code [start, end)}, in text order: the actors of a sentence or
     * clause. {@code mentions} must be in text order, as {@link ActorRecognizer#recognize} returns them.
     */
    public static List<ActorMention> within(List<ActorMention> mentions, int start, int end) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.start >= end) {
                break;
            }
            if (m.start >= start && m.end <= end && m.role == Role.AGENT) {
                out.add(m);
            }
        }
        return out;
    }

    /** The canonical names of the actors acting inside {@code [start, end)}, each once, in order of first mention. */
    public static List<String> actorNames(List<ActorMention> mentions, int start, int end) {
        Set<String> names = new LinkedHashSet<>();
        for (ActorMention m : within(mentions, start, end)) {
            names.add(m.actor.name());
        }
        return List.copyOf(names);
    }
}
