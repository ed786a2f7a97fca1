// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The user's whole work, as saved in a project file.
 *
 * @param timeline           articles (with their text), events, actors and timexes
 * @param publishedOverrides publication dates the user set, per article file
 * @param aliases            the user's alias table: a name (actor or surface form) mapped to the canonical actor name
 *                           it should be merged into or renamed to
 * @param filter             the filters in force when saved
 */
public record Project(Timeline timeline, Map<String, LocalDate> publishedOverrides, Map<String, String> aliases,
                      TimelineFilter filter) {
    public static final Project EMPTY = new Project(Timeline.EMPTY, Map.of(), Map.of(), TimelineFilter.NONE);

    public Project {
        publishedOverrides = Map.copyOf(publishedOverrides);
        aliases = Map.copyOf(aliases);
    }
}
