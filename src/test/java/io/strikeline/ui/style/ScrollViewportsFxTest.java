package io.strikeline.ui.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The default skins cache a scroll pane's viewport as an image; the panes whose content changes often must not. */
@ExtendWith(ApplicationExtension.class)
class ScrollViewportsFxTest {

    @Test
    void scrollPanesAndTextAreasLoseTheViewportCacheWhetherSkinnedBeforeOrAfter() {
        boolean[] cached = onFx(() -> {
            ScrollPane early = new ScrollPane(new Label("a pane uncached before it has a skin"));
            TextArea note = new TextArea("a note uncached before it has a skin");
            ScrollPane late = new ScrollPane(new Label("a pane uncached once shown"));
            ScrollPane untouched = new ScrollPane(new Label("a pane left as the skin makes it"));
            ScrollViewports.uncache(early);
            ScrollViewports.uncache(note);
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(early, note, late, untouched), 300, 400));
            stage.show();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            ScrollViewports.uncache(late);
            boolean[] result = {viewport(early).isCache(), viewport(note).isCache(), viewport(late).isCache(),
                viewport(untouched).isCache()};
            stage.hide();
            return result;
        });
        assertThat(cached).containsExactly(false, false, false, true);
    }

    private static Node viewport(Node control) {
        Node viewport = control.lookup(".viewport");
        assertThat(viewport).as("viewport of " + control).isNotNull();
        return viewport;
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
