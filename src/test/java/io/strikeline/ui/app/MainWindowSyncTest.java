package io.strikeline.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the bundled sample: views stay in step through the shared state alone. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSyncTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("sample-" + System.nanoTime() + ".db");
        Files.copy(Path.of("data", "sample.db"), db);
        ViewerSession session = ViewerSession.openReadOnly(db);
        window = new MainWindow();
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.show();
        window.show(session, EventCatalog.of(session.events()));
    }

    @AfterEach
    void closeDatabase() {
        window.close();
    }

    private Event event(EventType type) {
        return window.state().catalogProperty().get().events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private Point2D onMap(Event e) {
        MapViewport vp = window.map().getMapViewport();
        return window.map().localToScreen(vp.screenX(e.lon()), vp.screenY(e.lat()));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    @Test
    void clickingAMarkerSelectsTheListRowAndOpensBothSourceArticles(FxRobot robot) throws Exception {
        Event soleimani = event(EventType.DRONE_STRIKE);
        robot.clickOn(onMap(soleimani), MouseButton.PRIMARY);

        assertThat(window.state().selectedProperty().get()).isEqualTo(soleimani);
        assertThat(window.list().table().getSelectionModel().getSelectedItem()).isEqualTo(soleimani);
        waitUntil(() -> robot.lookup(".source-tabs").tryQuery().isPresent()
                && ((TabPane) robot.lookup(".source-tabs").query()).getTabs().size() == 2);
        TabPane tabs = robot.lookup(".source-tabs").query();
        assertThat(tabs.getTabs()).extracting(Tab::getText).hasSize(2);
        assertThat(robot.lookup(".evidence").queryAll()).isNotEmpty();
    }

    @Test
    void selectingARowSelectsTheEventEverywhere(FxRobot robot) {
        Event border = event(EventType.AIRSTRIKE);
        robot.interact(() -> window.list().table().getSelectionModel().select(border));
        assertThat(window.state().selectedProperty().get()).isEqualTo(border);
    }

    @Test
    void brushingTheTimelineNarrowsMapAndListToTheWindow(FxRobot robot) {
        Node timelineCanvas = robot.lookup(".timeline-canvas").query();
        Point2D from = timelineCanvas.getScene().getWindow() == null ? null
                : window.timeline().localToScreen(window.timeline().sceneToLocal(
                        window.timeline().pointAt(TimeWindow.startOf(LocalDate.of(2019, 12, 30)))));
        Point2D to = window.timeline().localToScreen(window.timeline().sceneToLocal(
                window.timeline().pointAt(TimeWindow.startOf(LocalDate.of(2020, 1, 12)))));
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);

        TimeWindow window0 = window.state().timeWindowProperty().get();
        assertThat(window0).isNotNull();
        EventSet visible = window.state().visibleEventsProperty().get();
        assertThat(visible.size()).isEqualTo(3); // the drone strike and the two missile strikes of January 2020
        assertThat(window.list().table().getItems()).hasSize(3)
                .allSatisfy(e -> assertThat(e.date().start().getYear()).isEqualTo(2020));

        // The border airstrike of June 2021 is outside the window: its map marker is gone, clicking there selects nothing.
        Event border = event(EventType.AIRSTRIKE);
        robot.clickOn(onMap(border), MouseButton.PRIMARY);
        assertThat(window.state().selectedProperty().get()).isNotEqualTo(border);
    }

    @Test
    void theConfidenceFilterHidesLessCertainEventsEverywhere(FxRobot robot) {
        int all = window.state().visibleEventsProperty().get().size();
        robot.interact(() -> {
            javafx.scene.control.ChoiceBox<Integer> choice = robot.lookup("#min-confidence").query();
            choice.setValue(70);
            choice.getOnAction().handle(null);
        });
        EventSet visible = window.state().visibleEventsProperty().get();
        assertThat(visible.size()).isLessThan(all).isPositive();
        assertThat(window.list().table().getItems()).hasSize(visible.size())
                .allSatisfy(e -> assertThat(e.confidence()).isGreaterThanOrEqualTo(0.7));
    }

    @Test
    void aCorruptFileGetsADialogAndTheOpenDatabaseStays(FxRobot robot) throws Exception {
        Path corrupt = dir.resolve("corrupt.db");
        Files.writeString(corrupt, "this is not a database");
        int before = window.state().catalogProperty().get().size();
        robot.interact(() -> window.open(corrupt));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(dialog.getContentText()).contains("corrupt.db", "not an SQLite database");
        assertThat(window.state().catalogProperty().get().size()).isEqualTo(before);
        assertThat(Files.readString(corrupt)).isEqualTo("this is not a database");
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void searchNarrowsTheEventsToThoseWhoseArticlesMatch(FxRobot robot) throws Exception {
        robot.clickOn("#search").write("Pentagon");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.state().filterProperty().get().textQuery() != null);
        EventSet visible = window.state().visibleEventsProperty().get();
        // Only the July 2021 article mentions the Pentagon: its events, including the Soleimani strike it recalls.
        assertThat(visible.size()).isBetween(1, 4);
        assertThat(window.list().table().getItems()).hasSize(visible.size())
                .noneMatch(e -> e.type() == EventType.MISSILE_STRIKE);
    }
}
