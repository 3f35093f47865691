package io.strikeline.model;

/** How exactly a coordinate locates an event, from a named site down to a whole region. */
public enum LocationPrecision implements Coded {
    SITE,
    CITY,
    PROVINCE,
    COUNTRY,
    REGION;

    public static LocationPrecision fromCode(String code) {
        return Coded.fromCode(LocationPrecision.class, code);
    }
}
