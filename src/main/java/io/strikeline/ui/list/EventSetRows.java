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

    /** Shows another set of the same catalog, reporting the rows that left or came. */
    void show(EventSet events) {
        EventSet old = shown;
        if (old.catalog() != events.catalog()) {
            throw new IllegalArgumentException("a set of another catalog is shown with replaceUnseen");
        }
        shown = events;
        RowChanges changes = RowChanges.between(this, old, events);
        if (!changes.isEmpty()) {
            fireChange(changes);
        }
    }

    /**
     * Shows a set of another catalog without a change event, while no table shows these rows. A change would hand its
     * listeners a copy of every row that left: a million events, each made anew from an outline catalog's columns.
     */
    void replaceUnseen(EventSet events) {
        shown = events;
    }

    /** True when the rows are events of this set's catalog. */
    boolean sameCatalog(EventSet events) {
        return shown.catalog() == events.catalog();
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

}
