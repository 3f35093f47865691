package io.strikeline.ui.state;

import io.strikeline.model.Curation;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import io.strikeline.store.OutlineColumns;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Outline events in catalog order, each made from the columns when asked for: a view asks for a few (the list's
 * visible rows, the selected event), so a million outlines need no million objects. Events are records, so the one
 * made twice for an index is equal to itself. Text fields are null, as in any outline.
 */
final class OutlineEvents extends AbstractList<Event> implements RandomAccess {

    private static final DatePrecision[] PRECISIONS = DatePrecision.values();
    private static final EventType[] TYPES = EventType.values();
    private static final Origin[] ORIGINS = Origin.values();
    private static final Curation[] CURATIONS = new Curation[ReviewStatus.values().length];

    static {
        for (ReviewStatus status : ReviewStatus.values()) {
            CURATIONS[status.ordinal()] = status == ReviewStatus.UNREVIEWED ? Curation.NONE
                    : new Curation(status, null, List.of(), Set.of());
        }
    }

    private final OutlineColumns columns;
    /** The row of the columns at each index, or null for the columns' own order. */
    private final int[] rows;

    OutlineEvents(OutlineColumns columns, int[] rows) {
        this.columns = columns;
        this.rows = rows;
    }

    @Override
    public Event get(int index) {
        int row = rows == null ? index : rows[index];
        byte precision = columns.precision(row);
        EventDate date = precision == OutlineColumns.UNDATED ? null
                : new EventDate(LocalDate.ofEpochDay(columns.startDay(row)), LocalDate.ofEpochDay(columns.endDay(row)),
                        PRECISIONS[precision]);
        double lat = columns.lat(row);
        boolean located = !Double.isNaN(lat);
        return new Event(columns.id(row), TYPES[columns.type(row)], date, null, located ? lat : null,
                located ? columns.lon(row) : null, null, null, null, null, count(columns.killed(row)), null,
                count(columns.injured(row)), null, columns.confidence(row), ORIGINS[columns.origin(row)],
                CURATIONS[columns.status(row)]);
    }

    @Override
    public int size() {
        return rows == null ? columns.size() : rows.length;
    }

    private static Integer count(int figure) {
        return figure == OutlineColumns.NOT_GIVEN ? null : figure;
    }
}
