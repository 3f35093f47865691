package io.strikeline.ui.map;

import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.ViewState;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Times the map layers with 100,000 synthetic events over Iraq and Syria, offscreen under Monocle:
 * clustering plus recording the marker canvas (what a pan, zoom or brush redraws), the basemap layer,
 * and one full frame to pixels (snapshot). Prints medians in milliseconds.
 */
public final class MapRenderBenchmark {

    private static final int EVENTS = 100_000;
    private static final int ROUNDS = 200;

    private MapRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(run());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            System.out.println(result.get());
        } finally {
            Platform.exit();
        }
    }

    private static String run() {
        ViewState state = new ViewState();
        MapView map = new MapView(state);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(map), 1400, 900));
        stage.show();
        long t0 = System.nanoTime();
        state.catalogProperty().set(EventCatalog.of(SyntheticEvents.generate(EVENTS, 7)));
        map.layout();
        map.renderNow();
        double load = (System.nanoTime() - t0) / 1e6;
        MapViewport home = map.getMapViewport();
        StringBuilder out = new StringBuilder(String.format("%,d events, 1400x900, catalog+index+first frame %.0f ms%n",
                EVENTS, load));
        out.append(time("markers, pan at home zoom", i -> home.pannedBy(i % 40 - 20, i % 30 - 15), map, false));
        out.append(time("markers, zoom sweep", i -> home.zoomedAt(700, 450, Math.pow(1.03, i % 80)), map, false));
        MapViewport baghdad = home.centeredOn(33.31, 44.37).zoomedAt(700, 450, 6);
        out.append(time("markers, pan zoomed on Baghdad", i -> baghdad.pannedBy(i % 40, -i % 25), map, false));
        out.append(time("all layers recorded (basemap redrawn), pan", i -> home.pannedBy(i % 40 - 20, 0), map, true));
        double[] snap = new double[20];
        for (int i = 0; i < snap.length; i++) {
            map.setMapViewport(home.pannedBy(i, i));
            long s = System.nanoTime();
            map.renderNow();
            map.snapshot(null, null);
            snap[i] = (System.nanoTime() - s) / 1e6;
        }
        out.append(String.format("full frame to pixels (render all layers + snapshot): median %.1f ms%n", median(snap)));
        stage.close();
        return out.toString();
    }

    /** Median over {@code ROUNDS} after as many warm-up rounds; markers only, or every layer via the viewport. */
    private static String time(String name, IntFunction<MapViewport> viewports, MapView map, boolean allLayers) {
        double[] ms = new double[ROUNDS];
        for (int i = -ROUNDS; i < ROUNDS; i++) {
            MapViewport vp = viewports.apply(Math.abs(i));
            long s = System.nanoTime();
            if (allLayers) {
                map.setMapViewport(vp);
                map.renderNow();
            } else {
                map.renderMarkers(vp, MapPalette.LIGHT);
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        return String.format("%-44s median %5.2f ms, p90 %5.2f ms%n", name, median(ms), percentile(ms, 0.9));
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (q * (sorted.length - 1))];
    }
}
