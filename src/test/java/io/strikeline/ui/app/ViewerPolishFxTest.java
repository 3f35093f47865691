package io.strikeline.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.GeoBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user trips over (issue 12), on the real main window with the bundled sample at 1440x900. */
@ExtendWith(ApplicationExtension.class)
class ViewerPolishFxTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        window = openWindow(stage);
        stage.show();
    }

    private static MainWindow openWindow(Stage stage) throws Exception {
        Path db = dir.resolve("sample-" + System.nanoTime() + ".db");
        Files.copy(Path.of("data", "sample.db"), db);
        ViewerSession session = ViewerSession.openReadOnly(db);
        MainWindow window = new MainWindow();
        stage.setScene(new Scene(window.root(), 1440, 900));
        window.show(session, EventCatalog.of(session.events()));
        return window;
    }

    @AfterEach
    void closeDatabase() {
        window.close();
    }

    @AfterAll
    static void backToTheDefaultTheme() {
        Application.setUserAgentStylesheet(null);
    }

    /** Mean brightness (0 black, 1 white) of the part of the window a node covers, as the user sees it. */
    private static double meanBrightness(Node node) {
        Image image = node.getScene().snapshot(null);
        PixelReader pixels = image.getPixelReader();
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        double sum = 0;
        int n = 0;
        for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(image.getHeight(), b.getMaxY()); y += 3) {
            for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(image.getWidth(), b.getMaxX()); x += 3) {
                sum += pixels.getColor(x, y).getBrightness();
                n++;
            }
        }
        return sum / n;
    }

    private List<Node> views(FxRobot robot) {
        return List.of(window.map(), window.timeline(), window.list(), robot.lookup(".article-pane").query(),
                robot.lookup(".filter-bar").query());
    }

    @Test
    void theDarkThemeReachesEveryView(FxRobot robot) {
        robot.interact(() -> window.state().darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> {
            for (Node view : views(robot)) {
                assertThat(meanBrightness(view)).as("dark %s", view.getStyleClass()).isLessThan(0.4);
            }
        });
        robot.interact(() -> window.state().darkProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> {
            for (Node view : views(robot)) {
                assertThat(meanBrightness(view)).as("light %s", view.getStyleClass()).isGreaterThan(0.6);
            }
        });
    }

    /** Labels whose drawn text is not their whole text (an ellipsis took the rest). */
    private static List<String> truncated(Parent parent) {
        List<String> out = new ArrayList<>();
        for (Node node : parent.lookupAll(".text")) {
            if (node instanceof Text text && text.getParent() instanceof Labeled label && label.isVisible()
                    && label.getText() != null && !label.getText().isEmpty() && !text.getText().equals(label.getText())) {
                out.add(label.getText() + " shown as " + text.getText());
            }
        }
        return out;
    }

    @Test
    void nothingInTheFilterBarOrTheListHeadersIsCutOffAt1440x900(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".filter-status").queryLabeled().getText()).as("nothing filtered yet").doesNotContain(" of ");
        robot.interact(() -> window.state().filterProperty().set(
                window.state().filterProperty().get().withRegion(new GeoBox(29.0, 38.0, 37.5, 48.5))));
        robot.clickOn("#search").write("Iran");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.state().filterProperty().get().textQuery() != null);
        WaitForAsyncUtils.waitForFxEvents(3);

        Parent bar = robot.lookup(".filter-bar").query();
        assertThat(truncated(bar)).isEmpty();
        assertThat(robot.lookup(".filter-status").queryLabeled().getText()).contains("region box");
        assertThat(truncated(window.list().table())).as("type names in the list")
                .noneMatch(cut -> java.util.Arrays.stream(EventType.values())
                        .anyMatch(t -> cut.startsWith(t.label() + " shown")));
        Parent headers = robot.lookup(".column-header-background").query();
        assertThat(truncated(headers)).isEmpty();
        assertThat(robot.lookup(".column-header .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .filteredOn(t -> t != null).contains("Type", "Date", "Place", "Perpetrator", "Killed", "Conf.")
                .allSatisfy(t -> assertThat(t).doesNotContain("..."));
    }

    @Test
    void hoveringAMarkerNamesItsEventInTheArticlePaneAndMarksItsListRow(FxRobot robot) {
        Event missile = window.state().catalogProperty().get().events().stream()
                .filter(e -> e.type() == EventType.MISSILE_STRIKE && "Erbil".equals(e.place())).findFirst().orElseThrow();
        MapViewport vp = window.map().getMapViewport();
        Point2D at = window.map().localToScreen(vp.screenX(missile.lon()), vp.screenY(missile.lat()));
        robot.moveTo(at);
        assertThat(window.state().hoveredProperty().get()).isEqualTo(missile);
        Labeled note = robot.lookup(".hover-note-text").queryLabeled();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("Missile strike", "Erbil");
        assertThat(robot.lookup(".table-row-cell").queryAllAs(TableRow.class))
                .filteredOn(row -> row.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals("linked-hover")))
                .extracting(row -> (Object) row.getItem()).containsExactly(missile);
    }

    @Test
    void settingsAreRestoredOnTheNextStart(FxRobot robot) throws Exception {
        Path file = dir.resolve("settings-" + System.nanoTime() + "/viewer.properties");
        WindowSettings first = new WindowSettings(file);
        robot.interact(() -> {
            first.restore(stage, window);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1200);
            stage.setHeight(800);
            split("upper-split").setDividerPositions(0.45);
            split("main-split").setDividerPositions(0.6);
            split("side-split").setDividerPositions(0.5);
            window.state().darkProperty().set(true);
            window.timeline().setLaneMode(io.strikeline.ui.timeline.LaneMode.BY_PERPETRATOR);
            assertThat(first.save(stage, window)).isTrue();
        });
        assertThat(file).exists();
        Path db = window.database();

        MainWindow[] again = new MainWindow[1];
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            try {
                again[0] = openWindow(second[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            new WindowSettings(file).restore(second[0], again[0]);
            second[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        try {
            assertThat(second[0].getX()).isEqualTo(40);
            assertThat(second[0].getY()).isEqualTo(30);
            assertThat(second[0].getWidth()).isEqualTo(1200);
            assertThat(second[0].getHeight()).isEqualTo(800);
            assertThat(again[0].state().darkProperty().get()).isTrue();
            assertThat(again[0].timeline().getLaneMode()).isEqualTo(io.strikeline.ui.timeline.LaneMode.BY_PERPETRATOR);
            assertThat(((javafx.scene.control.SplitPane) again[0].root().lookup("#upper-split")).getDividerPositions()[0])
                    .isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.02));
            assertThat(((javafx.scene.control.SplitPane) again[0].root().lookup("#main-split")).getDividerPositions()[0])
                    .isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
            assertThat(((javafx.scene.control.SplitPane) again[0].root().lookup("#side-split")).getDividerPositions()[0])
                    .isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
            assertThat(new WindowSettings(file).lastDatabase()).contains(db.toAbsolutePath());
        } finally {
            robot.interact(() -> {
                window.state().darkProperty().set(false);
                second[0].close();
                again[0].close();
            });
        }
    }

    private javafx.scene.control.SplitPane split(String id) {
        return (javafx.scene.control.SplitPane) window.root().lookup("#" + id);
    }

    @Test
    void f1ListsTheShortcutsAndAboutNamesTheDataLicences(FxRobot robot) throws Exception {
        robot.clickOn(window.map()).type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".shortcut-list").tryQuery().isPresent());
        Parent list = robot.lookup(".shortcut-list").query();
        assertThat(list.lookupAll(".label")).extracting(n -> ((Labeled) n).getText()).contains("Ctrl+D", "Shift+drag", "F1 or ?");
        robot.interact(() -> ((Stage) list.getScene().getWindow()).close());

        robot.interact(() -> HelpDialogs.about(stage).show());
        DialogPane about = robot.lookup(".dialog-pane").query();
        String text = String.join("\n", about.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).toList());
        assertThat(text).contains("GeoNames", "CC BY 4.0", "Natural Earth", "public domain");
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }
}
