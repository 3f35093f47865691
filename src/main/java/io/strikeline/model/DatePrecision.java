package io.strikeline.model;

/** How much of an event date is actually known. */
public enum DatePrecision implements Coded {
    DAY,
    MONTH,
    YEAR;

    public static DatePrecision fromCode(String code) {
        return Coded.fromCode(DatePrecision.class, code);
    }
}
