package io.strikeline.model;

/** How an article's published date was known. */
public enum DateStatus implements Coded {
    GIVEN,
    INFERRED,
    UNKNOWN;

    public static DateStatus fromCode(String code) {
        return Coded.fromCode(DateStatus.class, code);
    }
}
