package io.strikeline.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ui.state.ViewState;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While a file's events are read, the empty list says they are coming, not that none match. */
@ExtendWith(ApplicationExtension.class)
class EventListLoadingFxTest {

    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new EventListView(state), 500, 300));
        stage.show();
    }

    @Test
    void emptyListSaysHowManyEventsAreLoadingThenWhatIsShownOnceTheyAre(FxRobot robot) {
        robot.interact(() -> state.loadingProperty().set(ViewState.LOADING_UNCOUNTED));
        assertThat(placeholder(robot)).hasValue("Loading events...");
        robot.interact(() -> state.loadingProperty().set(1_234_567));
        assertThat(placeholder(robot)).hasValue("Loading 1,234,567 events...");
        robot.interact(() -> state.loadingProperty().set(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot)).hasValue("No events in this window and filters");
    }

    private static Optional<String> placeholder(FxRobot robot) {
        return robot.lookup(".placeholder").queryAll().stream().findFirst()
                .flatMap(p -> p.lookupAll(".label").stream().findFirst())
                .map(Node.class::cast).map(n -> ((Label) n).getText());
    }
}
