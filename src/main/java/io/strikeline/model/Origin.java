package io.strikeline.model;

/** Who produced an event record: the extractor, the extractor then an analyst, or an analyst alone. */
public enum Origin implements Coded {
    EXTRACTED,
    EDITED,
    MANUAL;

    public static Origin fromCode(String code) {
        return Coded.fromCode(Origin.class, code);
    }
}
