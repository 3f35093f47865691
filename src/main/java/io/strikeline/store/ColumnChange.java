package io.strikeline.store;

/** One column of one event going from {@code oldValue} to {@code newValue} (text as the edit log keeps it; null is NULL). */
public record ColumnChange(long eventId, Column column, String oldValue, String newValue) {

    public ColumnChange inverse() {
        return new ColumnChange(eventId, column, newValue, oldValue);
    }
}
