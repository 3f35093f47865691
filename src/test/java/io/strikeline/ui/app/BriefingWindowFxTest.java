package io.strikeline.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Scene;
import io.strikeline.ui.briefing.BriefingWindow;
import io.strikeline.ui.briefing.LiveView;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export briefing on a copy of the sample: scenes saved through the session, restored by a click, previewed. */
@ExtendWith(ApplicationExtension.class)
class BriefingWindowFxTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private ViewerSession session;

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("copy-" + System.nanoTime() + ".db");
        Files.copy(Path.of("data", "sample.db"), db);
        session = ViewerSession.open(db, false);
        window = new MainWindow();
        stage.setScene(new javafx.scene.Scene(window.root(), 1400, 900));
        stage.show();
        window.show(session, EventCatalog.of(session.events()));
    }

    @AfterEach
    void closeDatabase() {
        window.close();
    }

    @Test
    void aSavedSceneIsRestoredByAClickAndTheSlidesArePreviewed(FxRobot robot) throws Exception {
        TimeWindow january = TimeWindow.ofDays(LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 9));
        LiveView live = new LiveView(window.state(), window.map(), window.timeline());
        robot.interact(() -> window.state().timeWindowProperty().set(january));
        Scene[] captured = new Scene[1];
        robot.interact(() -> captured[0] = live.capture("january-check", "Iran retaliates", ""));
        int before = session.scenes().size(); // the sample ships with scenes of its own
        Scene saved = session.saveScene(captured[0]);
        assertThat(session.scenes()).hasSize(before + 1).last().extracting(Scene::name).isEqualTo("january-check");
        assertThat(saved.window().start()).isEqualTo(january.start());

        robot.interact(() -> window.state().timeWindowProperty().set(null));
        robot.interact(() -> new BriefingWindow(null, live, session).show());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup((Label l) -> l.getText() != null
                && l.getText().contains("slide(s) after the title slide")).tryQuery().isPresent());
        ListView<Scene> list = robot.lookup("#scene-list").query();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().size() - 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> january.equals(window.state().timeWindowProperty().get()));
    }
}
