package io.strikeline.ui.list;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's rows in date order as a read-only view of the shown {@link EventSet}: showing another set is one
 * "everything replaced" change, with no copy of the events, however many there are (a brushed window of thousands
 * or the whole million).
 */
final class EventSetRows extends ObservableListBase<Event> {

    private EventSet shown;

    EventSetRows(EventSet initial) {
        this.shown = initial;
    }

    void show(EventSet events) {
        EventSet old = shown;
        shown = events;
        if (old.size() == 0 && events.size() == 0) {
            return;
        }
        beginChange();
        nextReplace(0, events.size(), view(old));
        endChange();
    }

    @Override
    public Event get(int index) {
        return shown.eventAt(index);
    }

    @Override
    public int size() {
        return shown.size();
    }

    private static List<Event> view(EventSet set) {
        return new AbstractList<>() {
            @Override
            public Event get(int index) {
                return set.eventAt(index);
            }

            @Override
            public int size() {
                return set.size();
            }
        };
    }
}
