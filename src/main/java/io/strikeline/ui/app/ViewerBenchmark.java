package io.strikeline.ui.app;

import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Measures the real main window on a database, offscreen: time from opening the file to the first
 * drawn frame, and the FX-thread time of a frame while brushing the timeline, panning the map and
 * panning the timeline (state change, derived sets, list, and every view's redraw and layout).
 * Pulses run at full speed so a frame's time is its work, not the wait for the next vsync.
 */
public final class ViewerBenchmark {

    private ViewerBenchmark() {}

    /** Must run before the toolkit starts. */
    public static void configure(int width, int height) {
        Snapshot.useHeadlessPlatform(width, height);
        System.setProperty("javafx.animation.fullspeed", "true");
    }

    public static String run(Path db, int frames, int width, int height) throws Exception {
        StringBuilder report = new StringBuilder();
        // The same path as the application: the window appears at once, the database loads in the background.
        long start = System.nanoTime();
        Snapshot.startToolkit();
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        CountDownLatch firstFrame = new CountDownLatch(2); // the pulse that lays out, then the one that draws
        CountDownLatch eventsDrawn = new CountDownLatch(2);
        long[] at = new long[3];
        Platform.runLater(() -> {
            MainWindow window = new MainWindow();
            Stage stage = new Stage();
            Scene scene = new Scene(window.root(), width, height);
            scene.addPostLayoutPulseListener(() -> {
                if (firstFrame.getCount() > 0) {
                    firstFrame.countDown();
                    at[0] = System.nanoTime();
                } else if (window.state().catalogProperty().get().size() > 0 && eventsDrawn.getCount() > 0) {
                    eventsDrawn.countDown();
                    at[2] = System.nanoTime();
                }
            });
            window.state().catalogProperty().addListener((obs, old, now) -> at[1] = System.nanoTime());
            stage.setScene(scene);
            stage.show();
            window.open(db, MainWindow.OpenMode.VIEW_ONLY);
            shown.complete(window);
        });
        MainWindow window = shown.get(60, TimeUnit.SECONDS);
        firstFrame.await(60, TimeUnit.SECONDS);
        eventsDrawn.await(120, TimeUnit.SECONDS);
        EventCatalog catalog = window.state().catalogProperty().get();
        report.append(String.format("events: %,d%n", catalog.size()));
        report.append(String.format("start to first drawn frame (map, timeline, empty list): %.0f ms%n", ms(at[0] - start)));
        report.append(String.format("start to first frame with all events drawn: %.0f ms (database loaded at %.0f ms)%n",
                ms(at[2] - start), ms(at[1] - start)));

        LocalDate first = catalog.get(0).date().start();
        report.append(frameLine("brush timeline (30-day window sliding)", measure(window, frames, i -> {
            LocalDate from = first.plusDays(i * 7L);
            window.state().timeWindowProperty().set(TimeWindow.ofDays(from, from.plusDays(30)));
        })));
        report.append(frameLine("pan map", measure(window, frames, i -> {
            MapViewport vp = window.map().getMapViewport();
            window.map().setMapViewport(vp.pannedBy(i % 2 == 0 ? 40 : -40, 15));
        })));
        report.append(frameLine("zoom map", measure(window, frames, i -> {
            MapViewport vp = window.map().getMapViewport();
            window.map().setMapViewport(vp.zoomedAt(vp.width() / 2, vp.height() / 2, i % 2 == 0 ? 1.25 : 0.8));
        })));
        report.append(frameLine("pan timeline", measure(window, frames, i -> {
            TimeWindow range = window.timeline().getVisibleRange();
            window.timeline().setVisibleRange(range.shiftedBy((i % 2 == 0 ? 1 : -1) * range.durationMillis() / 20));
        })));
        report.append(frameLine("select event (all views follow)", measure(window, frames, i ->
                window.state().selectedProperty().set(catalog.get((int) ((long) i * 7919 % catalog.size()))))));

        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        report.append(String.format("heap in use after GC: %.0f MB (max heap %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6));
        Platform.runLater(window::close);
        return report.toString();
    }

    /** Applies a change on the FX thread and times until the pulse that redraws for it has finished. */
    private static double[] measure(MainWindow window, int frames, IntConsumer change) throws Exception {
        Scene scene = window.root().getScene();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < frames + 10; i++) {
            CountDownLatch done = new CountDownLatch(2);
            long[] start = new long[1];
            long[] end = new long[1];
            Runnable listener = () -> {
                end[0] = System.nanoTime();
                done.countDown();
            };
            int step = i;
            Platform.runLater(() -> {
                scene.addPostLayoutPulseListener(listener);
                start[0] = System.nanoTime();
                change.accept(step);
                done.countDown();
                Platform.requestNextPulse();
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame within 10 s");
            }
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
            if (i >= 10) { // the first frames warm the JIT
                times.add(ms(end[0] - start[0]));
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static String frameLine(String what, double[] sorted) {
        return String.format("%-36s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d frames)%n", what + ":",
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1], sorted.length);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

}
