// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.ui.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage);
    }

    @Test
    void checkingOneActorLeavesOnlyThatActorsEvents(FxRobot robot) {
        ListCell<?> japan = AppHarness.cellOf(robot, "actors", a -> ((Actor) a).name().equals("Japan"));
        assertThat(robot.from(japan).lookup(".count").queryAs(Label.class).getText()).isEqualTo("2");
        robot.clickOn(robot.from(japan).lookup(".check-box").queryAs(Node.class));
        assertThat(app.view.timeline().getItems()).extracting(Event::id).containsExactlyInAnyOrder("e3", "e4");
        assertThat(app.view.timeline().getItems()).allSatisfy(e -> assertThat(e.actors()).contains("Japan"));
        assertThat(app.view.status().getText()).startsWith("2 of 4 events");
        // The view zooms to fit what is left: Japan's events (2020 and 2023), no longer out to the 2025 treaty.
        WaitForAsyncUtils.waitForFxEvents();
        double start = app.view.timeline().getVisibleStartDay();
        double end = app.view.timeline().getVisibleEndDay();
        assertThat(start).isLessThanOrEqualTo(LocalDate.of(2020, 5, 10).toEpochDay());
        assertThat(end).isGreaterThanOrEqualTo(LocalDate.of(2023, 12, 31).toEpochDay())
                .isLessThan(LocalDate.of(2025, 7, 1).toEpochDay());

        robot.clickOn("#actors-none");
        assertThat(app.view.timeline().getItems()).hasSize(4);
    }

    @Test
    void selectingAnEventShowsItsPassageHighlightedInItsArticle(FxRobot robot) {
        robot.interact(() -> app.view.timeline().setSelected(Fixtures.OFFICE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText())
                .isEqualTo("Brazil and Japan opened a trade office");
        assertThat(robot.lookup("#details-date").queryAs(Label.class).getText()).startsWith("10 May 2020").contains("day");
        assertThat(robot.lookup("#details-actors .chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Brazil", "Japan");
        assertThat(robot.lookup("#details-why").queryAs(Label.class).getText()).contains("10 May 2020").contains("2020-05-10");
        PassageView pv = app.view.details().passage();
        String expected = Fixtures.OFFICE.sources().get(0).passage().text();
        assertThat(pv.highlighted()).isEqualTo(expected);
        assertThat(robot.lookup(".passage-highlight").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("10 May 2020");
        assertThat(pv.band().getElements()).isNotEmpty();
        // The passage is far down article B: the view must have scrolled to it.
        assertThat(pv.getVvalue()).isGreaterThan(0);
        assertThat(pv.passageVisible()).isTrue();
    }

    @Test
    void clickingAnEventOnTheTimelineShowsItsPassage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D p = org.dateline.ui.timeline.TimelineProbe.screenPointOf(app.view.timeline(), Fixtures.GROWTH);
        assertThat(p).as("the growth event is drawn").isNotNull();
        robot.clickOn(p);
        assertThat(app.view.details().event()).isEqualTo(Fixtures.GROWTH);
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Germany reported strong growth");
        assertThat(app.view.details().passage().highlighted())
                .isEqualTo("Germany reported strong growth in March 2024, the ministry said.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.view.details().passage().passageVisible()).isTrue();
    }

    @Test
    void keyboardMovesBetweenEventsAndOpensTheirSources(FxRobot robot) {
        robot.clickOn("#search");
        robot.interact(() -> app.view.timeline().requestFocus());
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertThat(app.view.details().event()).isEqualTo(Fixtures.OFFICE);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(app.view.details().event()).isEqualTo(Fixtures.ELECTIONS);
        robot.type(javafx.scene.input.KeyCode.END);
        assertThat(app.view.details().event()).isEqualTo(Fixtures.TREATY);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(app.view.details().passage().isFocused()).isTrue();
        assertThat(app.view.details().passage().highlighted()).startsWith("France and Germany signed");
        // In the source view the arrows step through the merged event's sources; Escape returns to the timeline.
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(robot.lookup("#details-source").queryAs(Label.class).getText()).isEqualTo("Source 2 of 2");
        assertThat(app.view.details().passage().highlighted()).startsWith("The treaty between France and Germany");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(app.view.timeline().isFocused()).isTrue();
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertThat(app.view.details().event()).isEqualTo(Fixtures.GROWTH);
    }

    @Test
    void mergedEventStepsThroughItsSources(FxRobot robot) {
        robot.interact(() -> app.view.timeline().setSelected(Fixtures.TREATY));
        assertThat(robot.lookup("#details-source").queryAs(Label.class).getText()).isEqualTo("Source 1 of 2");
        assertThat(app.view.details().passage().highlighted()).startsWith("France and Germany signed");
        robot.clickOn("#source-next");
        assertThat(robot.lookup("#details-source").queryAs(Label.class).getText()).isEqualTo("Source 2 of 2");
        assertThat(app.view.details().passage().highlighted()).startsWith("The treaty between France and Germany");
        robot.clickOn("#source-next");
        assertThat(app.view.details().passage().highlighted()).startsWith("France and Germany signed");
        // The sources list names both articles; clicking the second shows its passage.
        var links = robot.lookup("#details-sources .hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class);
        assertThat(links).extracting(javafx.scene.control.Hyperlink::getText)
                .satisfiesExactly(t -> assertThat(t).contains("Treaty signed"), t -> assertThat(t).contains("Elections ahead"));
        robot.clickOn(links.stream().skip(1).findFirst().orElseThrow());
        assertThat(app.view.details().passage().highlighted()).startsWith("The treaty between France and Germany");
    }

    @Test
    void activatingAnEventOpensItsSource(FxRobot robot) {
        robot.interact(() -> app.view.timeline().fireEvent(new TimelineEvent(TimelineEvent.ACTIVATED, Fixtures.GROWTH)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.view.details().event()).isEqualTo(Fixtures.GROWTH);
        assertThat(app.view.details().passage().isFocused()).isTrue();
    }

    @Test
    void searchNarrowsTheTimelineAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn("#search").write("trade");
        assertThat(app.view.timeline().getItems()).extracting(Event::id).containsExactly("e4");
        assertThat(app.view.status().getText()).startsWith("1 of 4 events");
        robot.clickOn("#undo");
        assertThat(app.view.search().getText()).isEmpty();
        assertThat(app.view.timeline().getItems()).hasSize(4);
        robot.clickOn("#redo");
        assertThat(app.view.search().getText()).isEqualTo("trade");
        assertThat(app.view.timeline().getItems()).hasSize(1);
    }

    @Test
    void dateRangeKeepsEventsOverlappingIt(FxRobot robot) {
        robot.interact(() -> {
            app.view.rangeBar().slider().setLowValue(LocalDate.of(2023, 6, 1).toEpochDay());
            app.view.rangeBar().slider().setHighValue(LocalDate.of(2024, 12, 31).toEpochDay());
        });
        assertThat(app.ws.filter().from()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(app.ws.filter().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        // ELECTIONS covers all of 2023, so it overlaps; the treaty (2025) and the office (2020) fall out.
        assertThat(app.view.timeline().getItems()).extracting(Event::id).containsExactlyInAnyOrder("e2", "e3");
        assertThat(robot.lookup("#range-from").queryAs(Label.class).getText()).contains("2023");
    }

    @Test
    void filtersCombine(FxRobot robot) {
        robot.interact(() -> app.ws.setFilter(app.ws.filter().withActors(Set.of("Japan", "Germany"))));
        robot.clickOn("#search").write("treaty");
        assertThat(app.view.timeline().getItems()).extracting(Event::id).containsExactly("e1");
        ListCell<?> a = AppHarness.cellOf(robot, "articles", x -> ((Article) x).file().equals(Fixtures.A.file()));
        robot.clickOn(robot.from(a).lookup(".check-box").queryAs(Node.class));
        // The treaty is told by article B too, so it stays; switching B off as well leaves nothing.
        assertThat(app.view.timeline().getItems()).extracting(Event::id).containsExactly("e1");
        ListCell<?> b = AppHarness.cellOf(robot, "articles", x -> ((Article) x).file().equals(Fixtures.B.file()));
        Node bCheck = robot.from(b).lookup(".check-box").query();
        robot.clickOn(bCheck);
        assertThat(app.view.timeline().getItems()).isEmpty();
    }

    @Test
    void themeToggleSwitchesToDarkAndBack(FxRobot robot) {
        try {
            robot.clickOn("#theme");
            assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
            robot.clickOn("#theme");
            assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("light");
        } finally {
            App.applyTheme(false);
        }
    }

    @Test
    void articleCountsAndTitlesAreShown(FxRobot robot) {
        ListCell<?> a = AppHarness.cellOf(robot, "articles", x -> ((Article) x).file().equals(Fixtures.A.file()));
        assertThat(robot.from(a).lookup(".article-title").queryAs(Label.class).getText()).isEqualTo("Treaty signed");
        assertThat(robot.from(a).lookup(".count").queryAs(Label.class).getText()).isEqualTo("2");
    }
}
