package io.strikeline.ui.timeline;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import io.strikeline.ui.state.ViewState;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Shows the timeline in a window, or with {@code --png FILE} renders it offscreen to a PNG and exits.
 * Arguments: {@code [sample|COUNT] [--png FILE] [--brush] [--perpetrator] [--range FROM TO]} (ISO days).
 */
public final class TimelineDemo {

    private TimelineDemo() {}

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "100000";
        String png = null;
        boolean brush = false;
        boolean perpetrator = false;
        TimeWindow range = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--png" -> png = args[++i];
                case "--brush" -> brush = true;
                case "--perpetrator" -> perpetrator = true;
                case "--range" -> range = TimeWindow.ofDays(LocalDate.parse(args[++i]), LocalDate.parse(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Event> events = what.equals("sample")
                ? SyntheticEvents.sample()
                : SyntheticEvents.generate(Integer.parseInt(what), 7);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        String out = png;
        boolean withBrush = brush;
        boolean byPerpetrator = perpetrator;
        TimeWindow visible = range;
        Platform.runLater(() -> {
            ViewState state = new ViewState();
            TimelineView view = new TimelineView(state);
            Stage stage = new Stage();
            stage.setTitle("Strikeline timeline demo");
            stage.setScene(new Scene(view, 1400, 240));
            stage.show();
            state.catalogProperty().set(EventCatalog.of(events));
            if (byPerpetrator) {
                view.setLaneMode(LaneMode.BY_PERPETRATOR);
            }
            if (withBrush) {
                LocalDate from = events.size() < 20 ? LocalDate.of(2020, 2, 1) : LocalDate.of(2016, 3, 1);
                state.timeWindowProperty().set(TimeWindow.ofDays(from, from.plusMonths(events.size() < 20 ? 9 : 14)));
                state.hoveredProperty().set(state.catalogProperty().get().get(events.size() < 20 ? 1 : 40_000));
                state.selectedProperty().set(state.catalogProperty().get().get(events.size() < 20 ? 3 : 40_010));
            }
            if (visible != null) {
                view.setVisibleRange(visible);
            }
            if (out != null) {
                // let two pulses draw the dirty layers before taking the picture
                Platform.runLater(() -> Platform.runLater(() -> {
                    view.drawDirty();
                    WritableImage image = view.snapshot(null, null);
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    Platform.exit();
                }));
            }
        });
    }
}
