package io.strikeline.ui.state;

import io.strikeline.model.Event;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/** An immutable subset of a catalog, as ascending catalog indexes; cheap to test membership. */
public final class EventSet {

    private final EventCatalog catalog;
    private final int[] indexes;
    // Built on the first membership test: brushing makes a set per frame, and most are only iterated.
    private BitSet members;

    EventSet(EventCatalog catalog, int[] ascendingIndexes) {
        this.catalog = catalog;
        this.indexes = ascendingIndexes;
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

    /** The position k of this catalog index among the members, or -1. */
    public int positionOf(int catalogIndex) {
        int k = Arrays.binarySearch(indexes, catalogIndex);
        return k < 0 ? -1 : k;
    }

    /** How many members from position {@code k} on are the same as those of {@code other} from {@code otherK} on. */
    public int sameRun(int k, EventSet other, int otherK) {
        int most = Math.min(indexes.length - k, other.indexes.length - otherK);
        int differ = Arrays.mismatch(indexes, k, k + most, other.indexes, otherK, otherK + most);
        return differ < 0 ? most : differ;
    }

    public Event eventAt(int k) {
        return catalog.get(indexes[k]);
    }

    public boolean containsIndex(int catalogIndex) {
        if (catalogIndex < 0) {
            return false;
        }
        if (members == null) {
            BitSet bits = new BitSet(catalog.size());
            for (int i : indexes) {
                bits.set(i);
            }
            members = bits;
        }
        return members.get(catalogIndex);
    }

    public boolean contains(Event event) {
        return event != null && containsIndex(catalog.indexOf(event.id()));
    }

    /** True when {@code other} holds the same events of the same catalog. */
    public boolean sameAs(EventSet other) {
        return other == this || other.catalog == catalog && Arrays.equals(other.indexes, indexes);
    }

    public EventSet filter(IntPredicate keepCatalogIndex) {
        return filter(0, indexes.length, keepCatalogIndex);
    }

    /** The members that overlap the window; the catalog is in start order, so only a slice of members is tested. */
    public EventSet overlapping(TimeWindow window) {
        long end = window.end().toEpochMilli();
        long earliestStart = window.start().toEpochMilli() - catalog.longestSpanMillis();
        int from = firstStartingAtOrAfter(earliestStart);
        int to = firstStartingAtOrAfter(end);
        return filter(from, to, i -> catalog.overlaps(i, window));
    }

    private int firstStartingAtOrAfter(long millis) {
        int lo = 0;
        int hi = indexes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (catalog.startMillis(indexes[mid]) < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private EventSet filter(int fromK, int toK, IntPredicate keepCatalogIndex) {
        int[] kept = new int[Math.max(0, toK - fromK)];
        int n = 0;
        for (int k = fromK; k < toK; k++) {
            if (keepCatalogIndex.test(indexes[k])) {
                kept[n++] = indexes[k];
            }
        }
        return new EventSet(catalog, n == kept.length ? kept : Arrays.copyOf(kept, n));
    }
}
