// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.dateline.extract.Extractor;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
    private Workspace ws;

    @BeforeEach
    void setUp() {
        ws = new Workspace(new DirectTaskRunner(), Extractor::load);
        ws.reset(Fixtures.state());
    }

    @Test
    void filterChangeIsUndoneAndRedone() {
        ws.setFilter(ws.filter().withActors(Set.of("Japan")));
        assertThat(ws.visibleEvents()).extracting(Event::id).containsExactlyInAnyOrder("e3", "e4");
        ws.undo().undo();
        assertThat(ws.visibleEvents()).hasSize(4);
        ws.undo().redo();
        assertThat(ws.visibleEvents()).hasSize(2);
    }

    @Test
    void typingInTheSearchIsOneUndoStep() {
        ws.setFilter(ws.filter().withText("t"), "Search");
        ws.setFilter(ws.filter().withText("tr"), "Search");
        ws.setFilter(ws.filter().withText("treaty"), "Search");
        assertThat(ws.visibleEvents()).extracting(Event::id).containsExactly("e1");
        ws.undo().undo();
        assertThat(ws.filter().text()).isEmpty();
        assertThat(ws.visibleEvents()).hasSize(4);
    }

    @Test
    void renameIsUndoable() {
        ws.renameActor("Japan", "Nippon");
        assertThat(ws.timeline().actors()).extracting(Actor::name).contains("Nippon").doesNotContain("Japan");
        ws.undo().undo();
        assertThat(ws.timeline().actors()).extracting(Actor::name).contains("Japan").doesNotContain("Nippon");
    }

    @Test
    void mergeCountsTheEventsOfBoth() {
        ws.mergeActors(java.util.List.of("France", "Germany"));
        Actor france = ws.timeline().actors().stream().filter(a -> a.name().equals("France")).findFirst().orElseThrow();
        assertThat(ws.eventCount(france)).isEqualTo(2);
        ws.undo().undo();
        assertThat(ws.timeline().actors()).extracting(Actor::name).contains("Germany");
    }

    @Test
    void removingAnArticleIsUndoable() {
        ws.removeArticle(Fixtures.B.file());
        assertThat(ws.timeline().articles()).extracting(Article::file).containsExactly(Fixtures.A.file());
        assertThat(ws.visibleEvents()).allSatisfy(e -> assertThat(e.sources().get(0).passage().article().file())
                .isEqualTo(Fixtures.A.file()));
        ws.undo().undo();
        assertThat(ws.timeline().articles()).hasSize(2);
        assertThat(ws.visibleEvents()).hasSize(4);
    }

    @Test
    void settingAPublicationDateReExtractsThatArticleAndIsUndoable() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 2, 29);
        ws.setPublished(Fixtures.A.file(), day);
        Article a = ws.timeline().articles().stream().filter(x -> x.file().equals(Fixtures.A.file())).findFirst()
                .orElseThrow();
        assertThat(a.published()).isEqualTo(day);
        assertThat(a.publishedSource()).isEqualTo(org.dateline.model.PublishedSource.USER);
        assertThat(ws.state().overrides()).containsEntry(Fixtures.A.file(), day);
        ws.undo().undo();
        assertThat(ws.timeline().articles().get(0).published()).isEqualTo(Fixtures.A.published());
        assertThat(ws.timeline().events()).containsExactlyElementsOf(Fixtures.EVENTS);
    }

    @Test
    void projectRoundTripKeepsEventsAliasesAndFilter() {
        ws.renameActor("Japan", "Nippon");
        ws.setFilter(ws.filter().withText("trade"));
        Project p = ws.toProject();
        Workspace other = new Workspace(new DirectTaskRunner(), Extractor::load);
        other.reset(Workspace.fromProject(p));
        assertThat(other.timeline().events()).isEqualTo(ws.timeline().events());
        assertThat(other.visibleEvents()).extracting(Event::id).containsExactly("e4");
        assertThat(other.knownHashes()).containsExactlyInAnyOrder(Fixtures.A.hash(), Fixtures.B.hash());
    }
}
