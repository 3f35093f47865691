package io.strikeline.model;

/** Kinds of text spans the extractor marks; the article pane colours evidence by kind. */
public enum MentionKind implements Coded {
    DATE,
    PLACE,
    ACTOR,
    WEAPON,
    CASUALTY,
    TRIGGER;

    public static MentionKind fromCode(String code) {
        return Coded.fromCode(MentionKind.class, code);
    }
}
