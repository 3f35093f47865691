package io.strikeline.ui.app;

import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.store.EventStore;
import io.strikeline.ui.state.EventDetails;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An open database in the viewer: read-only, with every event loaded. The store is not thread-safe,
 * so all access goes through this object's lock; callers run it off the FX thread.
 */
final class ViewerSession implements AutoCloseable {

    private final EventStore store;
    private final List<Event> events;

    private ViewerSession(EventStore store, List<Event> events) {
        this.store = store;
        this.events = events;
    }

    /** Opens a database read-only and loads its events; throws StoreException naming the file on failure. */
    static ViewerSession open(Path db) {
        EventStore store = EventStore.openReadOnly(db);
        try {
            return new ViewerSession(store, store.events());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    Path file() {
        return store.file();
    }

    List<Event> events() {
        return events;
    }

    synchronized EventDetails details(Event event) {
        List<EventDetails.Source> sources = new ArrayList<>();
        for (EventSource link : store.sources(event.id())) {
            sources.add(new EventDetails.Source(store.article(link.articleId()), link, store.mentions(link.articleId())));
        }
        return new EventDetails(event, sources);
    }

    synchronized Set<Long> search(String query) {
        return store.eventIdsMatching(query);
    }

    synchronized Map<Long, List<Citation>> citations() {
        return store.citations();
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
