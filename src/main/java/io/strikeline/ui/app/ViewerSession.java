package io.strikeline.ui.app;

import io.strikeline.editing.EditResult;
import io.strikeline.editing.EditService;
import io.strikeline.editing.EditableField;
import io.strikeline.editing.HistoryLines;
import io.strikeline.ingest.IngestReport;
import io.strikeline.ingest.IngestService;
import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import io.strikeline.model.Scene;
import io.strikeline.store.EventStore;
import io.strikeline.store.OutlineColumnReader;
import io.strikeline.store.OutlineColumns;
import io.strikeline.store.SceneStore;
import io.strikeline.ui.briefing.SceneLibrary;
import io.strikeline.store.StoreException;
import io.strikeline.ui.state.EventDetails;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An open database in the viewer and its events (unordered: {@code EventCatalog.of} sorts them).
 * Writable when the file allows it and no other viewer edits it ({@link WriteLock}); otherwise read-only with
 * the reason shown to the analyst.
 * The store is not thread-safe, so all access goes through this object's lock; callers run it off the FX thread.
 */
final class ViewerSession implements AutoCloseable, SceneLibrary {

    private static final int LOAD_CONNECTIONS = 2;

    private final EventStore store;
    private final String readOnlyReason;
    private final WriteLock lock;
    private EditService editing;
    private List<Event> events;

    private ViewerSession(EventStore store, String readOnlyReason, WriteLock lock) {
        this.store = store;
        this.readOnlyReason = readOnlyReason;
        this.lock = lock;
    }

    /** Every live event in no order (the catalog sorts them), read on two connections so two cores share the rows. */
    private List<Event> loadEvents() {
        return store.eventsUnordered(LOAD_CONNECTIONS);
    }

    /**
     * Opens a database for editing when it can be, else read-only; events load on demand. Throws StoreException
     * naming the file when it cannot be read at all. {@code sample} marks the bundled sample, never edited.
     */
    static ViewerSession open(Path db, boolean sample) {
        String reason = sample ? "This is the bundled sample." : WriteLock.whyNotWritable(db);
        WriteLock lock = null;
        if (reason == null) {
            lock = WriteLock.tryAcquire(db);
            if (lock == null) {
                reason = "Another Strikeline window is editing this file.";
            }
        }
        EventStore store = null;
        try {
            if (reason == null) {
                try {
                    store = EventStore.openCheckingBeforeFirstWrite(db); // checked while the analyst looks
                } catch (StoreException e) {
                    if (e.readOnlyReason() == null) {
                        throw e;
                    }
                    reason = e.readOnlyReason();
                }
            }
            if (store == null) {
                store = EventStore.openReadOnly(db);
            }
            return new ViewerSession(store, reason, reason == null ? lock : null);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            if (lock != null) {
                lock.release();
            }
            throw e;
        } finally {
            if (reason != null && lock != null) {
                lock.release();
            }
        }
    }

    /** Opens a database only to look at it (snapshot, benchmark): never writes, never migrates. */
    static ViewerSession openReadOnly(Path db) {
        EventStore store = EventStore.openReadOnly(db);
        try {
            return new ViewerSession(store, "Opened to render, not to edit.", null);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * SQLite's check of every page, put off at opening so the events show at once; throws StoreException when the
     * file is damaged (no write will then reach it). Runs on its own connection: it takes no lock of the session.
     */
    void checkNotDamaged() {
        store.checkNotDamaged();
    }

    Path file() {
        return store.file();
    }

    /** Why the file is open read-only, or null when it is open for editing. */
    @Override
    public String readOnlyReason() {
        return readOnlyReason;
    }

    Path migrationBackup() {
        return store.migrationBackup();
    }

    /** Every live event, read on the first call (the window draws their outlines meanwhile). */
    synchronized List<Event> events() {
        if (events == null) {
            events = loadEvents();
        }
        return events;
    }

    /** At least as many as the live events of the file, read at once (counting them scans every event). */
    synchronized long eventBound() {
        return store.largestEventId();
    }

    /** What the map and timeline draw of every live event, without its text fields; read again on each call. */
    synchronized OutlineColumns outlines() {
        return OutlineColumnReader.read(store, LOAD_CONNECTIONS);
    }

    synchronized List<Event> reloadEvents() {
        events = loadEvents();
        return events;
    }

    synchronized EventDetails details(Event event) {
        List<EventDetails.Source> sources = new ArrayList<>();
        for (EventSource link : store.sources(event.id())) {
            sources.add(new EventDetails.Source(store.article(link.articleId()), link, store.mentions(link.articleId())));
        }
        return new EventDetails(event, sources);
    }

    @Override
    public synchronized Set<Long> search(String query) {
        return store.eventIdsMatching(query);
    }

    @Override
    public synchronized Map<Long, List<Citation>> citations() {
        return store.citations();
    }

    /** Writes a complete copy of the file (even one open read-only) for the analyst to edit. */
    synchronized void saveCopy(Path target) {
        store.saveCopy(target);
    }

    // ---- scenes: read from any file, saved only to one open for editing (and so upgraded to schema 3) ----

    @Override
    public synchronized List<Scene> scenes() {
        return new SceneStore(store).list();
    }

    @Override
    public synchronized Scene saveScene(Scene scene) {
        editing();
        return new SceneStore(store).save(scene);
    }

    @Override
    public synchronized void renameScene(String from, String to) {
        editing();
        new SceneStore(store).rename(from, to);
    }

    @Override
    public synchronized void deleteScene(String name) {
        editing();
        new SceneStore(store).delete(name);
    }

    @Override
    public synchronized void reorderScenes(List<String> names) {
        editing();
        new SceneStore(store).reorder(names);
    }

    // ---- editing: each call one logged change ---------------------------------------------------

    private EditService editing() {
        if (readOnlyReason != null) {
            throw new StoreException(store.file() + " is open read-only: " + readOnlyReason);
        }
        if (editing == null) {
            editing = EditService.standard(store);
        }
        return editing;
    }

    synchronized EditResult edit(long eventId, Map<EditableField, String> values) {
        return editing().edit(eventId, values);
    }

    synchronized EditResult setStatus(long eventId, ReviewStatus status) {
        return editing().setStatus(eventId, status);
    }

    synchronized EditResult merge(long into, Collection<Long> others) {
        return editing().merge(into, others);
    }

    synchronized EditResult split(long eventId, long articleId) {
        return editing().split(eventId, articleId);
    }

    synchronized EditResult create(Map<EditableField, String> values, Long articleId, Span sentence) {
        return editing().create(values, articleId, sentence);
    }

    synchronized Map<EditableField, String> propose(long articleId, Span sentence) {
        return editing().proposeFromSentence(articleId, sentence);
    }

    synchronized EditResult undo() {
        return editing().undo();
    }

    synchronized EditResult redo() {
        return editing().redo();
    }

    synchronized List<String> history(long eventId) {
        if (readOnlyReason != null && store.schemaVersion() < 2) {
            return List.of();
        }
        return store.read(() -> store.changes().history(eventId)).stream().map(HistoryLines::format).toList();
    }

    /** Ingests files and folders in one transaction; a cancelled batch leaves the file as it was. */
    synchronized IngestReport ingest(List<Path> paths, IngestService.Progress progress) {
        editing();
        IngestReport report = IngestService.standard(store).ingest(paths, null, progress);
        events = loadEvents();
        return report;
    }

    @Override
    public synchronized void close() {
        try {
            store.close();
        } finally {
            if (lock != null) {
                lock.release();
            }
        }
    }
}
