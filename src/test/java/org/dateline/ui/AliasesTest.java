// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Timeline;
import org.dateline.model.TimelineFilter;
import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void mergedActorDisappearsAndItsEventsMoveToTheTarget() {
        Timeline t = Aliases.apply(Fixtures.timeline(), Map.of("Germany", "France"));
        assertThat(t.actors()).extracting(Actor::name).containsExactly("France", "Japan", "Brazil");
        assertThat(t.actors().get(0).aliases()).contains("Germany", "French");
        assertThat(t.events()).filteredOn(e -> e.id().equals("e1")).singleElement()
                .satisfies(e -> assertThat(e.actors()).containsExactly("France"));
        assertThat(t.events()).filteredOn(e -> e.id().equals("e2")).singleElement()
                .satisfies(e -> assertThat(e.actors()).containsExactly("France"));
    }

    @Test
    void renameKeepsTheOldNameAsAlias() {
        Timeline t = Aliases.apply(Fixtures.timeline(), Map.of("Japan", "Nippon"));
        assertThat(t.actors()).extracting(Actor::name).contains("Nippon").doesNotContain("Japan");
        assertThat(t.actors()).filteredOn(a -> a.name().equals("Nippon")).singleElement()
                .satisfies(a -> assertThat(a.aliases()).contains("Japan"));
    }

    @Test
    void chainsResolveAndCyclesStop() {
        assertThat(Aliases.resolve(Map.of("a", "b", "b", "c"), "a")).isEqualTo("c");
        assertThat(Aliases.resolve(Map.of("a", "b", "b", "a"), "a")).isIn("a", "b");
    }

    @Test
    void filterFollowsARename() {
        TimelineFilter f = TimelineFilter.NONE.withActors(Set.of("Japan"));
        assertThat(Aliases.apply(f, Map.of("Japan", "Nippon")).actors()).containsExactly("Nippon");
    }
}
