package io.strikeline.model;

import java.util.Locale;

/** How exactly a coordinate locates an event, from a named site down to a whole region. */
public enum LocationPrecision {
    SITE,
    CITY,
    PROVINCE,
    COUNTRY,
    REGION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LocationPrecision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
