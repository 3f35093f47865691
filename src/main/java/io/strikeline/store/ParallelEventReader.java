package io.strikeline.store;

import io.strikeline.model.Event;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sqlite.SQLiteConfig;

/**
 * Reads the live events of a store on several connections at once, each taking the rows whose id falls in its
 * residue class: every connection walks the table in C, which is cheap, and evaluates and hands over only its
 * share, so the per-row work (the expensive part) is split evenly whatever gaps the ids have. The store's own
 * connection reads one share on the calling thread; the others are read-only connections of their own.
 * Rows come back unordered.
 */
final class ParallelEventReader {

    /** Turns the rows of one share into events; called once per share, so it may keep state for that share. */
    interface ShareReader {
        List<Event> read(ResultSet rows) throws SQLException;
    }

    private ParallelEventReader() {}

    /** Every live event, whole. */
    static List<Event> read(EventStore store, int connections) throws SQLException {
        return read(store, connections, "SELECT " + EventStore.EVENT_COLUMNS + store.curationColumns(), rows -> {
            List<Event> events = new ArrayList<>();
            EventValues values = new EventValues();
            while (rows.next()) {
                events.add(EventStore.readEvent(rows, values));
            }
            return events;
        });
    }

    /** {@code select} (the SELECT clause, without FROM) over the live events, each share read by {@code reader}. */
    static List<Event> read(EventStore store, int connections, String select, ShareReader reader) throws SQLException {
        int parts = Math.max(1, connections);
        String sql = select + " FROM events WHERE " + store.liveCondition() + (parts > 1 ? " AND id % " + parts + " = ?" : "");
        List<CompletableFuture<List<Event>>> others = new ArrayList<>();
        for (int part = 1; part < parts; part++) {
            int residue = part;
            others.add(CompletableFuture.supplyAsync(() -> readOwnConnection(store, sql, residue, reader)));
        }
        List<Event> all = readShare(store.connection(), sql, parts > 1 ? 0 : -1, reader);
        for (CompletableFuture<List<Event>> other : others) {
            try {
                all.addAll(other.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof SQLException sqlError) {
                    throw sqlError;
                }
                throw e;
            }
        }
        return all;
    }

    private static List<Event> readOwnConnection(EventStore store, String sql, int residue, ShareReader reader) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store.file().toAbsolutePath(),
                config.toProperties())) {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA trusted_schema = OFF");
            }
            return readShare(connection, sql, residue, reader);
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    /** The rows of one residue class (-1: all rows). */
    private static List<Event> readShare(Connection connection, String sql, int residue, ShareReader reader)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (residue >= 0) {
                ps.setInt(1, residue);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return new ArrayList<>(reader.read(rs));
            }
        }
    }
}
