package io.strikeline.model;

import java.util.Locale;

/** Who produced an event record: the extractor, the extractor then an analyst, or an analyst alone. */
public enum Origin {
    EXTRACTED,
    EDITED,
    MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
