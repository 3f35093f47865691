package io.strikeline.store;

import java.time.Instant;

/**
 * One row of the append-only edit log: a column of an event set from one value to another, or (field
 * {@code source}) an evidence sentence moved between events. Rows of one analyst action share a change id.
 */
public record LogEntry(long id, long changeId, String action, long eventId, String field, String oldValue,
        String newValue, String sourceRef, Instant at, String user) {

    public boolean sourceMove() {
        return sourceRef != null;
    }

    /** The move this row made; only for {@link #sourceMove()} rows. */
    public SourceMove asSourceMove() {
        return SourceMove.parse(sourceRef, Long.parseLong(oldValue), Long.parseLong(newValue));
    }

    /** The column change this row made; only for rows that are no source move. */
    public ColumnChange asColumnChange() {
        return new ColumnChange(eventId, Column.fromSqlName(field), oldValue, newValue);
    }
}
