package io.strikeline.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.Scene;
import io.strikeline.store.EventStore;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The show steps through the scenes with their filters, a text filter included (its matches come from the file). */
class PresentationModeFxTest {

    /** A library with one text query that matches the drone strike only. */
    private static SceneLibrary libraryMatching(long eventId) {
        return new SceneLibrary() {
            @Override
            public List<Scene> scenes() {
                return List.of();
            }

            @Override
            public Scene saveScene(Scene scene) {
                return scene;
            }

            @Override
            public void renameScene(String from, String to) {
                // not needed to present
            }

            @Override
            public void deleteScene(String name) {
                // not needed to present
            }

            @Override
            public void reorderScenes(List<String> names) {
                // not needed to present
            }

            @Override
            public Map<Long, List<Citation>> citations() {
                return Map.of();
            }

            @Override
            public Set<Long> search(String query) {
                return query.equals("convoy") ? Set.of(eventId) : Set.of();
            }

            @Override
            public String readOnlyReason() {
                return null;
            }
        };
    }

    @Test
    void aSceneWithATextFilterShowsTheEventsItsQueryMatches() throws Exception {
        Fx.start();
        EventCatalog catalog;
        try (EventStore store = EventStore.openReadOnly(Path.of("data/sample.db"))) {
            catalog = EventCatalog.of(store.events());
        }
        Event drone = catalog.events().stream().filter(e -> e.type() == EventType.DRONE_STRIKE).findFirst().orElseThrow();
        Scene all = new Scene(0, 0, "all", "All", "", null, null, null, Scene.Filter.NONE, null, null);
        Scene text = new Scene(0, 1, "convoy", "The convoy", "", null, null, null,
                new Scene.Filter(Set.of(), Set.of(), Set.of(), Set.of(), "convoy", null, 0, false), null, null);
        PresentationMode[] show = new PresentationMode[1];
        Platform.runLater(() -> {
            show[0] = new PresentationMode(catalog, List.of(all, text), libraryMatching(drone.id()));
            show[0].go(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(show[0].visibleForTests().size()).isEqualTo(catalog.size());
        Platform.runLater(() -> show[0].go(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            EventSet visible = show[0].visibleForTests();
            return visible.size() == 1 && visible.eventAt(0).id() == drone.id();
        });
    }
}
