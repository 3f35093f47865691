package io.strikeline.ui.app;

import io.strikeline.jvm.QuickCompilation;
import io.strikeline.jvm.ViewerRelaunch;
import io.strikeline.ui.map.MapView;
import io.strikeline.ui.map.MapViewport;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Must run before the toolkit starts. The JVM compiles as the viewer's does ({@link QuickCompilation}). */
    public static void configure(int width, int height) {
        QuickCompilation.request();
        Snapshot.useHeadlessPlatform(width, height);
        System.setProperty("javafx.animation.fullspeed", "true");
    }

    /**
     * The frames of one gesture, sorted, in milliseconds: from the change to the end of the pulse that lays it out, and
     * the CPU time the FX thread spent in that span (what the frame costs, however busy the machine is), and the render
     * thread's CPU time per frame, averaged over the gesture: it paints a frame while the FX thread makes the next, so
     * one frame's share cannot be cut out, but it is what the next frame waits for when painting is the longer part.
     */
    public record Frames(double[] wall, double[] fxCpu, double renderCpuMean) {}

    /**
     * One run's figures; frame times are p95 in milliseconds, heap is in use after a full GC. The other times count
     * from the run's start; {@code launchMs} is what came before it since the command started (JVM start-up, and the
     * first JVM's when the viewer was relaunched, {@link ViewerRelaunch}).
     */
    public record Result(double launchMs, int events, double firstFrameMs, double allDrawnMs, double allDrawnCpuMs,
            double loadedMs, Frames brush, Frames pan, Frames zoom, Frames panTimeline, Frames select, double heapMb,
            double maxHeapMb) {

        /** The report as text lines, as the command has always printed it. */
        public String text() {
            return String.format("events: %,d%n", events)
                    + String.format("command start to the viewer's start (JVM start-up): %.0f ms%n", launchMs)
                    + String.format("start to first drawn frame (map, timeline, empty list): %.0f ms%n", firstFrameMs)
                    + String.format("start to first frame with all events drawn: %.0f ms (whole events loaded and drawn"
                            + " at %.0f ms)%n", allDrawnMs, loadedMs)
                    + String.format("process CPU time from start to all events drawn: %.0f ms%n", allDrawnCpuMs)
                    + frameLine("brush timeline (30-day window sliding)", brush)
                    + frameLine("pan map", pan)
                    + frameLine("zoom map", zoom)
                    + frameLine("pan timeline", panTimeline)
                    + frameLine("select event (all views follow)", select)
                    + String.format("heap in use after GC: %.0f MB (max heap %.0f MB)%n", heapMb, maxHeapMb);
        }

        /** The headline figures by name, in a fixed order (the keys of {@code bench --json}). */
        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("events", (double) events);
            f.put("launch_ms", launchMs);
            f.put("first_frame_ms", firstFrameMs);
            f.put("all_drawn_ms", allDrawnMs);
            f.put("all_drawn_cpu_ms", allDrawnCpuMs);
            f.put("loaded_ms", loadedMs);
            f.put("brush_p95_ms", p95(brush.wall()));
            f.put("pan_p95_ms", p95(pan.wall()));
            f.put("zoom_p95_ms", p95(zoom.wall()));
            f.put("select_p95_ms", p95(select.wall()));
            f.put("brush_fx_cpu_p95_ms", p95(brush.fxCpu()));
            f.put("select_fx_cpu_p95_ms", p95(select.fxCpu()));
            f.put("brush_render_cpu_ms", brush.renderCpuMean());
            f.put("select_render_cpu_ms", select.renderCpuMean());
            f.put("heap_mb", heapMb);
            return f;
        }
    }

    public static Result run(Path db, int frames, int width, int height) throws Exception {
        // The same path as the application: the file and the basemap start loading, then the toolkit starts and the
        // window appears at once while the database loads in the background.
        long start = System.nanoTime();
        double launchMs = System.currentTimeMillis() - ViewerRelaunch.commandStartMillis();
        long startCpu = processCpuNanos();
        FileOpener.Reading reading = FileOpener.startReading(db, MainWindow.OpenMode.VIEW_ONLY);
        MapView.preloadBasemap();
        Snapshot.startToolkit();
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        CountDownLatch firstFrame = new CountDownLatch(2); // the pulse that lays out, then the one that draws
        CountDownLatch eventsDrawn = new CountDownLatch(2);
        CountDownLatch loadedDrawn = new CountDownLatch(2);
        long[] at = new long[4];
        long[] drawnCpu = new long[1];
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            MainWindow window = new MainWindow();
            stage[0] = new Stage();
            Scene scene = new Scene(window.root(), width, height);
            scene.addPostLayoutPulseListener(() -> {
                if (firstFrame.getCount() > 0) {
                    firstFrame.countDown();
                    at[0] = System.nanoTime();
                } else {
                    if (window.state().catalogProperty().get().size() > 0 && eventsDrawn.getCount() > 0) {
                        // every event is on the map and the timeline: its outline or the whole event
                        eventsDrawn.countDown();
                        at[2] = System.nanoTime();
                        drawnCpu[0] = processCpuNanos();
                    }
                    if (at[1] != 0 && loadedDrawn.getCount() > 0) {
                        loadedDrawn.countDown();
                        at[3] = System.nanoTime();
                    }
                }
            });
            window.state().catalogProperty().addListener((obs, old, now) -> {
                if (!window.state().outlinesOnlyProperty().get()) {
                    at[1] = System.nanoTime();
                }
            });
            stage[0].setScene(scene);
            window.open(reading); // before show, as the application does
            stage[0].show();
            shown.complete(window);
        });
        MainWindow window = shown.get(60, TimeUnit.SECONDS);
        firstFrame.await(60, TimeUnit.SECONDS);
        eventsDrawn.await(120, TimeUnit.SECONDS);
        loadedDrawn.await(120, TimeUnit.SECONDS); // frames are timed on the whole events, as the analyst works
        EventCatalog catalog = window.state().catalogProperty().get();

        LocalDate first = catalog.get(0).date().start();
        Frames brush = measure(window, frames, i -> {
            LocalDate from = first.plusDays(i * 7L);
            window.state().timeWindowProperty().set(TimeWindow.ofDays(from, from.plusDays(30)));
        });
        Frames pan = measure(window, frames, i -> {
            MapViewport vp = window.map().getMapViewport();
            // back and forth, so the map stays over the events instead of drifting north off the basemap
            window.map().setMapViewport(vp.pannedBy(i % 2 == 0 ? 40 : -40, i % 2 == 0 ? 15 : -15));
        });
        Frames zoom = measure(window, frames, i -> {
            MapViewport vp = window.map().getMapViewport();
            window.map().setMapViewport(vp.zoomedAt(vp.width() / 2, vp.height() / 2, i % 2 == 0 ? 1.25 : 0.8));
        });
        Frames panTimeline = measure(window, frames, i -> {
            TimeWindow range = window.timeline().getVisibleRange();
            window.timeline().setVisibleRange(range.shiftedBy((i % 2 == 0 ? 1 : -1) * range.durationMillis() / 20));
        });
        Frames select = measure(window, frames, i ->
                window.state().selectedProperty().set(catalog.get((int) ((long) i * 7919 % catalog.size()))));

        Runtime rt = Runtime.getRuntime();
        // A collection requested while the renderer holds a JNI critical section is skipped ("GC locker is held"):
        // ask a few times and keep the lowest figure, so the heap is what is live, not what was not yet collected.
        double heapMb = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            System.gc();
            Thread.sleep(200);
            heapMb = Math.min(heapMb, (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
        Result result = new Result(launchMs, catalog.size(), ms(at[0] - start), ms(at[2] - start), ms(drawnCpu[0] - startCpu),
                ms(at[3] - start), brush, pan, zoom, panTimeline, select, heapMb, rt.maxMemory() / 1e6);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            window.close();
            stage[0].hide();
            closed.countDown();
        });
        closed.await(30, TimeUnit.SECONDS);
        return result;
    }

    /** Applies a change on the FX thread and times until the pulse that redraws for it has finished. */
    private static Frames measure(MainWindow window, int frames, IntConsumer change) throws Exception {
        Scene scene = window.root().getScene();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long renderer = rendererThreadId();
        long renderStart = 0;
        for (int i = 0; i < frames + 10; i++) {
            if (i == 10) {
                renderStart = threadCpuNanos(threads, renderer);
            }
            CountDownLatch done = new CountDownLatch(2);
            long[] start = new long[2];
            long[] end = new long[2];
            Runnable listener = () -> {
                end[0] = System.nanoTime();
                end[1] = threads.getCurrentThreadCpuTime();
                done.countDown();
            };
            int step = i;
            Platform.runLater(() -> {
                scene.addPostLayoutPulseListener(listener);
                start[0] = System.nanoTime();
                start[1] = threads.getCurrentThreadCpuTime();
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
                cpu.add(ms(end[1] - start[1]));
            }
        }
        double renderCpu = ms(threadCpuNanos(threads, renderer) - renderStart) / frames;
        return new Frames(sorted(times), sorted(cpu), renderCpu);
    }

    /** The toolkit's render thread, or -1 if there is none by that name (then its CPU reads as 0). */
    private static long rendererThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private static long threadCpuNanos(ThreadMXBean threads, long id) {
        return id < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(id));
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static String frameLine(String what, Frames frames) {
        double[] wall = frames.wall();
        double[] cpu = frames.fxCpu();
        return String.format("%-36s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d frames; FX thread CPU median"
                        + " %.2f ms, p95 %.2f ms; render thread CPU %.2f ms a frame)%n", what + ":", wall[wall.length / 2],
                p95(wall), wall[wall.length - 1], wall.length, cpu[cpu.length / 2], p95(cpu), frames.renderCpuMean());
    }

    private static double p95(double[] sorted) {
        return sorted[(int) (sorted.length * 0.95)];
    }

    /**
     * The CPU time of every thread of the process so far (toolkit, renderer, readers, JIT, GC): the work done to the first
     * picture, which a busy machine stretches in wall time but does not change.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

}
