// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.List;
import org.dateline.extract.actor.ActorMention;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Timex;

/** Turns the dated statements of one article into events. Placeholder until the events work lands. */
public final class EventBuilder {

    public List<Event> build(Article article, List<Timex> timexes, List<ActorMention> mentions) {
        return List.of();
    }
}
