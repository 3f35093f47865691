package io.strikeline.store;

import io.strikeline.model.Coded;
import io.strikeline.model.Curation;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the outline of every live event: what the map and the timeline draw (id, type, date, position,
 * casualties, confidence, origin and review status) and nothing else. The database packs each row into five
 * integers (codes as ordinals, dates as epoch days, degrees in units of 1e-7) and joins the rows of a range of ids
 * into one text, because a row read through JDBC costs native calls (a step and one per column) and those calls,
 * not SQLite's scan, were most of the time; a million events come in a few dozen texts. Text fields (place,
 * actors, note, tags) are null; coordinates and confidence are rounded to 1e-7 degrees and 1e-6. Rows come back
 * unordered.
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
    /** The numbers of one row in the joined text. */
    private static final int ROW_NUMBERS = 5;
    /** Ids a text covers: about 300 KB of text at a dense range, so the texts are never a burden on the heap. */
    private static final long IDS_PER_TEXT = 1 << 14;

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
        String sql = "SELECT group_concat(id || ',' || (" + when + ") || ',' || (" + what + ") || ',' || (" + where
                + ") || ',' || (" + harm + "), ',') FROM events WHERE " + store.liveCondition() + " AND id >= ? AND id < ?";
        long maxId = store.largestEventId();
        return ParallelEventReader.read(store, connections, (connection, part, parts) -> {
            List<Event> events = new ArrayList<>();
            OutlineBuilder builder = new OutlineBuilder();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                // ranges dealt out in turn, so each share holds about as many events whatever the ids' density
                for (long from = part * IDS_PER_TEXT; from <= maxId; from += parts * IDS_PER_TEXT) {
                    ps.setLong(1, from);
                    ps.setLong(2, from + IDS_PER_TEXT);
                    try (ResultSet rs = ps.executeQuery()) {
                        String rows = rs.next() ? rs.getString(1) : null;
                        if (rows != null) {
                            builder.addAll(rows, events);
                        }
                    }
                }
            }
            return events;
        });
    }

    /** Turns joined rows into outline events, sharing the dates and curations the rows repeat. */
    private static final class OutlineBuilder {
        private final Map<Long, EventDate> dates = new HashMap<>();
        private final Map<ReviewStatus, Curation> curations = new EnumMap<>(ReviewStatus.class);
        private final long[] row = new long[ROW_NUMBERS];

        void addAll(String rows, List<Event> events) {
            int at = 0;
            int length = rows.length();
            while (at < length) {
                for (int k = 0; k < ROW_NUMBERS; k++) {
                    boolean negative = rows.charAt(at) == '-';
                    if (negative) {
                        at++;
                    }
                    long value = 0;
                    char c;
                    while (at < length && (c = rows.charAt(at)) != ',') {
                        value = value * 10 + (c - '0');
                        at++;
                    }
                    at++; // the comma
                    row[k] = negative ? -value : value;
                }
                events.add(outline(row[0], row[1], row[2], row[3], row[4]));
            }
        }

        private Event outline(long id, long whenBits, long whatBits, long whereBits, long harmBits) {
            EventDate date = whenBits == ABSENT ? null : dates.computeIfAbsent(whenBits, EventOutlineReader::date);
            ReviewStatus review = coded(id, (int) (whatBits >> 4 & 15), ReviewStatus.values());
            Curation curation = curations.computeIfAbsent(review,
                    s -> s == ReviewStatus.UNREVIEWED ? Curation.NONE : new Curation(s, null, List.of(), Set.of()));
            Double lat = whereBits == ABSENT ? null : ((whereBits >>> 32) - LAT_OFFSET) / DEGREE_SCALE;
            Double lon = whereBits == ABSENT ? null : ((whereBits & 0xffffffffL) - LON_OFFSET) / DEGREE_SCALE;
            return new Event(id, coded(id, (int) (whatBits & 15), EventType.values()), date, null, lat, lon, null,
                    null, null, null, count(harmBits >>> 32), null, count(harmBits & 0xffffffffL), null,
                    (whatBits >>> 12) / CONFIDENCE_SCALE, coded(id, (int) (whatBits >> 8 & 15), Origin.values()),
                    curation);
        }
    }

    private static EventDate date(long bits) {
        long start = (bits >> 11) - DAY_OFFSET;
        long length = bits >> 2 & 511;
        DatePrecision precision = coded(-1, (int) (bits & 3), DatePrecision.values());
        return new EventDate(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + length), precision);
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

    /** The constant of this ordinal; an event whose code names none cannot be shown and fails the read. */
    private static <E extends Enum<E> & Coded> E coded(long id, int ordinal, E[] constants) {
        if (ordinal >= constants.length) {
            throw new StoreException("event " + id + " has a " + constants[0].getClass().getSimpleName()
                    + " code that is not known");
        }
        return constants[ordinal];
    }

    /** A packed count: 0 for none given, else the count plus one. */
    private static Integer count(long packed) {
        return packed == 0 ? null : (int) (packed - 1);
    }
}
