package io.strikeline.model;

/** Where an event stands in the analyst's review; a rejected event is kept but left out of views and exports. */
public enum ReviewStatus implements Coded {
    UNREVIEWED,
    CONFIRMED,
    DISPUTED,
    REJECTED;

    public static ReviewStatus fromCode(String code) {
        return Coded.fromCode(ReviewStatus.class, code);
    }
}
