package io.strikeline.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import io.strikeline.store.EventStore;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.ArticleSpan;
import io.strikeline.ui.state.EventCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The analyst corrects the picture in the real main window, on a writable copy of the sample. */
@ExtendWith(ApplicationExtension.class)
class MainWindowEditTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Path db;

    @Start
    void start(Stage stage) {
        db = dir.resolve("edit-" + System.nanoTime() + ".db");
        window = new MainWindow();
        stage.setScene(new Scene(window.root(), 1440, 900));
        stage.show();
        try {
            Files.copy(Path.of("data", "sample.db"), db);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        window.open(db, MainWindow.OpenMode.EDIT);
    }

    @AfterEach
    void closeDatabase() {
        window.close();
    }

    /** Waits for the condition, then for the FX events it set off (the views redraw from the state after it). */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private EventCatalog catalog() {
        return window.state().catalogProperty().get();
    }

    private Event event(EventType type) throws TimeoutException {
        waitUntil(() -> catalog().size() > 0);
        return catalog().events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private Event current(long id) {
        int index = catalog().indexOf(id);
        return index < 0 ? null : catalog().get(index);
    }

    private boolean listed(long id) {
        return window.list().table().getItems().stream().anyMatch(e -> e.id() == id);
    }

    @Test
    void editingTheDateInTheInspectorMovesTheEventInEveryViewAndUndoRestoresIt(FxRobot robot) throws Exception {
        Event border = event(EventType.AIRSTRIKE);
        robot.interact(() -> window.state().selectedProperty().set(border));
        TextField date = robot.lookup("#inspector-date").query();
        waitUntil(() -> border.date().format().equals(date.getText()));
        robot.interact(() -> date.setText("2021-05-02"));
        robot.clickOn("#inspector-save");
        waitUntil(() -> current(border.id()).date().format().equals("2021-05-02"));

        Event moved = current(border.id());
        assertThat(window.state().selectedProperty().get()).isEqualTo(moved);
        assertThat(window.list().table().getItems()).contains(moved);
        assertThat(window.timeline().pointAt(io.strikeline.ui.state.TimeWindow.startOf(moved.date().start()))).isNotNull();
        // the timeline's filtered set and the map's visible set hold the edited event, not the old one
        assertThat(window.state().visibleEventsProperty().get().contains(moved)).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> current(border.id()).date().equals(border.date()));
    }

    @Test
    void draggingTheSelectedMarkerMovesTheEventThereAndDraggingElsewherePans(FxRobot robot) throws Exception {
        Event rocket = event(EventType.ROCKET_ATTACK);
        robot.interact(() -> window.state().selectedProperty().set(rocket));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport vp = window.map().getMapViewport();
        Point2D from = window.map().localToScreen(vp.screenX(rocket.lon()), vp.screenY(rocket.lat()));
        Point2D to = from.add(80, 40);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, 20)).moveTo(to).release(
                MouseButton.PRIMARY);
        waitUntil(() -> current(rocket.id()).lon() > rocket.lon() + 0.1);
        Event moved = current(rocket.id());
        assertThat(moved.lat()).isLessThan(rocket.lat());
        assertThat(moved.curation().editedFields()).contains("place");
        assertThat(window.map().getMapViewport()).isEqualTo(vp); // the map itself did not pan
    }

    @Test
    void rejectingHidesTheEventEverywhereAndFromTheExport(FxRobot robot) throws Exception {
        Event rocket = event(EventType.ROCKET_ATTACK);
        robot.interact(() -> window.state().selectedProperty().set(rocket));
        robot.clickOn("#inspector-status-rejected");
        waitUntil(() -> current(rocket.id()).curation().status() == ReviewStatus.REJECTED);

        assertThat(window.state().visibleEventsProperty().get().contains(current(rocket.id()))).isFalse();
        assertThat(listed(rocket.id())).isFalse(); // Ctrl+E writes exactly the visible events

        robot.interact(() -> window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> current(rocket.id()).curation().status() == ReviewStatus.UNREVIEWED);
        assertThat(listed(rocket.id())).isTrue();
    }

    @Test
    void mergingTwoSelectedEventsLeavesOneWithBothSourcesAndUndoSplitsThemAgain(FxRobot robot) throws Exception {
        waitUntil(() -> catalog().events().stream().filter(e -> e.type() == EventType.MISSILE_STRIKE).count() == 2);
        Event a = event(EventType.MISSILE_STRIKE);
        Event b = catalog().events().stream().filter(e -> e.type() == EventType.MISSILE_STRIKE && e.id() != a.id())
                .findFirst().orElseThrow();
        int before = catalog().size();
        robot.interact(() -> {
            window.state().selectedProperty().set(a);
            window.state().markedProperty().set(Set.of(a.id(), b.id()));
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> catalog().size() == before - 1);
        assertThat(current(b.id())).isNull();
        assertThat(current(a.id())).isNotNull();
        waitUntil(() -> window.inspectorSourceCount() == 2);

        robot.interact(() -> window.map().requestFocus()); // in a text field Ctrl+Z undoes typing
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> catalog().size() == before);
        assertThat(current(b.id())).isEqualTo(b);
    }

    @Test
    void aNewEventFromASelectedSentenceIsPrefilledAndSelected(FxRobot robot) throws Exception {
        Event drone = event(EventType.DRONE_STRIKE);
        long article;
        String text;
        try (EventStore store = EventStore.openReadOnly(db)) {
            article = store.sources(drone.id()).get(0).articleId();
            text = store.article(article).text();
        }
        int from = text.indexOf(store0Evidence(drone));
        Span sentence = new Span(from, from + store0Evidence(drone).length());
        int before = catalog().size();
        robot.interact(() -> window.state().articleSelectionProperty().set(new ArticleSpan(article, sentence)));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> catalog().size() == before + 1);
        Event created = window.state().selectedProperty().get();
        assertThat(created).isNotNull();
        assertThat(created.type()).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(created.origin()).isEqualTo(io.strikeline.model.Origin.MANUAL);
    }

    private String store0Evidence(Event e) {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.sources(e.id()).get(0).evidence();
        }
    }

    @Test
    void articlesAddedInTheViewerAppearAtOnceMarkedNew(FxRobot robot) throws Exception {
        waitUntil(() -> catalog().size() > 0);
        int before = catalog().size();
        Path folder = Files.createDirectories(dir.resolve("drop-" + System.nanoTime()));
        Files.writeString(folder.resolve("report.txt"), "title: Depot hit\npublished: 2023-03-06\n\n"
                + "A US drone strike destroyed a weapons depot near Al-Qaim on Sunday, killing three fighters.\n");
        Files.write(folder.resolve("broken.json"), new byte[] {'{', '"', 't'});
        robot.interact(() -> window.ingest(List.of(folder)));
        waitUntil(() -> catalog().size() > before);
        Set<Long> fresh = window.state().newEventIdsProperty().get();
        assertThat(fresh).isNotEmpty();
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()); // the broken file, by name
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(((javafx.scene.control.TextArea) dialog.getContent()).getText()).contains("broken.json");
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        robot.interact(() -> window.state().filterProperty().set(window.state().filterProperty().get().withOnlyIds(fresh)));
        assertThat(window.list().table().getItems()).extracting(Event::id).containsExactlyInAnyOrderElementsOf(fresh);
    }

    @Test
    void reviewKeysStepThroughTheQueueAndConfirm(FxRobot robot) throws Exception {
        waitUntil(() -> catalog().size() > 0);
        int size = catalog().size();
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        Event first = window.state().selectedProperty().get();
        assertThat(first).isNotNull();
        assertThat(catalog().events()).allSatisfy(e -> assertThat(e.confidence()).isGreaterThanOrEqualTo(first.confidence()));

        robot.type(KeyCode.C);
        waitUntil(() -> current(first.id()).curation().status() == ReviewStatus.CONFIRMED);
        Event second = window.state().selectedProperty().get();
        assertThat(second.id()).isNotEqualTo(first.id());
        robot.type(KeyCode.K);
        assertThat(window.state().selectedProperty().get().id()).isEqualTo(first.id());
        robot.type(KeyCode.J).type(KeyCode.X);
        waitUntil(() -> current(second.id()).curation().status() == ReviewStatus.REJECTED);
        assertThat(robot.lookup("#review-progress").queryLabeled().getText()).startsWith("Reviewed 2 of " + size);
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#review-bar").query().isVisible()).isFalse();
    }
}
