// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.List;
import org.dateline.model.Event;

/** Merges events that tell the same thing, within and across articles. Placeholder. */
public final class EventMerger {

    public List<Event> merge(List<Event> events) {
        return events;
    }
}
