package io.strikeline.store;

import java.util.Locale;

/**
 * The event columns an analyst change may set, each with its SQL type. Changes carry values as text
 * (as the edit log keeps them); the column turns them back into what SQLite stores.
 */
public enum Column {
    EVENT_TYPE(Kind.TEXT),
    DATE_START(Kind.TEXT),
    DATE_END(Kind.TEXT),
    DATE_PRECISION(Kind.TEXT),
    PLACE(Kind.TEXT),
    LAT(Kind.REAL),
    LON(Kind.REAL),
    LOCATION_PRECISION(Kind.TEXT),
    COUNTRY(Kind.TEXT),
    PERPETRATOR(Kind.TEXT),
    TARGET(Kind.TEXT),
    KILLED(Kind.INTEGER),
    KILLED_MAX(Kind.INTEGER),
    INJURED(Kind.INTEGER),
    INJURED_MAX(Kind.INTEGER),
    CONFIDENCE(Kind.REAL),
    ORIGIN(Kind.TEXT),
    STATUS(Kind.TEXT),
    NOTE(Kind.TEXT),
    TAGS(Kind.TEXT),
    EDITED_FIELDS(Kind.TEXT),
    MERGED_INTO(Kind.INTEGER),
    WITHDRAWN(Kind.INTEGER);

    enum Kind { TEXT, REAL, INTEGER }

    private final Kind kind;

    Column(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** The SQL column name, which is also the field name in the edit log. */
    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Column fromSqlName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Equal as stored values: numbers compare as numbers, so "33" and "33.0" are the same latitude. */
    boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (kind == Kind.TEXT) {
            return a.equals(b);
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }
}
