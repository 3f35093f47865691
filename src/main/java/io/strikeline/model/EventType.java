package io.strikeline.model;

/** The closed vocabulary of strike kinds; {@link #code()} is what the database and exports store. */
public enum EventType implements Coded {
    AIRSTRIKE,
    DRONE_STRIKE,
    MISSILE_STRIKE,
    ROCKET_ATTACK,
    DRONE_ATTACK,
    ARTILLERY,
    OTHER;

    /** Human label for menus and legends, e.g. "Drone strike". */
    public String label() {
        String words = code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static EventType fromCode(String code) {
        return Coded.fromCode(EventType.class, code);
    }
}
