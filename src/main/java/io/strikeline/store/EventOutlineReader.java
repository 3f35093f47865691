package io.strikeline.store;

import io.strikeline.model.Coded;
import io.strikeline.model.Curation;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the outline of every live event: what the map and the timeline draw (id, type, date, position,
 * casualties, confidence, origin and review status) and nothing else. The database packs each row into five
 * integers (codes as ordinals, dates as epoch days, degrees in units of 1e-7), because a row read through JDBC costs a
 * native call per column and those calls, not SQLite's scan, are most of the time; a million events outline in
 * a fraction of the time the whole events take. Text fields (place, actors, note, tags) are null; coordinates
 * and confidence are rounded to 1e-7 degrees and 1e-6. Rows come back unordered.
 */
final class EventOutlineReader {

    /** SQLite's julian day of 1970-01-01. */
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    /** Added to epoch days so that days from year 1 on pack as non-negative numbers. */
    private static final long DAY_OFFSET = 1_000_000;
    private static final double DEGREE_SCALE = 1e7;
    private static final double CONFIDENCE_SCALE = 1e6;
    /** Latitude and longitude in units of 1e-7 degree, shifted to be non-negative (they fit 32 bits each). */
    private static final long LAT_OFFSET = 900_000_000L;
    private static final long LON_OFFSET = 1_800_000_000L;
    private static final long ABSENT = -1;

    private EventOutlineReader() {}

    static List<Event> read(EventStore store, int connections) throws SQLException {
        String status = store.curated() ? "status" : "'unreviewed'";
        // SQLite's << and | bind equally and left to right: every shifted term is parenthesised
        String when = "CASE WHEN date_start IS NULL THEN " + ABSENT + " ELSE ((" + epochDay("date_start") + " + "
                + DAY_OFFSET + ") << 11) | ((" + epochDay("date_end") + " - " + epochDay("date_start") + ") << 2) | "
                + ordinal("date_precision", DatePrecision.values(), 2) + " END";
        String what = ordinal("event_type", EventType.values(), 4) + " | (" + ordinal(status, ReviewStatus.values(), 4)
                + " << 4) | (" + ordinal("origin", Origin.values(), 4) + " << 8) | (CAST(round(confidence * "
                + CONFIDENCE_SCALE + ") AS INTEGER) << 12)";
        String where = "CASE WHEN lat IS NULL OR lon IS NULL THEN " + ABSENT + " ELSE ((CAST(round(lat * " + DEGREE_SCALE
                + ") AS INTEGER) + " + LAT_OFFSET + ") << 32) | (CAST(round(lon * " + DEGREE_SCALE + ") AS INTEGER) + "
                + LON_OFFSET + ") END";
        String harm = "(coalesce(killed + 1, 0) << 32) | coalesce(injured + 1, 0)";
        String select = "SELECT id, " + when + ", " + what + ", " + where + ", " + harm + ", event_type, date_precision,"
                + " origin, " + status;
        return ParallelEventReader.read(store, connections, select, EventOutlineReader::readShare);
    }

    private static List<Event> readShare(ResultSet rs) throws SQLException {
        Map<Long, EventDate> dates = new HashMap<>();
        Map<ReviewStatus, Curation> curations = new EnumMap<>(ReviewStatus.class);
        List<Event> events = new ArrayList<>();
        while (rs.next()) {
            long whenBits = rs.getLong(2);
            long whatBits = rs.getLong(3);
            long whereBits = rs.getLong(4);
            long harmBits = rs.getLong(5);
            EventDate date = whenBits == ABSENT ? null : dates.computeIfAbsent(whenBits, bits -> date(rs, bits));
            ReviewStatus review = coded(rs, (int) (whatBits >> 4 & 15), 9, ReviewStatus.class, ReviewStatus.values());
            Curation curation = curations.computeIfAbsent(review,
                    s -> s == ReviewStatus.UNREVIEWED ? Curation.NONE : new Curation(s, null, List.of(), Set.of()));
            Double lat = whereBits == ABSENT ? null : ((whereBits >>> 32) - LAT_OFFSET) / DEGREE_SCALE;
            Double lon = whereBits == ABSENT ? null : ((whereBits & 0xffffffffL) - LON_OFFSET) / DEGREE_SCALE;
            events.add(new Event(rs.getLong(1), coded(rs, (int) (whatBits & 15), 6, EventType.class, EventType.values()),
                    date, null, lat, lon, null, null, null, null, count(harmBits >>> 32), null,
                    count(harmBits & 0xffffffffL), null, (whatBits >>> 12) / CONFIDENCE_SCALE,
                    coded(rs, (int) (whatBits >> 8 & 15), 8, Origin.class, Origin.values()), curation));
        }
        return events;
    }

    private static EventDate date(ResultSet rs, long bits) {
        long start = (bits >> 11) - DAY_OFFSET;
        long length = bits >> 2 & 511;
        try {
            DatePrecision precision = coded(rs, (int) (bits & 3), 7, DatePrecision.class, DatePrecision.values());
            return new EventDate(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + length), precision);
        } catch (SQLException e) {
            throw new StoreException("cannot read an event's date precision: " + e.getMessage(), e);
        }
    }

    /**
     * The column's code as the constant's ordinal, computed by the database, in {@code bits} bits; a code it does
     * not list (another case, blanks) becomes the largest such number and is read from its text column instead.
     */
    private static String ordinal(String column, Coded[] constants, int bits) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < constants.length; i++) {
            sql.append(" WHEN '").append(constants[i].code()).append("' THEN ").append(i);
        }
        return sql.append(" ELSE ").append((1 << bits) - 1).append(" END").toString();
    }

    private static String epochDay(String column) {
        return "CAST(julianday(" + column + ") - " + UNIX_EPOCH_JULIAN_DAY + " AS INTEGER)";
    }

    /** The constant of this ordinal; a code written otherwise (another case, blanks) is read from its text column. */
    private static <E extends Enum<E> & Coded> E coded(ResultSet rs, int ordinal, int textColumn, Class<E> type,
            E[] constants) throws SQLException {
        return ordinal < constants.length ? constants[ordinal] : Coded.fromCode(type, rs.getString(textColumn));
    }

    /** A packed count: 0 for none given, else the count plus one. */
    private static Integer count(long packed) {
        return packed == 0 ? null : (int) (packed - 1);
    }
}
