package io.strikeline.ui.map;

import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.GeoBox;
import io.strikeline.ui.state.ViewState;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the map offscreen to PNGs for a visual check: run with the headless Monocle properties
 * (see TOOLCHAIN.md) and open target/map-*.png. Args: output directory (default target).
 */
public final class MapDemo {

    private MapDemo() {}

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target");
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                render(dir);
                done.complete(null);
            } catch (IOException | RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get();
        } finally {
            Platform.exit();
        }
    }

    private static void render(File dir) throws IOException {
        ViewState state = new ViewState();
        MapView map = new MapView(state);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(map), 1400, 900));
        stage.show();
        state.catalogProperty().set(EventCatalog.of(SyntheticEvents.generate(100_000, 7)));
        shot(map, new File(dir, "map-100k.png"));

        var few = new ArrayList<>(List.of(
                SyntheticEvents.event(1, EventType.AIRSTRIKE, 33.34, 44.40, LocationPrecision.SITE, 12, 20),
                SyntheticEvents.event(2, EventType.DRONE_STRIKE, 33.29, 44.20, LocationPrecision.CITY, 2, 0),
                SyntheticEvents.event(3, EventType.ROCKET_ATTACK, 33.60, 44.10, LocationPrecision.PROVINCE, 0, 3),
                SyntheticEvents.event(4, EventType.MISSILE_STRIKE, 33.05, 44.65, LocationPrecision.SITE, 40, 60),
                SyntheticEvents.event(5, EventType.ARTILLERY, 33.45, 44.55, LocationPrecision.SITE, 1, 1),
                SyntheticEvents.event(6, EventType.DRONE_ATTACK, 33.18, 44.32, LocationPrecision.SITE, 0, 0),
                SyntheticEvents.event(7, EventType.OTHER, 32.95, 44.05, LocationPrecision.REGION, 5, 0),
                SyntheticEvents.event(8, EventType.AIRSTRIKE, null, null, LocationPrecision.COUNTRY, 0, 0)));
        state.catalogProperty().set(EventCatalog.of(few));
        map.setMapViewport(map.getMapViewport().centeredOn(33.3, 44.35).fitted(
                new GeoBox(32.7, 43.6, 33.9, 45.1)));
        state.selectedProperty().set(state.catalogProperty().get().get(0));
        state.hoveredProperty().set(state.catalogProperty().get().get(4));
        shot(map, new File(dir, "map-baghdad.png"));

        state.catalogProperty().set(EventCatalog.of(SyntheticEvents.generate(100_000, 7)));
        map.darkProperty().set(true);
        map.fitRegion();
        map.setMapViewport(map.getMapViewport().zoomedAt(map.getWidth() * 0.45, map.getHeight() * 0.3, 2.5));
        shot(map, new File(dir, "map-dark-zoom.png"));
        stage.close();
    }

    private static void shot(MapView map, File file) throws IOException {
        map.applyCss();
        map.layout();
        map.renderNow();
        WritableImage image = map.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        System.out.println("wrote " + file);
    }
}
