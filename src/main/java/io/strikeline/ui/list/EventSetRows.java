package io.strikeline.ui.list;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventSet;
import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's rows in date order as a read-only view of the shown {@link EventSet}, with no copy of the events
 * however many there are. Showing another set of the same catalog reports only the rows that left or came, as
 * separate removals and additions ({@link RowChanges}): a "replaced" change makes the table's skin rebuild every
 * cell (each is emptied and filled again, so every row is restyled on every brushing frame, even when the rows in
 * sight stay the same).
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
        RowChanges changes = old.catalog() == events.catalog() ? RowChanges.between(this, old, events) : null;
        if (changes != null) {
            if (!changes.isEmpty()) {
                fireChange(changes);
            }
            return;
        }
        beginChange(); // another catalog: the same positions may hold other events
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

    /** The members from position {@code from} to {@code to} of a set, as a list that copies nothing. */
    static List<Event> view(EventSet set, int from, int to) {
        return new AbstractList<>() {
            @Override
            public Event get(int index) {
                return set.eventAt(from + index);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    private static List<Event> view(EventSet set) {
        return view(set, 0, set.size());
    }
}
