// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.dateline.model.Event;
import org.dateline.ui.timeline.TimelineLayout.Cluster;
import org.dateline.ui.timeline.TimelineLayout.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private TimelineView view;
    private final List<TimelineEvent> fired = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.getItems().setAll(TimelineFixtures.seedsLike());
        Scene scene = new Scene(new StackPane(view), 1100, 420);
        scene.getStylesheets().add(getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        view.addEventHandler(TimelineEvent.ANY, fired::add);
        stage.setScene(scene);
        stage.show();
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    private void focus(FxRobot robot) {
        robot.interact(view::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Event> selections() {
        return fired.stream().filter(e -> e.getEventType() == TimelineEvent.SELECTED).map(TimelineEvent::item).toList();
    }

    @Test
    void homeEndAndArrowsMoveTheSelectionEventToEventInDateOrder(FxRobot robot) {
        focus(robot);
        robot.type(KeyCode.HOME);
        assertThat(view.getSelected().title()).isEqualTo("US withdrawal from Afghanistan");
        robot.type(KeyCode.RIGHT);
        assertThat(view.getSelected().title()).isEqualTo("The Taliban reconquer Afghanistan");
        robot.type(KeyCode.END);
        assertThat(view.getSelected().title()).isEqualTo("Haqqani publicly criticises governance");
        robot.type(KeyCode.LEFT);
        assertThat(view.getSelected().title()).isEqualTo("Afghanistan faces a political stalemate");
        assertThat(selections()).extracting(Event::title).containsExactly("US withdrawal from Afghanistan",
                "The Taliban reconquer Afghanistan", "Haqqani publicly criticises governance",
                "Afghanistan faces a political stalemate");
        assertThat(view.getAccessibleText()).contains("December 2025").contains("Afghanistan faces a political stalemate");
    }

    @Test
    void movingTheSelectionScrollsItIntoView(FxRobot robot) {
        focus(robot);
        robot.interact(() -> view.setVisibleRange(java.time.LocalDate.of(2021, 7, 1), java.time.LocalDate.of(2021, 9, 30)));
        robot.type(KeyCode.END);
        Event last = view.getSelected();
        assertThat(view.getVisibleStartDay()).isLessThanOrEqualTo(last.date().first().toEpochDay());
        assertThat(view.getVisibleEndDay()).isGreaterThanOrEqualTo(last.date().first().toEpochDay() + 1);
        WaitForAsyncUtils.waitForFxEvents();
        Item drawn = skin().lastLayout().itemOf(view.index().indexOf(last));
        assertThat(drawn).as("the selected event is drawn").isNotNull();
    }

    @Test
    void walkingThroughVisibleEventsDoesNotMoveTheView(FxRobot robot) {
        focus(robot);
        double start = view.getVisibleStartDay();
        double end = view.getVisibleEndDay();
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.END);
        assertThat(view.getVisibleStartDay()).isEqualTo(start);
        assertThat(view.getVisibleEndDay()).isEqualTo(end);
    }

    @Test
    void enterOpensTheSelectedEvent(FxRobot robot) {
        focus(robot);
        robot.type(KeyCode.ENTER);
        assertThat(fired).noneMatch(e -> e.getEventType() == TimelineEvent.ACTIVATED);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        assertThat(fired).filteredOn(e -> e.getEventType() == TimelineEvent.ACTIVATED)
                .extracting(e -> e.item().title()).containsExactly("US withdrawal from Afghanistan");
    }

    @Test
    void clickSelectsAnEventAndDoubleClickOpensIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Item target = skin().lastLayout().items().stream().filter(i -> !i.bar()).findFirst().orElseThrow();
        Point2D p = skin().canvas().localToScreen(target.x0(), target.y());
        robot.clickOn(p);
        assertThat(view.getSelected()).isEqualTo(target.event());
        assertThat(view.isFocused()).isTrue();
        robot.doubleClickOn(p);
        assertThat(fired).anyMatch(e -> e.getEventType() == TimelineEvent.ACTIVATED && e.item().equals(target.event()));
    }

    @Test
    void plusAndMinusZoomAndZeroFitsEverything(FxRobot robot) {
        focus(robot);
        double span = view.getVisibleEndDay() - view.getVisibleStartDay();
        robot.type(KeyCode.ADD);
        double in = view.getVisibleEndDay() - view.getVisibleStartDay();
        assertThat(in).isCloseTo(span / TimelineView.ZOOM_STEP, org.assertj.core.api.Assertions.within(1e-6));
        robot.type(KeyCode.SUBTRACT);
        robot.type(KeyCode.SUBTRACT);
        assertThat(view.getVisibleEndDay() - view.getVisibleStartDay()).isGreaterThan(span);
        robot.type(KeyCode.DIGIT0);
        assertThat(view.getVisibleEndDay() - view.getVisibleStartDay()).isCloseTo(span, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(fired).anyMatch(e -> e.getEventType() == TimelineEvent.RANGE_CHANGED);
    }

    @Test
    void shiftArrowsAndPageKeysPanWithoutZooming(FxRobot robot) {
        focus(robot);
        double start = view.getVisibleStartDay();
        double span = view.getVisibleEndDay() - start;
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(view.getVisibleStartDay()).isGreaterThan(start);
        robot.type(KeyCode.PAGE_UP);
        assertThat(view.getVisibleStartDay()).isLessThan(start);
        assertThat(view.getVisibleEndDay() - view.getVisibleStartDay()).isCloseTo(span, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(view.getSelected()).isNull();
    }

    @Test
    void dragPansAndTheWheelZoomsAtThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double start = view.getVisibleStartDay();
        Point2D middle = skin().canvas().localToScreen(550, 14);
        robot.drag(middle).moveBy(120, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(view.getVisibleStartDay()).isLessThan(start);
        assertThat(view.getSelected()).isNull();

        double span = view.getVisibleEndDay() - view.getVisibleStartDay();
        robot.moveTo(middle);
        robot.scroll(3, VerticalDirection.UP);
        double after = view.getVisibleEndDay() - view.getVisibleStartDay();
        assertThat(after).isNotCloseTo(span, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aClusterOpensWhenClicked(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                view.getItems().add(TimelineFixtures.event("2025-07-03", "Another statement " + i, "Russia"));
            }
            view.zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Cluster> clusters = skin().lastLayout().clusters();
        assertThat(clusters).isNotEmpty();
        Cluster c = clusters.get(0);
        double span = view.getVisibleEndDay() - view.getVisibleStartDay();
        robot.clickOn(skin().canvas().localToScreen(c.x() + 10, c.y()));
        assertThat(view.getVisibleEndDay() - view.getVisibleStartDay()).isLessThan(span / 10);
        assertThat(skin().tooltipText(c)).contains("more events");
    }

    @Test
    void aClusterThatZoomCannotOpenSelectsItsFirstEvent(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                view.getItems().add(TimelineFixtures.event("2025-07-03", "Same-day statement " + i, "Russia"));
            }
            view.setVisibleRange(java.time.LocalDate.of(2025, 7, 2), java.time.LocalDate.of(2025, 7, 4));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Cluster c = skin().lastLayout().clusters().get(0);
        robot.clickOn(skin().canvas().localToScreen(c.x() + 10, c.y()));
        assertThat(view.getSelected()).isNotNull();
        assertThat(view.getSelected().title()).startsWith("Same-day statement");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(skin().lastLayout().itemOf(view.index().indexOf(view.getSelected()))).isNotNull();
    }

    @Test
    void coloursFollowTheThemeAndCanBeRestyled(FxRobot robot) {
        // The most frequent actor takes the theme's first chart colour.
        assertThat(view.colorFor("Russia")).isEqualTo(Color.web("#f3622d"));
        robot.interact(() -> {
            view.setStyle("-timeline-color-1: #123456;");
            view.applyCss();
        });
        assertThat(view.colorFor("Russia")).isEqualTo(Color.web("#123456"));
        assertThat(view.colorFor("Russia")).isNotEqualTo(view.colorFor("Taliban"));
    }

    @Test
    void lanesByActorGiveEachActorABand(FxRobot robot) {
        robot.interact(() -> view.setLanesByActor(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(skin().lastLayout().lanes()).extracting(TimelineLayout.Lane::key).startsWith("Russia", "Taliban");
    }

    @Test
    void disposingTheSkinStopsDrawingAndKeys(FxRobot robot) {
        focus(robot);
        TimelineSkin old = skin();
        robot.interact(() -> view.setSkin(new javafx.scene.control.SkinBase<TimelineView>(view) { }));
        double start = view.getVisibleStartDay();
        robot.type(KeyCode.PAGE_UP);
        assertThat(view.getVisibleStartDay()).isEqualTo(start);
        assertThat(old.canvas().getParent()).isNull();
    }
}
