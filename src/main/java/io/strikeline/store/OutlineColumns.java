package io.strikeline.store;

import java.util.Arrays;

/**
 * The outline of every live event (what the map and the timeline draw: id, type, dates, position, casualties,
 * confidence, origin, review status), in no particular order, as five packed numbers a row in one array: a million
 * events take 40 MB and make no garbage on their way in (a million outline {@code Event} objects, with boxed
 * coordinates and counts, took several young collections to copy into the old generation), and a row is one cache
 * line when the catalog gathers rows in its own order. Codes are the ordinals of their enums; {@link #UNDATED},
 * {@link #NOT_GIVEN} and NaN coordinates stand for nulls.
 */
public final class OutlineColumns {

    /** The precision of an event without a date. */
    public static final byte UNDATED = -1;
    /** A killed or injured figure no source gave. */
    public static final int NOT_GIVEN = -1;

    // How the database packs a row (OutlineColumnReader's SQL) and the accessors unpack it.
    /** A packed date or position that is null. */
    static final long ABSENT = -1;
    /** Added to epoch days so that days from year 1 on pack as non-negative numbers. */
    static final long DAY_OFFSET = 1_000_000;
    /** A packed date: first day above this shift, the range's length in days (22 bits) above the precision (2 bits). */
    static final int START_SHIFT = 24;
    static final int LENGTH_SHIFT = 2;
    /** Packed codes: type, review status and origin in 4 bits each, then the confidence in millionths. */
    static final int CODE_BITS = 4;
    static final int CONFIDENCE_SHIFT = 12;
    static final double CONFIDENCE_SCALE = 1e6;
    /** A packed position: latitude and longitude in units of 1e-7 degree, shifted to be non-negative, 32 bits each. */
    static final double DEGREE_SCALE = 1e7;
    static final long LAT_OFFSET = 900_000_000L;
    static final long LON_OFFSET = 1_800_000_000L;

    private static final int ROW = 5;
    private static final int WHEN = 1;
    private static final int WHAT = 2;
    private static final int WHERE = 3;
    private static final int HARM = 4;

    private long[] rows;
    private int size;

    OutlineColumns(int capacity) {
        rows = new long[Math.max(capacity, 16) * ROW];
    }

    /** Appends a row as the database packed it (the id whole). */
    void add(long id, long when, long what, long where, long harm) {
        if ((size + 1) * ROW > rows.length) {
            rows = Arrays.copyOf(rows, rows.length + (rows.length >> 1) + ROW);
        }
        int at = size++ * ROW;
        rows[at] = id;
        rows[at + WHEN] = when;
        rows[at + WHAT] = what;
        rows[at + WHERE] = where;
        rows[at + HARM] = harm;
    }

    /** Appends every row of {@code other}. */
    void addAll(OutlineColumns other) {
        int length = (size + other.size) * ROW;
        if (length > rows.length) {
            rows = Arrays.copyOf(rows, length);
        }
        System.arraycopy(other.rows, 0, rows, size * ROW, other.size * ROW);
        size += other.size;
    }

    public int size() {
        return size;
    }

    public long id(int row) {
        return rows[row * ROW];
    }

    /** The first day of the event's date range as an epoch day; meaningless when {@link #precision} is UNDATED. */
    public int startDay(int row) {
        return (int) ((rows[row * ROW + WHEN] >> START_SHIFT) - DAY_OFFSET);
    }

    /** The last day (inclusive) of the event's date range as an epoch day. */
    public int endDay(int row) {
        long when = rows[row * ROW + WHEN];
        return startDay(row) + (int) (when >> LENGTH_SHIFT & ((1 << (START_SHIFT - LENGTH_SHIFT)) - 1));
    }

    /** The ordinal of the event's {@code DatePrecision}, or {@link #UNDATED}. */
    public byte precision(int row) {
        long when = rows[row * ROW + WHEN];
        return when == ABSENT ? UNDATED : (byte) (when & ((1 << LENGTH_SHIFT) - 1));
    }

    /** The ordinal of the event's {@code EventType}. */
    public byte type(int row) {
        return code(row, 0);
    }

    /** The ordinal of the event's {@code ReviewStatus}. */
    public byte status(int row) {
        return code(row, 1);
    }

    /** The ordinal of the event's {@code Origin}. */
    public byte origin(int row) {
        return code(row, 2);
    }

    private byte code(int row, int which) {
        return (byte) (rows[row * ROW + WHAT] >> (which * CODE_BITS) & ((1 << CODE_BITS) - 1));
    }

    public double confidence(int row) {
        return (rows[row * ROW + WHAT] >>> CONFIDENCE_SHIFT) / CONFIDENCE_SCALE;
    }

    /** Latitude, NaN when the event is not located. */
    public double lat(int row) {
        long where = rows[row * ROW + WHERE];
        return where == ABSENT ? Double.NaN : ((where >>> 32) - LAT_OFFSET) / DEGREE_SCALE;
    }

    /** Longitude, NaN when the event is not located. */
    public double lon(int row) {
        long where = rows[row * ROW + WHERE];
        return where == ABSENT ? Double.NaN : ((where & 0xffffffffL) - LON_OFFSET) / DEGREE_SCALE;
    }

    /** The lowest killed figure, or {@link #NOT_GIVEN}. */
    public int killed(int row) {
        return (int) (rows[row * ROW + HARM] >>> 32) - 1;
    }

    /** The lowest injured figure, or {@link #NOT_GIVEN}. */
    public int injured(int row) {
        return (int) (rows[row * ROW + HARM] & 0xffffffffL) - 1;
    }
}
