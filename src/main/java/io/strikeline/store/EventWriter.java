package io.strikeline.store;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * The write side of the store one event at a time (an event the analyst creates, a field changed by hand),
 * and the statements and bindings {@link ChunkWriter} shares for ingest's bulk writes. Confined to the
 * store's thread, like the store.
 */
public final class EventWriter {

    /** How many parameters {@link #bindEventFields} fills with the position. */
    static final int EVENT_FIELDS = 17;

    /** The id is bound too: NULL lets SQLite choose it, a chunk binds the id it reserved. */
    static final BulkInsert INSERT_EVENT = new BulkInsert("INSERT INTO events (id, event_type, date_start, date_end,"
            + " date_precision, place, lat, lon, location_precision, country, perpetrator, target, killed, killed_max, injured,"
            + " injured_max, confidence, origin, created_at, updated_at)", EVENT_FIELDS + 3);

    static final String UPDATE_EVENT = "UPDATE events SET event_type = ?, date_start = ?, date_end = ?, date_precision = ?,"
            + " place = ?, lat = ?, lon = ?, location_precision = ?, country = ?, perpetrator = ?, target = ?, killed = ?,"
            + " killed_max = ?, injured = ?, injured_max = ?, confidence = ?, origin = ?, updated_at = ? WHERE id = ?";

    /**
     * {@link #UPDATE_EVENT} without the date and position: for a change that keeps them (most of ingest's merges add
     * a source's casualty figures and confidence), which then leaves the date and position indexes alone. Rewriting
     * their entries made an update about three times the CPU of one without them (48,000 updates in the sqlite3 shell).
     */
    static final String UPDATE_EVENT_KEEPING_DATE_AND_POSITION = "UPDATE events SET event_type = ?, place = ?,"
            + " location_precision = ?, country = ?, perpetrator = ?, target = ?, killed = ?, killed_max = ?, injured = ?,"
            + " injured_max = ?, confidence = ?, origin = ?, updated_at = ? WHERE id = ?";

    private final EventStore store;
    private final StatementCache statements;

    EventWriter(EventStore store, StatementCache statements) {
        this.store = store;
        this.statements = statements;
    }

    /** Inserts an event (its id is ignored) and returns the new id. */
    public long insertEvent(Event e) {
        return store.query(() -> {
            try (PreparedStatement ps = statements.prepare(INSERT_EVENT.oneRow())) {
                bindInsert(ps, 0, null, e, Instant.now().toString());
                ps.executeUpdate();
            }
            // one cached statement; asking the driver for generated keys compiled a new query on every insert
            try (PreparedStatement ps = statements.prepare("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Replaces every field of an existing event (used by analyst edits; ingest's merges go through a chunk). */
    public void updateEvent(Event e) {
        store.query(() -> {
            try (PreparedStatement ps = statements.prepare(UPDATE_EVENT)) {
                bindUpdate(ps, e, Instant.now().toString());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(store.file() + ": no event with id " + e.id());
                }
                return null;
            }
        });
    }

    /** Binds a whole {@link #INSERT_EVENT} row from parameter {@code after + 1} on; a null {@code id} lets SQLite choose one. */
    static void bindInsert(PreparedStatement ps, int after, Long id, Event e, String now) throws SQLException {
        if (id == null) {
            ps.setNull(after + 1, Types.INTEGER);
        } else {
            ps.setLong(after + 1, id);
        }
        int last = bindEventFields(ps, after + 1, e);
        ps.setString(last + 1, now);
        ps.setString(last + 2, now);
    }

    /** Binds a whole {@link #UPDATE_EVENT} row. */
    static void bindUpdate(PreparedStatement ps, Event e, String now) throws SQLException {
        int last = bindEventFields(ps, 0, e);
        ps.setString(last + 1, now);
        ps.setLong(last + 2, e.id());
    }

    /** Binds a whole {@link #UPDATE_EVENT_KEEPING_DATE_AND_POSITION} row. */
    static void bindUpdateKeepingDateAndPosition(PreparedStatement ps, Event e, String now) throws SQLException {
        int i = 0;
        ps.setString(++i, e.type().code());
        ps.setString(++i, e.place());
        ps.setString(++i, e.locationPrecision() == null ? null : e.locationPrecision().code());
        ps.setString(++i, e.country());
        i = bindActorsAndFigures(ps, i, e);
        ps.setString(++i, now);
        ps.setLong(++i, e.id());
    }

    /**
     * The event's own fields, in {@code EVENT_COLUMNS} order after the id, from parameter {@code after + 1} on;
     * returns the last parameter bound.
     */
    private static int bindEventFields(PreparedStatement ps, int after, Event e) throws SQLException {
        int i = after;
        ps.setString(++i, e.type().code());
        EventDate date = e.date();
        ps.setString(++i, date == null ? null : date.start().toString());
        ps.setString(++i, date == null ? null : date.end().toString());
        ps.setString(++i, date == null ? null : date.precision().code());
        ps.setString(++i, e.place());
        setDouble(ps, ++i, e.lat());
        setDouble(ps, ++i, e.lon());
        ps.setString(++i, e.locationPrecision() == null ? null : e.locationPrecision().code());
        ps.setString(++i, e.country());
        return bindActorsAndFigures(ps, i, e);
    }

    /** Perpetrator to origin, the columns both updates set in the same order, from parameter {@code after + 1} on. */
    private static int bindActorsAndFigures(PreparedStatement ps, int after, Event e) throws SQLException {
        int i = after;
        ps.setString(++i, e.perpetrator());
        ps.setString(++i, e.target());
        setInt(ps, ++i, e.killed());
        setInt(ps, ++i, e.killedMax());
        setInt(ps, ++i, e.injured());
        setInt(ps, ++i, e.injuredMax());
        ps.setDouble(++i, e.confidence());
        ps.setString(++i, e.origin().code());
        return i;
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
