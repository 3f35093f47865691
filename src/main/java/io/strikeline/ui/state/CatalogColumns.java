package io.strikeline.ui.state;

import io.strikeline.model.Event;
import io.strikeline.model.ReviewStatus;
import io.strikeline.store.OutlineColumns;
import java.util.BitSet;
import java.util.List;

/**
 * What the views compute over every event, as one primitive array per field in catalog order. Built once per
 * catalog, off the FX thread; reading these instead of chasing a million Event objects (scattered in memory in
 * the order they were read) is what keeps the views' per-catalog work short.
 */
final class CatalogColumns {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    static final byte UNDATED = -1;

    final long[] startMillis;
    final long[] endMillis;
    final byte[] types;
    final byte[] precisions;
    final double[] lats;
    final double[] lons;
    final int[] casualties;
    final BitSet rejected;
    long longestSpanMillis;

    private CatalogColumns(int n) {
        startMillis = new long[n];
        endMillis = new long[n];
        types = new byte[n];
        precisions = new byte[n];
        lats = new double[n];
        lons = new double[n];
        casualties = new int[n];
        rejected = new BitSet(n);
    }

    CatalogColumns(List<Event> sorted) {
        this(sorted.size());
        int n = sorted.size();
        long longest = 0;
        for (int i = 0; i < n; i++) {
            Event e = sorted.get(i);
            types[i] = (byte) e.type().ordinal();
            if (e.date() == null) {
                startMillis[i] = Long.MAX_VALUE;
                endMillis[i] = Long.MIN_VALUE;
                precisions[i] = UNDATED;
            } else {
                startMillis[i] = e.date().start().toEpochDay() * MILLIS_PER_DAY;
                endMillis[i] = (e.date().end().toEpochDay() + 1) * MILLIS_PER_DAY;
                precisions[i] = (byte) e.date().precision().ordinal();
                longest = Math.max(longest, endMillis[i] - startMillis[i]);
            }
            lats[i] = e.located() ? e.lat() : Double.NaN;
            lons[i] = e.located() ? e.lon() : Double.NaN;
            casualties[i] = EventCatalog.casualties(e);
            rejected.set(i, e.rejected());
        }
        longestSpanMillis = longest;
    }

    /** The columns of outlines in catalog order: {@code rows[k]} is the outline at index k. */
    CatalogColumns(OutlineColumns outlines, int[] rows) {
        this(rows.length);
        byte rejectedStatus = (byte) ReviewStatus.REJECTED.ordinal();
        long longest = 0;
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            types[i] = outlines.type(row);
            precisions[i] = outlines.precision(row);
            if (precisions[i] == OutlineColumns.UNDATED) {
                precisions[i] = UNDATED;
                startMillis[i] = Long.MAX_VALUE;
                endMillis[i] = Long.MIN_VALUE;
            } else {
                startMillis[i] = outlines.startDay(row) * MILLIS_PER_DAY;
                endMillis[i] = (outlines.endDay(row) + 1L) * MILLIS_PER_DAY;
                longest = Math.max(longest, endMillis[i] - startMillis[i]);
            }
            lats[i] = outlines.lat(row);
            lons[i] = outlines.lon(row);
            casualties[i] = Math.max(outlines.killed(row), 0) + Math.max(outlines.injured(row), 0);
            if (outlines.status(row) == rejectedStatus) {
                rejected.set(i);
            }
        }
        longestSpanMillis = longest;
    }
}
