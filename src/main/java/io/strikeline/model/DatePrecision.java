package io.strikeline.model;

import java.util.Locale;

/** How much of an event date is actually known. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
