package io.strikeline.store;

import java.util.Arrays;

/**
 * The outline of every live event (what the map and the timeline draw: id, type, dates, position, casualties,
 * confidence, origin, review status) as one primitive array per field, in no particular order. A million events take
 * about 50 MB here and make no garbage on their way in, where a million outline {@code Event} objects (boxed
 * coordinates and counts, dates) took several young collections to copy into the old generation.
 * Codes are the ordinals of their enums; {@link #UNDATED}, {@link #NOT_GIVEN} and NaN coordinates stand for nulls.
 */
public final class OutlineColumns {

    /** The precision of an event without a date. */
    public static final byte UNDATED = -1;
    /** A killed or injured figure no source gave. */
    public static final int NOT_GIVEN = -1;

    private int size;
    private long[] ids;
    private int[] startDays;
    private int[] endDays;
    private byte[] precisions;
    private byte[] types;
    private byte[] statuses;
    private byte[] origins;
    private double[] lats;
    private double[] lons;
    private int[] killed;
    private int[] injured;
    private double[] confidences;

    OutlineColumns(int capacity) {
        resize(Math.max(capacity, 16));
    }

    private void resize(int capacity) {
        ids = ids == null ? new long[capacity] : Arrays.copyOf(ids, capacity);
        startDays = startDays == null ? new int[capacity] : Arrays.copyOf(startDays, capacity);
        endDays = endDays == null ? new int[capacity] : Arrays.copyOf(endDays, capacity);
        precisions = precisions == null ? new byte[capacity] : Arrays.copyOf(precisions, capacity);
        types = types == null ? new byte[capacity] : Arrays.copyOf(types, capacity);
        statuses = statuses == null ? new byte[capacity] : Arrays.copyOf(statuses, capacity);
        origins = origins == null ? new byte[capacity] : Arrays.copyOf(origins, capacity);
        lats = lats == null ? new double[capacity] : Arrays.copyOf(lats, capacity);
        lons = lons == null ? new double[capacity] : Arrays.copyOf(lons, capacity);
        killed = killed == null ? new int[capacity] : Arrays.copyOf(killed, capacity);
        injured = injured == null ? new int[capacity] : Arrays.copyOf(injured, capacity);
        confidences = confidences == null ? new double[capacity] : Arrays.copyOf(confidences, capacity);
    }

    /** Room for {@code more} rows after the ones held. */
    void reserve(int more) {
        if (size + more > ids.length) {
            resize(Math.max(size + more, ids.length + (ids.length >> 1)));
        }
    }

    /** Appends one row; the caller has reserved room for it. */
    void add(long id, int startDay, int endDay, byte precision, byte type, byte status, byte origin, double lat,
            double lon, int killedCount, int injuredCount, double confidence) {
        int i = size++;
        ids[i] = id;
        startDays[i] = startDay;
        endDays[i] = endDay;
        precisions[i] = precision;
        types[i] = type;
        statuses[i] = status;
        origins[i] = origin;
        lats[i] = lat;
        lons[i] = lon;
        killed[i] = killedCount;
        injured[i] = injuredCount;
        confidences[i] = confidence;
    }

    /** Appends every row of {@code other}. */
    void addAll(OutlineColumns other) {
        reserve(other.size);
        int at = size;
        int n = other.size;
        System.arraycopy(other.ids, 0, ids, at, n);
        System.arraycopy(other.startDays, 0, startDays, at, n);
        System.arraycopy(other.endDays, 0, endDays, at, n);
        System.arraycopy(other.precisions, 0, precisions, at, n);
        System.arraycopy(other.types, 0, types, at, n);
        System.arraycopy(other.statuses, 0, statuses, at, n);
        System.arraycopy(other.origins, 0, origins, at, n);
        System.arraycopy(other.lats, 0, lats, at, n);
        System.arraycopy(other.lons, 0, lons, at, n);
        System.arraycopy(other.killed, 0, killed, at, n);
        System.arraycopy(other.injured, 0, injured, at, n);
        System.arraycopy(other.confidences, 0, confidences, at, n);
        size += n;
    }

    public int size() {
        return size;
    }

    public long id(int row) {
        return ids[row];
    }

    /** The first day of the event's date range as an epoch day; meaningless when {@link #precision} is UNDATED. */
    public int startDay(int row) {
        return startDays[row];
    }

    /** The last day (inclusive) of the event's date range as an epoch day. */
    public int endDay(int row) {
        return endDays[row];
    }

    /** The ordinal of the event's {@code DatePrecision}, or {@link #UNDATED}. */
    public byte precision(int row) {
        return precisions[row];
    }

    /** The ordinal of the event's {@code EventType}. */
    public byte type(int row) {
        return types[row];
    }

    /** The ordinal of the event's {@code ReviewStatus}. */
    public byte status(int row) {
        return statuses[row];
    }

    /** The ordinal of the event's {@code Origin}. */
    public byte origin(int row) {
        return origins[row];
    }

    /** Latitude, NaN when the event is not located. */
    public double lat(int row) {
        return lats[row];
    }

    /** Longitude, NaN when the event is not located. */
    public double lon(int row) {
        return lons[row];
    }

    /** The lowest killed figure, or {@link #NOT_GIVEN}. */
    public int killed(int row) {
        return killed[row];
    }

    /** The lowest injured figure, or {@link #NOT_GIVEN}. */
    public int injured(int row) {
        return injured[row];
    }

    public double confidence(int row) {
        return confidences[row];
    }
}
