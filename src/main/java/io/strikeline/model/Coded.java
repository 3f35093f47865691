package io.strikeline.model;

import java.util.Locale;

/** An enum stored and exported by its lower-case name ("drone_strike", "month", "site"). */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose code is {@code code} (case and surrounding blanks ignored). */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
    }
}
