package io.strikeline.ui.app;

import atlantafx.base.theme.PrimerLight;
import io.strikeline.model.Event;
import io.strikeline.ui.briefing.Fx;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.TimeWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the main window offscreen to a PNG, with no screen: JavaFX runs on the headless Monocle
 * platform. The same window code draws on screen and here, so a snapshot shows what the analyst sees.
 */
public final class Snapshot {

    /** What to show: the database, optional time window (inclusive days) and selected event id, and the size. */
    public record Request(Path db, Path out, LocalDate from, LocalDate to, Long selectId, int width, int height) {}

    private Snapshot() {}

    /** Must run before anything starts the JavaFX toolkit in this process; the virtual screen must hold the window. */
    public static void useHeadlessPlatform(int width, int height) {
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    /** Renders and writes the PNG; returns a one-line description of what was drawn. */
    public static String render(Request request) throws IOException {
        ViewerSession session = ViewerSession.openReadOnly(request.db());
        EventCatalog catalog = EventCatalog.of(session.events());
        Event selected = null;
        if (request.selectId() != null) {
            int index = catalog.indexOf(request.selectId());
            if (index < 0) {
                session.close();
                throw new IllegalArgumentException("no event with id " + request.selectId() + " in " + request.db());
            }
            selected = catalog.get(index);
        }
        startToolkit();
        Event toSelect = selected;
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                MainWindow window = new MainWindow();
                Stage stage = new Stage();
                stage.setScene(new Scene(window.root(), request.width(), request.height()));
                stage.show();
                window.show(session, catalog);
                if (request.from() != null || request.to() != null) {
                    LocalDate from = request.from() != null ? request.from() : LocalDate.of(1900, 1, 1);
                    LocalDate to = request.to() != null ? request.to() : LocalDate.of(2100, 1, 1);
                    window.state().timeWindowProperty().set(TimeWindow.ofDays(from, to));
                }
                window.state().selectedProperty().set(toSelect);
                shown.complete(window);
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        MainWindow window = await(shown);
        // Give the article pane time to load its text in the background and the canvases a few pulses to draw.
        settle(1500);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(window.root().getScene().snapshot(null)));
        BufferedImage pixels = SwingFXUtils.fromFXImage(await(image), null);
        ImageIO.write(pixels, "png", request.out().toFile());
        Platform.runLater(window::close);
        return String.format("%s: %,d events, %dx%d%s", request.out(), catalog.size(), request.width(), request.height(),
                toSelect == null ? "" : ", event " + toSelect.id() + " selected");
    }

    static void startToolkit() {
        Fx.start();
    }

    private static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            CountDownLatch pulse = new CountDownLatch(1);
            Platform.runLater(pulse::countDown);
            try {
                pulse.await(5, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("rendering did not finish", e);
        }
    }
}
