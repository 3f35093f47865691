package io.strikeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private ViewState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        state.catalogProperty().set(EventCatalog.of(SyntheticEvents.sample()));
        view = new TimelineView(state);
        stage.setScene(new Scene(view, 1000, 240));
        stage.show();
    }

    /** Screen point of a time, at a canvas height that is empty histogram space above any bar. */
    private Point2D screenAt(FxRobot robot, Instant time, double y) {
        Node canvas = robot.lookup(".timeline-canvas").query();
        double x = view.layoutBands().plotX() + view.axis().toPixel(time);
        return canvas.localToScreen(x, y);
    }

    private static Instant day(int year, int month, int dayOfMonth) {
        return TimeWindow.startOf(LocalDate.of(year, month, dayOfMonth));
    }

    @Test
    void newCatalogFitsTheVisibleRangeToAllEvents() {
        TimeWindow range = view.getVisibleRange();
        assertThat(range.start()).isBefore(day(2020, 1, 3));
        assertThat(range.end()).isAfter(day(2021, 6, 28));
        assertThat(range.durationMillis()).isLessThan(Duration.ofDays(3 * 365).toMillis());
    }

    @Test
    void draggingOnEmptyTimelineBrushesTheDraggedRange(FxRobot robot) {
        double y = view.layoutBands().histogramY() + 4;
        Instant from = day(2020, 3, 1);
        Instant to = day(2020, 8, 1);
        robot.moveTo(screenAt(robot, from, y)).press(MouseButton.PRIMARY)
                .moveTo(screenAt(robot, day(2020, 6, 1), y)).moveTo(screenAt(robot, to, y)).release(MouseButton.PRIMARY);
        TimeWindow window = state.timeWindowProperty().get();
        assertThat(window).isNotNull();
        assertThat(Duration.between(from, window.start()).abs()).isLessThanOrEqualTo(Duration.ofDays(2));
        assertThat(Duration.between(to, window.end()).abs()).isLessThanOrEqualTo(Duration.ofDays(2));
        assertThat(state.visibleEventsProperty().get().size()).isEqualTo(1);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(state.timeWindowProperty().get()).isNull();
    }

    @Test
    void draggingInsideTheBrushMovesIt(FxRobot robot) {
        TimeWindow brush = TimeWindow.ofDays(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 7, 31));
        robot.interact(() -> state.timeWindowProperty().set(brush));
        double y = view.layoutBands().histogramY() + 4;
        robot.moveTo(screenAt(robot, day(2020, 6, 1), y)).press(MouseButton.PRIMARY)
                .moveTo(screenAt(robot, day(2020, 8, 1), y)).moveTo(screenAt(robot, day(2020, 9, 1), y))
                .release(MouseButton.PRIMARY);
        TimeWindow window = state.timeWindowProperty().get();
        assertThat(window.durationMillis()).isEqualTo(Duration.ofDays(122).toMillis());
        assertThat(Duration.between(day(2020, 7, 3), window.start()).abs()).isLessThanOrEqualTo(Duration.ofDays(3));
    }

    @Test
    void clickingAGlyphSelectsItsEvent(FxRobot robot) {
        Event drone = state.catalogProperty().get().get(1);
        assertThat(drone.date().start()).isEqualTo(LocalDate.of(2020, 3, 12));
        TimelineLayout bands = view.layoutBands();
        double[] box = TimelinePainter.glyph(bands, view.axis(), view.index().laneOf(drone), drone);
        Node canvas = robot.lookup(".timeline-canvas").query();
        robot.clickOn(canvas.localToScreen((box[0] + box[2]) / 2, (box[1] + box[3]) / 2));
        assertThat(state.selectedProperty().get()).isEqualTo(drone);
        assertThat(state.hoveredProperty().get()).isEqualTo(drone);
    }

    @Test
    void theSelectionRingIsASmallMarkOverTheSelectedGlyphAndGoesAwayWithTheSelection(FxRobot robot) {
        Pane pane = robot.lookup(".timeline-canvas").query();
        Canvas mark = (Canvas) pane.getChildren().stream().filter(n -> n.getClip() != null).findFirst().orElseThrow();
        Event late = state.catalogProperty().get().get(4);
        robot.interact(() -> {
            state.selectedProperty().set(late);
            view.drawDirty();
        });
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getWidth()).as("a small square, not the band").isLessThan(40);
        double[] glyph = TimelinePainter.glyph(view.layoutBands(), view.axis(), view.index().laneOf(late), late);
        assertThat(mark.getBoundsInParent().contains((glyph[0] + glyph[2]) / 2, (glyph[1] + glyph[3]) / 2)).isTrue();
        robot.interact(() -> {
            state.selectedProperty().set(null);
            view.drawDirty();
        });
        assertThat(mark.isVisible()).isFalse();
    }

    @Test
    void selectingAnEventElsewhereScrollsTheTimelineToIt(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(TimeWindow.ofDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))));
        Event late = state.catalogProperty().get().get(4);
        assertThat(late.date().start()).isEqualTo(LocalDate.of(2021, 6, 27));
        robot.interact(() -> state.selectedProperty().set(late));
        TimeWindow range = view.getVisibleRange();
        assertThat(range.durationMillis()).isEqualTo(TimeWindow.ofDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))
                .durationMillis());
        assertThat(range.overlaps(late.date())).isTrue();
    }

    @Test
    void wheelZoomsKeepingTheTimeUnderTheCursor(FxRobot robot) {
        long before = view.getVisibleRange().durationMillis();
        Instant under = day(2020, 9, 1);
        Point2D cursor = screenAt(robot, under, view.layoutBands().histogramY() + 4);
        robot.moveTo(cursor).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleRange().durationMillis()).isNotEqualTo(before);
        Node canvas = robot.lookup(".timeline-canvas").query();
        double x = canvas.screenToLocal(cursor).getX() - view.layoutBands().plotX();
        Duration pixel = Duration.ofMillis(Math.round(1 / view.axis().pixelsPerMilli()));
        assertThat(Duration.between(under, view.axis().toInstant(x)).abs()).isLessThanOrEqualTo(pixel.multipliedBy(2));
    }

    @Test
    void playAdvancesTheBrushThroughTime(FxRobot robot) throws Exception {
        TimeWindow[] started = new TimeWindow[1];
        robot.interact(() -> {
            view.playSpeedProperty().set(4);
            view.play();
            started[0] = state.timeWindowProperty().get();
        });
        TimeWindow first = started[0];
        assertThat(first).as("play creates a brush at the data start").isNotNull();
        assertThat(first.start()).isEqualTo(day(2020, 1, 3));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> state.timeWindowProperty().get().start().isAfter(first.start().plus(Duration.ofDays(5))));
        TimeWindow later = state.timeWindowProperty().get();
        assertThat(later.durationMillis()).as("sliding keeps the width").isEqualTo(first.durationMillis());
        robot.interact(view::pause);
        assertThat(view.playingProperty().get()).isFalse();
    }

    @Test
    void aSelectionMadeElsewhereClearsTheTooltipOfAnEarlierHover(FxRobot robot) {
        Event drone = state.catalogProperty().get().get(1);
        Event late = state.catalogProperty().get().get(4);
        double[] box = TimelinePainter.glyph(view.layoutBands(), view.axis(), view.index().laneOf(drone), drone);
        Node canvas = robot.lookup(".timeline-canvas").query();
        robot.moveTo(canvas.localToScreen((box[0] + box[2]) / 2, (box[1] + box[3]) / 2));
        robot.interact(view::drawDirty);
        assertThat(view.tooltipShown()).isEqualTo(drone);

        // the list's keyboard selects another event; the hover (a list row under the resting pointer) stays
        robot.interact(() -> {
            state.selectedProperty().set(late);
            state.hoveredProperty().set(drone);
            view.drawDirty();
        });
        assertThat(view.tooltipShown()).isNull();

        // a hover linked from another view draws a ring on the timeline, never a tooltip
        robot.interact(() -> {
            state.hoveredProperty().set(late);
            view.drawDirty();
        });
        assertThat(view.tooltipShown()).isNull();
    }
}
