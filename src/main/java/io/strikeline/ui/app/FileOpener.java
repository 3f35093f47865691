package io.strikeline.ui.app;

import io.strikeline.store.StoreException;
import io.strikeline.ui.map.EventIndex;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.timeline.TimelineIndex;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Opens a database for the main window. Reading starts as soon as the file is known ({@link #startReading}), on a
 * thread of its own, so it runs while the toolkit starts and the window is built; the window then takes the reading
 * over ({@link #open}). A large file comes in two steps: its events' outlines (all the map and timeline draw, read
 * in a fraction of the time), then, once their picture is drawn, the whole events.
 */
final class FileOpener {

    /** From this many event ids on, a file shows its events' outlines first (below it, whole events come as fast). */
    static final int OUTLINES_FIRST = 50_000;
    /** The longest the whole events wait for the outlines' first picture. */
    private static final int FIRST_PICTURE_WAIT_SECONDS = 10;

    /** What the window does with what is read; every call comes on the FX thread. */
    interface Shows {
        /** Shows a session's catalog: its events' outlines only, or the whole events. */
        void show(ViewerSession session, EventCatalog catalog, boolean outlinesOnly);

        /** The file could not be opened or read; the file open before (if any) stays. */
        void cannotOpen(String message);

        /** SQLite's whole-file check, put off at opening, found the file damaged. */
        void damaged(ViewerSession session, String message);
    }

    /** A file being read: its session and its first catalog (a large file's outlines, else its whole events). */
    static final class Reading {
        private final Path file;
        private CompletableFuture<First> first;

        private Reading(Path file, CompletableFuture<First> first) {
            this.file = file;
            this.first = first;
        }

        Path file() {
            return file;
        }

        /** The first catalog, once: the reading lets go of it, so a large file's outlines do not outlive their use. */
        private synchronized CompletableFuture<First> take() {
            CompletableFuture<First> taken = first;
            if (taken == null) {
                throw new IllegalStateException("the reading of " + file + " is shown already");
            }
            first = null;
            return taken;
        }
    }

    private record First(ViewerSession session, EventCatalog catalog, boolean outlinesOnly) {}

    private final ExecutorService background;
    private final Supplier<Scene> scene;
    private final Shows shows;

    /** {@code background}: the window's database thread, which the session is handed to. */
    FileOpener(ExecutorService background, Supplier<Scene> scene, Shows shows) {
        this.background = background;
        this.scene = scene;
        this.shows = shows;
    }

    /** Opens the file and reads its first catalog on a new thread, from now on. */
    static Reading startReading(Path db, MainWindow.OpenMode mode) {
        CompletableFuture<First> first = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                first.complete(readFirst(db, mode));
            } catch (RuntimeException e) {
                first.completeExceptionally(e);
            }
        }, "strikeline-open");
        reader.setDaemon(true);
        reader.start();
        return new Reading(db, first);
    }

    private static First readFirst(Path db, MainWindow.OpenMode mode) {
        ViewerSession opened = mode == MainWindow.OpenMode.VIEW_ONLY ? ViewerSession.openReadOnly(db)
                : ViewerSession.open(db, mode == MainWindow.OpenMode.SAMPLE);
        try {
            // the id bound, not a count: counting scans every event row and would hold the first picture up
            if (opened.eventBound() >= OUTLINES_FIRST) {
                return new First(opened, prepared(EventCatalog.ofOutlines(opened.outlines())), true);
            }
            return new First(opened, prepared(EventCatalog.of(opened.events())), false);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * The catalog, with the map's index and the timeline's lanes built for it here, on two threads, so that showing it
     * on the FX thread finds them ready.
     */
    private static EventCatalog prepared(EventCatalog catalog) {
        CompletableFuture<Void> map = CompletableFuture.runAsync(() -> EventIndex.prepare(catalog));
        TimelineIndex.prepare(catalog);
        map.join();
        return catalog;
    }

    /** Shows what the reading brings, in order, from the window's database thread. */
    void open(Reading reading) {
        background.submit(() -> {
            try {
                Shown first = showFirst(reading);
                if (first.outlinesOnly()) {
                    CountDownLatch drawn = new CountDownLatch(1);
                    Platform.runLater(() -> afterNextFrame(drawn::countDown));
                    // the whole events wait for the first picture: read beside it, they would take its cores
                    awaitQuietly(drawn);
                    EventCatalog catalog = prepared(EventCatalog.of(first.session().events()));
                    Platform.runLater(() -> shows.show(first.session(), catalog, false));
                }
                checkBeforeEditing(first.session());
            } catch (CompletionException | StoreException e) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                Platform.runLater(() -> shows.cannotOpen(cause.getMessage()));
            }
        });
    }

    private record Shown(ViewerSession session, boolean outlinesOnly) {}

    /** Waits for the first catalog and hands it to the window; only the window keeps it (the outlines are large). */
    private Shown showFirst(Reading reading) {
        First first = reading.take().join();
        Platform.runLater(() -> shows.show(first.session(), first.catalog(), first.outlinesOnly()));
        return new Shown(first.session(), first.outlinesOnly());
    }

    /** The whole-file check put off at opening: a damaged file is shown, but editing goes off and the analyst is told. */
    private void checkBeforeEditing(ViewerSession opened) {
        try {
            opened.checkNotDamaged();
        } catch (StoreException e) {
            Platform.runLater(() -> shows.damaged(opened, e.getMessage()));
        }
    }

    /** Runs {@code action} once the window has drawn the next frame (at once when it is not on a screen). */
    private void afterNextFrame(Runnable action) {
        Scene shown = scene.get();
        if (shown == null) {
            action.run();
            return;
        }
        // the first pulse lays the views out for the new catalog, the second has drawn them
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == 2) {
                shown.removePostLayoutPulseListener(listener[0]);
                action.run();
            }
        };
        shown.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            // a window that draws no frame (minimised, hidden) holds the load up this long at most
            latch.await(FIRST_PICTURE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
