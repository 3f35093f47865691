package io.strikeline.model;

import java.util.Locale;

/** The closed vocabulary of strike kinds; {@link #code()} is what the database and exports store. */
public enum EventType {
    AIRSTRIKE,
    DRONE_STRIKE,
    MISSILE_STRIKE,
    ROCKET_ATTACK,
    DRONE_ATTACK,
    ARTILLERY,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Human label for menus and legends, e.g. "Drone strike". */
    public String label() {
        String words = code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static EventType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
