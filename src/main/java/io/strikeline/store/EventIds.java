package io.strikeline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The largest event id of a file: an upper bound of its live events read from the id index at once, where counting
 * them scans every event row (0.2-0.7 s at a million events, on the path to the first picture).
 */
public final class EventIds {

    private EventIds() {}

    /** At least the number of live events (ids are distinct positive integers); -1 for a file without events. */
    public static long largest(EventStore store) {
        try {
            return largestId(store);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the event ids of " + store.file() + ": " + e.getMessage(), e);
        }
    }

    static long largestId(EventStore store) throws SQLException {
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM events")) {
            long id = rs.next() ? rs.getLong(1) : 0;
            return id == 0 ? -1 : id;
        }
    }
}
