// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.junit.jupiter.api.Test;

class UserAliasesTest {

    @Test
    void mergedActorShowsUnderTheOtherName() {
        UserAliases a = UserAliases.NONE.merge("Apple Computer", "Apple");
        assertThat(a.resolve("Apple Computer")).isEqualTo("Apple");
        assertThat(a.resolve("Russia")).isEqualTo("Russia");
    }

    @Test
    void renameCarriesWhatWasMergedIntoTheOldName() {
        UserAliases a = UserAliases.NONE.merge("Apple Computer", "Apple").rename("Apple", "Apple Inc.");
        assertThat(a.resolve("Apple Computer")).isEqualTo("Apple Inc.");
        assertThat(a.resolve("Apple")).isEqualTo("Apple Inc.");
        assertThat(a.names()).containsEntry("Apple Computer", "Apple Inc.");
    }

    @Test
    void renamingBackUndoesTheLinkInsteadOfMakingACycle() {
        UserAliases a = UserAliases.NONE.merge("Moscow", "Russia").rename("Russia", "Moscow");
        assertThat(a.resolve("Russia")).isEqualTo("Moscow");
        assertThat(a.resolve("Moscow")).isEqualTo("Moscow");
        assertThat(a.names()).containsExactly(Map.entry("Russia", "Moscow"));
    }

    @Test
    void forgettingAnAliasShowsTheActorUnderItsOwnNameAgain() {
        UserAliases a = UserAliases.NONE.merge("Kabul regime", "Taliban").forget("Kabul regime");
        assertThat(a.resolve("Kabul regime")).isEqualTo("Kabul regime");
    }

    @Test
    void applyMergesActorsAndKeepsEveryNameAsAlias() {
        UserAliases a = UserAliases.NONE.merge("Apple Computer", "Apple");
        List<Actor> out = a.applyToActors(List.of(
                new Actor("Apple Computer", ActorKind.ORGANIZATION, Set.of()),
                new Actor("Apple", ActorKind.ORGANIZATION, Set.of("Apple Inc.")),
                new Actor("Russia", ActorKind.COUNTRY, Set.of("Moscow"))));
        assertThat(out).containsExactly(
                new Actor("Apple", ActorKind.ORGANIZATION, Set.of("Apple Computer", "Apple Inc.")),
                new Actor("Russia", ActorKind.COUNTRY, Set.of("Moscow")));
    }

    @Test
    void applyRewritesEventActorsOnceEachInOrder() {
        Article art = new Article("a.txt", "h", "Apple Computer and Apple met Russia.", null, null, null, null, null,
                List.of(), List.of());
        Event e = new Event("e1", DateSpan.ofDay(LocalDate.of(2006, 5, 8)), "met", List.of("Apple Computer", "Apple", "Russia"),
                List.of(new Source(new Passage(art, 0, 10), null)));
        Timeline t = new Timeline(List.of(art), List.of(new Actor("Apple Computer", ActorKind.ORGANIZATION, Set.of()),
                new Actor("Apple", ActorKind.ORGANIZATION, Set.of()), new Actor("Russia", ActorKind.COUNTRY, Set.of())),
                List.of(e), Map.of());
        Timeline out = UserAliases.NONE.merge("Apple Computer", "Apple").rename("Russia", "Russian Federation").apply(t);
        assertThat(out.events().get(0).actors()).containsExactly("Apple", "Russian Federation");
        assertThat(out.actors()).extracting(Actor::name).containsExactly("Apple", "Russian Federation");
        assertThat(out.events().get(0).sources()).isEqualTo(e.sources());
    }
}
