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
 * Reads the live events of a store on several connections at once, each connection reading one share of the rows
 * (which share is the reader's choice: a residue class of the id, interleaved id ranges), so the per-row work (the
 * expensive part) is split evenly whatever gaps the ids have. The store's own connection reads one share on the
 * calling thread; the others are read-only connections of their own. Rows come back unordered.
 */
final class ParallelEventReader {

    /** Reads share {@code part} of {@code parts} on a connection; called once per share, so it may keep state. */
    interface ShareReader<T> {
        T read(Connection connection, int part, int parts) throws SQLException;
    }

    private ParallelEventReader() {}

    /** Every live event, whole: share {@code part} holds the ids of residue {@code part} modulo the share count. */
    static List<Event> read(EventStore store, int connections) throws SQLException {
        String sql = "SELECT " + EventStore.EVENT_COLUMNS + store.curationColumns() + " FROM events WHERE "
                + store.liveCondition() + " AND id % ? = ?";
        List<List<Event>> shares = shares(store, connections, (connection, part, parts) -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, parts);
                ps.setInt(2, part);
                try (ResultSet rows = ps.executeQuery()) {
                    List<Event> events = new ArrayList<>();
                    EventValues values = new EventValues();
                    while (rows.next()) {
                        events.add(EventStore.readEvent(rows, values));
                    }
                    return events;
                }
            }
        });
        List<Event> all = new ArrayList<>();
        shares.forEach(all::addAll);
        return all;
    }

    /** The shares {@code reader} reads, one per connection: the store's own connection's first. */
    static <T> List<T> shares(EventStore store, int connections, ShareReader<T> reader) throws SQLException {
        int parts = Math.max(1, connections);
        List<CompletableFuture<T>> others = new ArrayList<>();
        for (int part = 1; part < parts; part++) {
            int share = part;
            others.add(CompletableFuture.supplyAsync(() -> readOwnConnection(store, reader, share, parts)));
        }
        List<T> all = new ArrayList<>();
        all.add(reader.read(store.connection(), 0, parts));
        for (CompletableFuture<T> other : others) {
            try {
                all.add(other.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof SQLException sqlError) {
                    throw sqlError;
                }
                throw e;
            }
        }
        return all;
    }

    private static <T> T readOwnConnection(EventStore store, ShareReader<T> reader, int part, int parts) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store.file().toAbsolutePath(),
                config.toProperties())) {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA trusted_schema = OFF");
            }
            return reader.read(connection, part, parts);
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }
}
