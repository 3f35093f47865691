package io.strikeline.ui.briefing;

import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.Scene;
import io.strikeline.ui.map.MapView;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import io.strikeline.ui.timeline.TimelineView;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.animation.Transition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Full-screen presentation of the scenes: large type, the arrow keys step through them while the map and the
 * time window glide from one to the next, and the focused event's evidence is shown as a quotation with its
 * source. Esc leaves. It has its own views on the same events, so the analyst's window stays as it was.
 */
final class PresentationMode {

    private static final Duration GLIDE = Duration.millis(900);

    private final List<Scene> scenes;
    private final SceneLibrary library;
    /** Each scene's text filter, looked up once in the background as the show starts; stepping never waits on the file. */
    private volatile Map<String, Set<Long>> textMatches = Map.of();
    private final ViewState state = new ViewState();
    private final MapView map;
    private final TimelineView timeline;
    private final Label title = new Label();
    private final Label quote = new Label();
    private final Stage stage = new Stage();
    private Map<Long, List<Citation>> citations = Map.of();
    private int current = -1;
    private Transition glide;

    PresentationMode(EventCatalog catalog, List<Scene> scenes, SceneLibrary library) {
        this.scenes = scenes;
        this.library = library;
        CompletableFuture.supplyAsync(() -> {
            Map<String, Set<Long>> found = new HashMap<>();
            for (Scene s : scenes) {
                String query = s.filter().textQuery();
                if (query != null && !query.isBlank()) {
                    found.computeIfAbsent(query, library::search);
                }
            }
            return found;
        }).thenAccept(found -> Platform.runLater(() -> {
            textMatches = found;
            if (current >= 0 && current < this.scenes.size()) {
                state.filterProperty().set(SceneCodec.filter(this.scenes.get(current).filter(), this::matches));
            }
        }));
        state.catalogProperty().set(catalog);
        map = new MapView(state);
        timeline = new TimelineView(state);
        timeline.setToolbarVisible(false); // large type and the picture only: the keys drive the show
        title.setStyle("-fx-font-size: 34px; -fx-font-weight: bold;");
        quote.setStyle("-fx-font-size: 22px; -fx-font-style: italic;");
        quote.setWrapText(true);
        VBox top = new VBox(6, title);
        top.setPadding(new Insets(16, 28, 8, 28));
        VBox bottom = new VBox(10, quote, timeline);
        bottom.setPadding(new Insets(8, 28, 16, 28));
        BorderPane root = new BorderPane(map, top, null, bottom, null);
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1280, 800);
        // a filter, not a handler: the map would otherwise take the arrow keys to pan
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.PAGE_DOWN
                    || e.getCode() == KeyCode.SPACE) {
                go(current + 1);
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP) {
                go(current - 1);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else {
                return;
            }
            e.consume();
        });
        state.selectedProperty().addListener((obs, was, now) -> showQuote(now));
        stage.setScene(scene);
        stage.setFullScreenExitHint("Arrow keys: next and previous scene \u00B7 Esc: leave");
        stage.setFullScreen(true);
    }

    void show() {
        stage.show();
        Thread loader = new Thread(() -> {
            Map<Long, List<Citation>> loaded = library.citations();
            Platform.runLater(() -> {
                citations = loaded;
                go(0);
            });
        }, "strikeline-presentation");
        loader.setDaemon(true);
        loader.start();
    }

    /** Shows scene {@code index}, gliding the map and the brush there from where they are. */
    /** The events the show has on screen now (tests). */
    EventSet visibleForTests() {
        return state.visibleEventsProperty().get();
    }

    void go(int index) {
        if (index < 0 || index >= scenes.size() || index == current) {
            return;
        }
        current = index;
        Scene scene = scenes.get(index);
        if (glide != null) {
            glide.stop();
        }
        MapViewport from = map.getMapViewport();
        MapViewport to = SceneCodec.viewport(scene, from.width(), from.height());
        TimeWindow fromWindow = state.timeWindowProperty().get();
        TimeWindow toWindow = SceneCodec.window(scene.window());
        state.filterProperty().set(SceneCodec.filter(scene.filter(), this::matches));
        timeline.setLaneMode(SceneCodec.lanes(scene));
        if (scene.range() != null) {
            timeline.setVisibleRange(SceneCodec.window(scene.range()));
        }
        title.setText((index + 1) + " / " + scenes.size() + "   " + BriefingBuilder.heading(scene));
        glide = new Transition() {
            {
                setCycleDuration(GLIDE);
            }

            @Override
            protected void interpolate(double t) {
                double k = t * t * (3 - 2 * t); // ease in and out
                map.setMapViewport(new MapViewport(to.projection(), mix(from.centerX(), to.centerX(), k),
                        mix(from.centerY(), to.centerY(), k),
                        Math.exp(mix(Math.log(from.unitsPerPixel()), Math.log(to.unitsPerPixel()), k)),
                        to.width(), to.height()));
                state.timeWindowProperty().set(fromWindow == null || toWindow == null ? toWindow
                        : new TimeWindow(Instant.ofEpochMilli(Math.round(mix(fromWindow.start().toEpochMilli(),
                                toWindow.start().toEpochMilli(), k))), Instant.ofEpochMilli(Math.max(
                                Math.round(mix(fromWindow.end().toEpochMilli(), toWindow.end().toEpochMilli(), k)),
                                Math.round(mix(fromWindow.start().toEpochMilli(), toWindow.start().toEpochMilli(), k))
                                        + 1))));
            }
        };
        glide.setOnFinished(e -> SceneCodec.applyTo(state, scene, this::matches));
        glide.play();
    }

    /** The events a scene's text filter matches; none until the lookups have come back. */
    private Set<Long> matches(String query) {
        return textMatches.getOrDefault(query, Set.of());
    }

    private static double mix(double a, double b, double k) {
        return a + (b - a) * k;
    }

    private void showQuote(Event event) {
        List<Citation> cited = event == null ? List.of() : citations.getOrDefault(event.id(), List.of());
        if (cited.isEmpty()) {
            quote.setText("");
            return;
        }
        Citation c = cited.get(0);
        quote.setText("\u201C" + c.evidence() + "\u201D\n\u2014 " + (c.source() == null ? "" : c.source() + ", ")
                + c.title() + (c.published() == null ? "" : ", " + c.published()));
    }
}
