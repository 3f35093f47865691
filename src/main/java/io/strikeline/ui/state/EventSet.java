package io.strikeline.ui.state;

import io.strikeline.model.Event;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/** An immutable subset of a catalog, as ascending catalog indexes; cheap to test membership. */
public final class EventSet {

    private final EventCatalog catalog;
    private final int[] indexes;
    private final BitSet members;

    EventSet(EventCatalog catalog, int[] ascendingIndexes) {
        this.catalog = catalog;
        this.indexes = ascendingIndexes;
        this.members = new BitSet(catalog.size());
        for (int i : ascendingIndexes) {
            members.set(i);
        }
    }

    public EventCatalog catalog() {
        return catalog;
    }

    public int size() {
        return indexes.length;
    }

    /** The catalog index of the k-th member, in date order. */
    public int indexAt(int k) {
        return indexes[k];
    }

    public Event eventAt(int k) {
        return catalog.get(indexes[k]);
    }

    public boolean containsIndex(int catalogIndex) {
        return catalogIndex >= 0 && members.get(catalogIndex);
    }

    public boolean contains(Event event) {
        return event != null && containsIndex(catalog.indexOf(event.id()));
    }

    public EventSet filter(IntPredicate keepCatalogIndex) {
        return new EventSet(catalog, Arrays.stream(indexes).filter(keepCatalogIndex).toArray());
    }
}
