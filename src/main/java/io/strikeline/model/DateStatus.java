package io.strikeline.model;

import java.util.Locale;

/** How an article's published date was known. */
public enum DateStatus {
    GIVEN,
    INFERRED,
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
