package io.strikeline.ui.timeline;

import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;

/**
 * Draw times of the timeline with 100,000 synthetic events (2014–2024), on the FX thread under
 * Monocle: panning and brushing, fully zoomed out (density lanes) and zoomed to a quarter (glyphs).
 * "state update" is the property change itself (for the brush that includes ViewState recomputing the
 * visible events), "draw" the time to issue the canvas commands, "raster" adds a snapshot of both
 * canvases, i.e. turning the commands into pixels in the software pipeline.
 */
public final class TimelineRenderBenchmark {

    private static final int WARMUP = 60;
    private static final int RUNS = 300;

    private TimelineRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(count);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(int count) {
        ViewState state = new ViewState();
        TimelineView view = new TimelineView(state);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1400, 240));
        stage.show();
        view.applyCss();
        view.layout();
        long t0 = System.nanoTime();
        state.catalogProperty().set(EventCatalog.of(SyntheticEvents.generate(count, 7)));
        System.out.printf(Locale.ROOT, "%,d events; catalog + filter + index: %.1f ms%n", count, (System.nanoTime() - t0) / 1e6);
        view.drawDirty();
        TimeAxis all = view.axis();

        measure("pan, all 11 years (density lanes)", view, i -> view.setAxis(all.panByPixels(i % 2 == 0 ? 7 : -7)));
        measure("brush drag, all 11 years", view, i -> state.timeWindowProperty().set(
                TimeWindow.ofDays(LocalDate.of(2016, 1, 1).plusDays(i % 50), LocalDate.of(2017, 1, 1).plusDays(i % 50))));
        state.timeWindowProperty().set(null);
        TimeAxis quarter = TimeAxis.of(TimeWindow.ofDays(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)), all.width());
        measure("pan, one quarter (glyphs)", view, i -> view.setAxis(quarter.panByPixels(i % 2 == 0 ? 7 : -7)));
        measure("hover/overlay only, one quarter", view,
                i -> state.hoveredProperty().set(state.filteredEventsProperty().get().eventAt(30_000 + i % 100)));
        System.out.printf(Locale.ROOT, "glyph hit boxes at one quarter: %,d%n", view.hits().size());
    }

    private static void measure(String name, TimelineView view, IntConsumer change) {
        Canvas[] canvases = view.lookupAll("Canvas").toArray(Canvas[]::new);
        double[] update = new double[RUNS];
        double[] draw = new double[RUNS];
        double[] raster = new double[RUNS / 10];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            change.accept(i);
            long t1 = System.nanoTime();
            view.drawDirty();
            long t2 = System.nanoTime();
            if (i >= WARMUP) {
                update[i - WARMUP] = (t1 - t0) / 1e6;
                draw[i - WARMUP] = (t2 - t1) / 1e6;
                if ((i - WARMUP) % 10 == 0) {
                    for (Canvas c : canvases) {
                        c.snapshot(null, null);
                    }
                    raster[(i - WARMUP) / 10] = (System.nanoTime() - t1) / 1e6;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-34s state update median %5.2f ms | draw median %5.2f p95 %5.2f ms"
                        + " | draw + raster median %6.2f p95 %6.2f ms%n", name, percentile(update, 50),
                percentile(draw, 50), percentile(draw, 95), percentile(raster, 50), percentile(raster, 95));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
