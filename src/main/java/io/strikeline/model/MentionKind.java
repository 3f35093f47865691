package io.strikeline.model;

import java.util.Locale;

/** Kinds of text spans the extractor marks; the article pane colours evidence by kind. */
public enum MentionKind {
    DATE,
    PLACE,
    ACTOR,
    WEAPON,
    CASUALTY,
    TRIGGER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
