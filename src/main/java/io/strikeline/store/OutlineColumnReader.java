package io.strikeline.store;

import static io.strikeline.store.OutlineColumns.ABSENT;
import static io.strikeline.store.OutlineColumns.CODE_BITS;
import static io.strikeline.store.OutlineColumns.CONFIDENCE_SCALE;
import static io.strikeline.store.OutlineColumns.CONFIDENCE_SHIFT;
import static io.strikeline.store.OutlineColumns.DAY_OFFSET;
import static io.strikeline.store.OutlineColumns.DEGREE_SCALE;
import static io.strikeline.store.OutlineColumns.LAT_OFFSET;
import static io.strikeline.store.OutlineColumns.LENGTH_SHIFT;
import static io.strikeline.store.OutlineColumns.LON_OFFSET;
import static io.strikeline.store.OutlineColumns.START_SHIFT;

import io.strikeline.model.Coded;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@link OutlineColumns}: the database packs each live event into five integers (codes as ordinals, dates as
 * epoch days, degrees in units of 1e-7) and joins the rows of a range of ids into one text, since a row read through
 * JDBC costs a native call per column; the text's bytes are parsed straight into the columns. The id ranges are dealt
 * out in turn to several connections (the store's own in the calling thread, read-only ones of their own beside it),
 * so each reads about as many events whatever the ids' density. Coordinates and confidence are rounded to 1e-7
 * degrees and 1e-6.
 */
public final class OutlineColumnReader {

    /** SQLite's julian day of 1970-01-01. */
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final int ROW_NUMBERS = 5;
    private static final int CODE_MASK = (1 << CODE_BITS) - 1;
    private static final DatePrecision[] PRECISIONS = DatePrecision.values();
    private static final EventType[] TYPES = EventType.values();
    private static final ReviewStatus[] STATUSES = ReviewStatus.values();
    private static final Origin[] ORIGINS = Origin.values();
    /** Ids a text covers: a few hundred KB of text at a dense range. */
    private static final int IDS_PER_TEXT = 1 << 14;

    private OutlineColumnReader() {}

    /** Every live event's outline, read on {@code connections} connections at once. */
    public static OutlineColumns read(EventStore store, int connections) {
        return store.read(() -> {
            String sql = rangeQuery(store);
            long maxId = store.largestEventId();
            List<OutlineColumns> shares = ParallelEventReader.shares(store, connections,
                    (connection, part, parts) -> readShare(connection, sql, maxId, part, parts));
            OutlineColumns all = shares.get(0);
            for (OutlineColumns share : shares.subList(1, shares.size())) {
                all.addAll(share);
            }
            return all;
        });
    }

    /** One text per id range: every row's five numbers, comma-separated; the id is counted from the range's start. */
    private static String rangeQuery(EventStore store) {
        String status = store.curated() ? "status" : "'unreviewed'";
        String when = "coalesce(CASE WHEN date_start IS NULL THEN " + ABSENT + " ELSE ((" + epochDay("date_start") + " + "
                + DAY_OFFSET + ") << " + START_SHIFT + ") | (max(" + epochDay("date_end") + " - " + epochDay("date_start")
                + ", 0) << " + LENGTH_SHIFT + ") | " + ordinal("date_precision", PRECISIONS, LENGTH_SHIFT) + " END, "
                + ABSENT + ")";
        String what = ordinal("event_type", TYPES, CODE_BITS) + " | (" + ordinal(status,
                STATUSES, CODE_BITS) + " << " + CODE_BITS + ") | (" + ordinal("origin", ORIGINS,
                CODE_BITS) + " << " + 2 * CODE_BITS + ") | (CAST(round(confidence * " + CONFIDENCE_SCALE + ") AS INTEGER) << "
                + CONFIDENCE_SHIFT + ")";
        String where = "CASE WHEN lat IS NULL OR lon IS NULL THEN " + ABSENT + " ELSE ((CAST(round(lat * " + DEGREE_SCALE
                + ") AS INTEGER) + " + LAT_OFFSET + ") << 32) | (CAST(round(lon * " + DEGREE_SCALE + ") AS INTEGER) + "
                + LON_OFFSET + ") END";
        String harm = "(coalesce(killed + 1, 0) << 32) | coalesce(injured + 1, 0)";
        return "SELECT group_concat((id - ?1) || ',' || (" + when + ") || ',' || (" + what + ") || ',' || (" + where
                + ") || ',' || (" + harm + "), ',') FROM events WHERE " + store.liveCondition() + " AND id >= ?1 AND id < ?2";
    }

    private static OutlineColumns readShare(Connection connection, String sql, long maxId, int part, int parts)
            throws SQLException {
        OutlineColumns columns = new OutlineColumns((int) Math.min(Integer.MAX_VALUE - 8, maxId / parts + 1));
        RowParser parser = new RowParser(columns);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (long from = (long) part * IDS_PER_TEXT; from <= maxId; from += (long) parts * IDS_PER_TEXT) {
                ps.setLong(1, from);
                ps.setLong(2, from + IDS_PER_TEXT);
                try (ResultSet rs = ps.executeQuery()) {
                    byte[] rows = rs.next() ? rs.getBytes(1) : null;
                    if (rows != null) {
                        parser.addAll(from, rows);
                    }
                }
            }
        }
        return columns;
    }

    /** Parses the joined rows' ASCII digits into the columns, without a String or an object per row. */
    private static final class RowParser {
        private final OutlineColumns columns;
        private final long[] row = new long[ROW_NUMBERS];

        RowParser(OutlineColumns columns) {
            this.columns = columns;
        }

        void addAll(long firstId, byte[] rows) {
            int at = 0;
            int length = rows.length;
            while (at < length) {
                for (int k = 0; k < ROW_NUMBERS; k++) {
                    boolean negative = rows[at] == '-';
                    if (negative) {
                        at++;
                    }
                    long value = 0;
                    byte c;
                    while (at < length && (c = rows[at]) != ',') {
                        value = value * 10 + (c - '0');
                        at++;
                    }
                    at++; // the comma
                    row[k] = negative ? -value : value;
                }
                add(firstId + row[0], row[1], row[2], row[3], row[4]);
            }
        }

        /** Checks the codes: an event whose code names no constant cannot be shown and fails the read. */
        private void add(long id, long when, long what, long where, long harm) {
            if (when != ABSENT) {
                known(id, (int) (when & ((1 << LENGTH_SHIFT) - 1)), PRECISIONS);
            }
            known(id, (int) (what & CODE_MASK), TYPES);
            known(id, (int) (what >> CODE_BITS & CODE_MASK), STATUSES);
            known(id, (int) (what >> 2 * CODE_BITS & CODE_MASK), ORIGINS);
            columns.add(id, when, what, where, harm);
        }
    }

    /**
     * The column's code as the constant's ordinal, computed by the database, in {@code bits} bits. A code written
     * otherwise (another case, blanks) is matched as {@code Coded.fromCode} would; one it does not list becomes the
     * largest such number, which no constant has.
     */
    private static String ordinal(String column, Coded[] constants, int bits) {
        StringBuilder exact = new StringBuilder("CASE ").append(column);
        StringBuilder loose = new StringBuilder("CASE upper(trim(").append(column).append("))");
        for (int i = 0; i < constants.length; i++) {
            exact.append(" WHEN '").append(constants[i].code()).append("' THEN ").append(i);
            loose.append(" WHEN '").append(constants[i].code().toUpperCase(Locale.ROOT)).append("' THEN ").append(i);
        }
        int unknown = (1 << bits) - 1;
        return exact.append(" ELSE ").append(loose).append(" ELSE ").append(unknown).append(" END END").toString();
    }

    private static String epochDay(String column) {
        return "CAST(julianday(" + column + ") - " + UNIX_EPOCH_JULIAN_DAY + " AS INTEGER)";
    }

    private static void known(long id, int ordinal, Enum<?>[] constants) {
        if (ordinal >= constants.length) {
            throw new StoreException("event " + id + " has a " + constants[0].getClass().getSimpleName()
                    + " code that is not known");
        }
    }
}
