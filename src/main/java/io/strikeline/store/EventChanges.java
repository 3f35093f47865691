package io.strikeline.store;

import io.strikeline.model.Event;
import io.strikeline.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analyst's changes to events and the append-only edit log that records them. A change is a list of
 * column changes and source moves; {@link #apply} checks that every column still holds the value the
 * change expects, writes it and logs one row per column or source, so undoing is applying the inverse.
 * Callers run it inside {@link EventStore#inTransaction}: a change lands whole or not at all.
 */
public final class EventChanges {

    private final EventStore store;

    EventChanges(EventStore store) {
        this.store = store;
    }

    private Connection connection() {
        if (!store.curated()) {
            throw new StoreException(store.file() + ": schema " + store.schemaVersion()
                    + " has no edit log; open the file for writing once to upgrade it");
        }
        return store.connection();
    }

    private Connection writable() {
        if (store.readOnly()) {
            throw new StoreException(store.file() + ": opened read-only; changes cannot be saved");
        }
        return connection();
    }

    /** The current value of every changeable column of an event row (merged and withdrawn rows too). */
    public Map<Column, String> columns(long eventId) throws SQLException {
        StringBuilder names = new StringBuilder();
        for (Column c : Column.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(c.sqlName());
        }
        try (PreparedStatement ps = connection().prepareStatement("SELECT " + names + " FROM events WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(store.file() + ": no event with id " + eventId);
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                for (Column c : Column.values()) {
                    values.put(c, rs.getString(c.ordinal() + 1));
                }
                return values;
            }
        }
    }

    /** Why an event id names no live event ("merged into event 7", "withdrawn", "no such event"), or empty. */
    public Optional<String> whyNotLive(long eventId) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT merged_into, withdrawn FROM events WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.of("there is no event " + eventId);
                }
                long mergedInto = rs.getLong(1);
                if (!rs.wasNull()) {
                    return Optional.of("event " + eventId + " was merged into event " + mergedInto);
                }
                return rs.getInt(2) == 1 ? Optional.of("event " + eventId + " was withdrawn (its creation was undone)")
                        : Optional.empty();
            }
        }
    }

    /**
     * Inserts a new event row that does not exist yet for the analyst ({@code withdrawn = 1}); the change
     * that creates it sets {@code withdrawn} to 0, so undoing a creation is one more column change.
     */
    public long insertWithdrawn(Event draft) throws SQLException {
        long id = store.writer().insertEvent(draft);
        try (PreparedStatement ps = writable().prepareStatement("UPDATE events SET withdrawn = 1 WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return id;
    }

    /** Attaches an evidence sentence the analyst chose to an event (no extracted field provenance). */
    public void addSource(long eventId, long articleId, Span sentence, String evidence) throws SQLException {
        try (PreparedStatement ps = writable().prepareStatement("INSERT OR IGNORE INTO event_sources (event_id, article_id,"
                + " sentence_start, sentence_end, evidence) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, eventId);
            ps.setLong(2, articleId);
            ps.setInt(3, sentence.start());
            ps.setInt(4, sentence.end());
            ps.setString(5, evidence);
            ps.executeUpdate();
        }
    }

    /**
     * Applies one analyst action and logs it; returns its change id. Fails, changing nothing once the
     * caller's transaction rolls back, when a column no longer holds the value the change starts from.
     */
    public long apply(String action, String user, List<ColumnChange> changes, List<SourceMove> moves) throws SQLException {
        Connection c = writable();
        long changeId = nextChangeId();
        String at = Instant.now().toString();
        Map<Long, Map<Column, String>> byEvent = new LinkedHashMap<>();
        Map<Long, Map<Column, String>> stored = new HashMap<>(); // each event's row read once, not once per column
        for (ColumnChange change : changes) {
            Map<Column, String> current = stored.get(change.eventId());
            if (current == null) {
                current = columns(change.eventId());
                stored.put(change.eventId(), current);
            }
            String pending = byEvent.getOrDefault(change.eventId(), Map.of()).getOrDefault(change.column(),
                    current.get(change.column()));
            if (!change.column().same(pending, change.oldValue())) {
                throw new StoreException("event " + change.eventId() + " changed meanwhile: its " + change.column().sqlName()
                        + " is '" + pending + "', not '" + change.oldValue() + "'");
            }
            byEvent.computeIfAbsent(change.eventId(), k -> new EnumMap<>(Column.class)).put(change.column(), change.newValue());
        }
        for (Map.Entry<Long, Map<Column, String>> e : byEvent.entrySet()) {
            update(c, e.getKey(), e.getValue(), at);
        }
        for (SourceMove move : moves) {
            move(c, move);
        }
        try (PreparedStatement log = c.prepareStatement("INSERT INTO edit_log (change_id, action, event_id, field,"
                + " old_value, new_value, source_ref, at, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ColumnChange change : changes) {
                addLogRow(log, changeId, action, change.eventId(), change.column().sqlName(), change.oldValue(),
                        change.newValue(), null, at, user);
            }
            for (SourceMove move : moves) {
                addLogRow(log, changeId, action, move.fromEvent(), "source", Long.toString(move.fromEvent()),
                        Long.toString(move.toEvent()), move.ref(), at, user);
            }
            log.executeBatch();
        }
        return changeId;
    }

    private long nextChangeId() throws SQLException {
        try (Statement st = connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(change_id), 0) + 1 FROM edit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection c, long eventId, Map<Column, String> values, String at) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE events SET ");
        for (Column column : values.keySet()) {
            sql.append(column.sqlName()).append(" = ?, ");
        }
        sql.append("updated_at = ? WHERE id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Map.Entry<Column, String> v : values.entrySet()) {
                bind(ps, i++, v.getKey(), v.getValue());
            }
            ps.setString(i++, at);
            ps.setLong(i, eventId);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, int index, Column column, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, column.kind() == Column.Kind.TEXT ? Types.VARCHAR
                    : column.kind() == Column.Kind.REAL ? Types.REAL : Types.INTEGER);
            return;
        }
        switch (column.kind()) {
            case REAL -> ps.setDouble(index, Double.parseDouble(value));
            case INTEGER -> ps.setLong(index, Long.parseLong(value));
            default -> ps.setString(index, value);
        }
    }

    /** Moves one evidence sentence to another event; its field provenance is on its row (schema 5) and goes with it. */
    private void move(Connection c, SourceMove m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_sources SET event_id = ?"
                + " WHERE event_id = ? AND article_id = ? AND sentence_start = ?")) {
            ps.setLong(1, m.toEvent());
            ps.setLong(2, m.fromEvent());
            ps.setLong(3, m.articleId());
            ps.setInt(4, m.sentenceStart());
            if (ps.executeUpdate() != 1) {
                throw new StoreException("event " + m.fromEvent() + " has no source " + m.ref() + " to move");
            }
        }
    }

    private static void addLogRow(PreparedStatement log, long changeId, String action, long eventId, String field,
            String oldValue, String newValue, String ref, String at, String user) throws SQLException {
        log.setLong(1, changeId);
        log.setString(2, action);
        log.setLong(3, eventId);
        log.setString(4, field);
        log.setString(5, oldValue);
        log.setString(6, newValue);
        log.setString(7, ref);
        log.setString(8, at);
        log.setString(9, user);
        log.addBatch();
    }

    /** The rows of one change, in the order they were written. */
    public List<LogEntry> change(long changeId) throws SQLException {
        return entries("change_id = ?", changeId);
    }

    /** Every change touching an event (its own columns, sources moved to or from it, events merged into it), oldest first. */
    public List<LogEntry> history(long eventId) throws SQLException {
        return entries("event_id = ? OR (field IN ('source', 'merged_into') AND new_value = CAST(? AS TEXT))", eventId,
                eventId);
    }

    /** The whole log, oldest first. */
    public List<LogEntry> history() throws SQLException {
        return entries("1");
    }

    /** The source sentences of an event and of the events merged into it: (holding event, article, sentence start). */
    public List<SourceMove> sentencesOf(long eventId, long articleId) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("WITH RECURSIVE members(id) AS (SELECT ? UNION"
                + " SELECT e.id FROM events e JOIN members m ON e.merged_into = m.id)"
                + " SELECT event_id, sentence_start FROM event_sources"
                + " WHERE event_id IN (SELECT id FROM members) AND article_id = ? ORDER BY sentence_start")) {
            ps.setLong(1, eventId);
            ps.setLong(2, articleId);
            List<SourceMove> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new SourceMove(articleId, rs.getInt(2), rs.getLong(1), rs.getLong(1)));
                }
            }
            return result;
        }
    }

    /**
     * Where the log and the events disagree: for each column the log set, the last logged value must be
     * the column's value now (ingest never writes a column the analyst set), and each moved sentence
     * must sit where its last move put it. Empty when the file is consistent.
     */
    public List<String> disagreements() throws SQLException {
        Map<String, LogEntry> last = new LinkedHashMap<>();
        for (LogEntry e : history()) {
            last.put(e.sourceMove() ? e.sourceRef() : e.eventId() + "/" + e.field(), e);
        }
        List<String> problems = new ArrayList<>();
        for (LogEntry e : last.values()) {
            if (e.sourceMove()) {
                SourceMove m = SourceMove.parse(e.sourceRef(), 0, 0);
                if (!sentenceOn(Long.parseLong(e.newValue()), m)) {
                    problems.add(e.sourceRef() + " is not on event " + e.newValue() + " as change " + e.changeId() + " left it");
                }
            } else {
                Column column = Column.fromSqlName(e.field());
                String now = columns(e.eventId()).get(column);
                if (!column.same(now, e.newValue())) {
                    problems.add("event " + e.eventId() + " " + e.field() + " is '" + now + "' but change " + e.changeId()
                            + " set '" + e.newValue() + "'");
                }
            }
        }
        return problems;
    }

    private boolean sentenceOn(long eventId, SourceMove m) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT 1 FROM event_sources"
                + " WHERE event_id = ? AND article_id = ? AND sentence_start = ?")) {
            ps.setLong(1, eventId);
            ps.setLong(2, m.articleId());
            ps.setInt(3, m.sentenceStart());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<LogEntry> entries(String condition, Object... args) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT id, change_id, action, event_id, field, old_value,"
                + " new_value, source_ref, at, user_name FROM edit_log WHERE " + condition + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<LogEntry> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new LogEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9)),
                            rs.getString(10)));
                }
            }
            return result;
        }
    }
}
