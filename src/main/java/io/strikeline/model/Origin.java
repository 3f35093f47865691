package io.strikeline.model;

/** Who produced an event record: the extractor, the extractor then an analyst, an analyst alone, or another tool. */
public enum Origin implements Coded {
    EXTRACTED,
    EDITED,
    MANUAL,
    IMPORTED;

    public static Origin fromCode(String code) {
        return Coded.fromCode(Origin.class, code);
    }
}
