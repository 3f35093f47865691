package io.strikeline.ui.map;

import io.strikeline.geo.Projection;
import io.strikeline.ui.state.BuiltAhead;
import io.strikeline.ui.state.EventCatalog;
import java.util.function.IntConsumer;

/**
 * The catalog's located events projected once and bucketed in a uniform grid over projected
 * coordinates, so a viewport query touches only the cells it overlaps. Built once per catalog,
 * immutable, addressed by catalog index like {@link io.strikeline.ui.state.EventSet}.
 */
public final class EventIndex {

    /** Enough cells that a zoomed-in query skips almost everything, few enough to stay small. */
    private static final int MAX_CELLS_PER_SIDE = 256;

    /** One index built ahead, off the FX thread, for the catalog a map is about to show. */
    private static final BuiltAhead<EventIndex> PREPARED = new BuiltAhead<>();

    private final EventCatalog catalog;
    private final Projection projection;
    private final double[] xs;
    private final double[] ys;
    /** Type ordinal and casualties per catalog index: clustering reads these instead of chasing Event objects. */
    private final byte[] types;
    private final int[] casualties;
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] members;
    private final int located;

    /**
     * Builds the index of {@code catalog} on the calling thread (a reading thread), so that the map that shows the
     * catalog next takes it instead of building it on the FX thread. A plain class, not the view: a reading thread
     * that initialised the view's JavaFX classes could meet the FX thread initialising them too.
     */
    public static void prepare(EventCatalog catalog) {
        PREPARED.offer(new EventIndex(catalog, MapViewport.home(1, 1).projection()));
    }

    /** The index of {@code catalog}: the one prepared for it (taken, so it is not held after), else built now. */
    static EventIndex of(EventCatalog catalog, Projection projection) {
        EventIndex ready = PREPARED.take(index -> index.catalog == catalog && index.projection.equals(projection));
        return ready != null ? ready : new EventIndex(catalog, projection);
    }

    /** The catalog of the index built ahead and not yet taken, or null. */
    static EventCatalog waitingFor() {
        EventIndex ready = PREPARED.waiting();
        return ready == null ? null : ready.catalog;
    }

    EventIndex(EventCatalog catalog, Projection projection) {
        this.catalog = catalog;
        this.projection = projection;
        int n = catalog.size();
        xs = new double[n];
        ys = new double[n];
        types = new byte[n];
        casualties = new int[n];
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (int i = 0; i < n; i++) {
            types[i] = (byte) catalog.typeOrdinal(i);
            casualties[i] = catalog.casualties(i);
            if (!Double.isNaN(catalog.lat(i))) {
                xs[i] = projection.x(catalog.lon(i));
                ys[i] = projection.y(catalog.lat(i));
                x0 = Math.min(x0, xs[i]);
                y0 = Math.min(y0, ys[i]);
                x1 = Math.max(x1, xs[i]);
                y1 = Math.max(y1, ys[i]);
                count++;
            } else {
                xs[i] = Double.NaN;
                ys[i] = Double.NaN;
            }
        }
        located = count;
        if (count == 0) {
            x0 = 0;
            y0 = 0;
            x1 = 1;
            y1 = 1;
        }
        minX = x0;
        minY = y0;
        cellSize = Math.max(1, Math.max(x1 - x0, y1 - y0) / MAX_CELLS_PER_SIDE);
        columns = (int) ((x1 - x0) / cellSize) + 1;
        rows = (int) ((y1 - y0) / cellSize) + 1;
        // Counting sort into compressed rows: cellStart[c]..cellStart[c+1] are the members of cell c.
        cellStart = new int[columns * rows + 1];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(xs[i])) {
                cellStart[cell(xs[i], ys[i]) + 1]++;
            }
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        members = new int[count];
        int[] fill = cellStart.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(xs[i])) {
                members[fill[cell(xs[i], ys[i])]++] = i;
            }
        }
    }

    EventCatalog catalog() {
        return catalog;
    }

    Projection projection() {
        return projection;
    }

    /** Projected x of the event at this catalog index; NaN when it is not located. */
    double x(int catalogIndex) {
        return xs[catalogIndex];
    }

    double y(int catalogIndex) {
        return ys[catalogIndex];
    }

    int typeOrdinal(int catalogIndex) {
        return types[catalogIndex];
    }

    int casualties(int catalogIndex) {
        return casualties[catalogIndex];
    }

    int locatedCount() {
        return located;
    }

    /** Calls back every located catalog index in the cells overlapping the projected box (a superset of the box). */
    void forEachNear(double x0, double y0, double x1, double y1, IntConsumer action) {
        int[] box = cellBox(x0, y0, x1, y1);
        for (int r = box[2]; r <= box[3]; r++) {
            for (int k = cellStart[r * columns + box[0]]; k < cellStart[r * columns + box[1] + 1]; k++) {
                action.accept(members[k]);
            }
        }
    }

    /** How many located events the cells overlapping the projected box hold (what {@link #forEachNear} would visit). */
    int countNear(double x0, double y0, double x1, double y1) {
        int[] box = cellBox(x0, y0, x1, y1);
        int count = 0;
        for (int r = box[2]; r <= box[3]; r++) {
            count += cellStart[r * columns + box[1] + 1] - cellStart[r * columns + box[0]];
        }
        return count;
    }

    /**
     * The cells overlapping the projected box as ranges of {@link #memberAt} positions, {@code [from, to)} pairs one
     * after the other; each cell's members are in ascending catalog index.
     */
    int[] cellRangesNear(double x0, double y0, double x1, double y1) {
        int[] box = cellBox(x0, y0, x1, y1);
        int[] ranges = new int[Math.max(0, 2 * (box[3] - box[2] + 1) * (box[1] - box[0] + 1))];
        int n = 0;
        for (int r = box[2]; r <= box[3]; r++) {
            for (int c = box[0]; c <= box[1]; c++) {
                ranges[n++] = cellStart[r * columns + c];
                ranges[n++] = cellStart[r * columns + c + 1];
            }
        }
        return ranges;
    }

    /** The catalog index at this position of the cells' member list (see {@link #cellRangesNear}). */
    int memberAt(int position) {
        return members[position];
    }

    /**
     * The columns and rows of the cells overlapping the projected box: {@code {firstColumn, lastColumn, firstRow,
     * lastRow}}, an empty span ({@code lastRow < firstRow}) when the box misses the grid.
     */
    private int[] cellBox(double x0, double y0, double x1, double y1) {
        if (x1 < minX || y1 < minY || x0 > minX + columns * cellSize || y0 > minY + rows * cellSize) {
            return new int[] {0, -1, 0, -1};
        }
        return new int[] {clamp((int) Math.floor((x0 - minX) / cellSize), columns),
            clamp((int) Math.floor((x1 - minX) / cellSize), columns),
            clamp((int) Math.floor((y0 - minY) / cellSize), rows),
            clamp((int) Math.floor((y1 - minY) / cellSize), rows)};
    }

    private int cell(double x, double y) {
        int c = clamp((int) ((x - minX) / cellSize), columns);
        int r = clamp((int) ((y - minY) / cellSize), rows);
        return r * columns + c;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
