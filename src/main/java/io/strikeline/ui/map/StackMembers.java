package io.strikeline.ui.map;

import io.strikeline.model.Event;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The newest few visible events of a stack, read from the index without visiting all its members. Catalog indexes
 * are in (start day, id) order with undated events last, and each index cell lists its members in that order, so
 * walking the stack's cells from their newest dated member down (a merge of the few cells the stack overlaps) meets
 * the events newest day first and stops once the picker is full; undated events, shown last, are read from the start
 * of their range up.
 */
final class StackMembers {

    /** The events to show, newest first (ids ascending within a day, undated last), and the stack's size. */
    record Stack(List<Event> newest, int total) {}

    private final EventIndex index;
    private final EventSet visible;
    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;

    private StackMembers(EventIndex index, EventSet visible, Cluster c) {
        this.index = index;
        this.visible = visible;
        // The cluster's extent with a little room, so members on its edge are not lost to rounding.
        double slack = 1e-6 + 0.001 * Math.max(c.maxX() - c.minX(), c.maxY() - c.minY());
        x0 = c.minX() - slack;
        y0 = c.minY() - slack;
        x1 = c.maxX() + slack;
        y1 = c.maxY() + slack;
    }

    /** At most {@code limit} of the visible located events inside the cluster's extent; the total is its count. */
    static Stack of(EventIndex index, EventSet visible, Cluster c, int limit) {
        return new StackMembers(index, visible, c).newest(limit, c.count());
    }

    private Stack newest(int limit, int total) {
        EventCatalog catalog = index.catalog();
        int[] ranges = index.cellRangesNear(x0, y0, x1, y1);
        int undated = firstUndated(catalog);
        List<Event> out = new ArrayList<>(limit);
        addNewestDated(catalog, ranges, undated, limit, out);
        addUndated(catalog, ranges, undated, limit, out);
        // the marker's count; never fewer than listed (a neighbour's member may sit on the extent's edge)
        return new Stack(out, Math.max(total, out.size()));
    }

    /** Dated members from the newest down until {@code limit} are found and their last day is complete. */
    private void addNewestDated(EventCatalog catalog, int[] ranges, int undated, int limit, List<Event> out) {
        int cells = ranges.length / 2;
        int[] next = new int[cells]; // one past the next position to read, walking down
        for (int k = 0; k < cells; k++) {
            next[k] = lowerBound(ranges[2 * k], ranges[2 * k + 1], undated);
        }
        List<Integer> found = new ArrayList<>();
        long lastDay = Long.MIN_VALUE;
        while (true) {
            int best = -1;
            for (int k = 0; k < cells; k++) {
                if (next[k] > ranges[2 * k] && (best < 0 || index.memberAt(next[k] - 1) > index.memberAt(next[best] - 1))) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            int i = index.memberAt(--next[best]);
            if (found.size() >= limit && catalog.startMillis(i) != lastDay) {
                break;
            }
            if (inStack(i)) {
                found.add(i);
                lastDay = catalog.startMillis(i);
            }
        }
        // found runs newest index first; within a day the picker lists ids ascending
        for (int end = 0; end < found.size() && out.size() < limit; ) {
            int start = end;
            long day = catalog.startMillis(found.get(start));
            while (end < found.size() && catalog.startMillis(found.get(end)) == day) {
                end++;
            }
            List<Integer> run = found.subList(start, end);
            Collections.reverse(run);
            for (int j = 0; j < run.size() && out.size() < limit; j++) {
                out.add(catalog.get(run.get(j)));
            }
        }
    }

    /** Undated members in index order, until {@code limit} events are listed in all. */
    private void addUndated(EventCatalog catalog, int[] ranges, int undated, int limit, List<Event> out) {
        int cells = ranges.length / 2;
        int[] next = new int[cells];
        for (int k = 0; k < cells; k++) {
            next[k] = lowerBound(ranges[2 * k], ranges[2 * k + 1], undated);
        }
        while (out.size() < limit) {
            int best = -1;
            for (int k = 0; k < cells; k++) {
                if (next[k] < ranges[2 * k + 1] && (best < 0 || index.memberAt(next[k]) < index.memberAt(next[best]))) {
                    best = k;
                }
            }
            if (best < 0) {
                return;
            }
            int i = index.memberAt(next[best]++);
            if (inStack(i)) {
                out.add(catalog.get(i));
            }
        }
    }

    private boolean inStack(int i) {
        double x = index.x(i);
        double y = index.y(i);
        return x >= x0 && x <= x1 && y >= y0 && y <= y1 && visible.containsIndex(i);
    }

    /** The first position in {@code [from, to)} whose catalog index is at least {@code catalogIndex}. */
    private int lowerBound(int from, int to, int catalogIndex) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index.memberAt(mid) < catalogIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first catalog index of an undated event (they sort last), or the catalog's size. */
    private static int firstUndated(EventCatalog catalog) {
        int lo = 0;
        int hi = catalog.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (catalog.startMillis(mid) < Long.MAX_VALUE) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
