package io.strikeline.extract;

/** A normalised actor: the name events store, and what kind of party it is. */
record Actor(String name, Kind kind) {

    enum Kind {
        US, IRAN, MILITIA, MILITIA_GENERIC, ISLAMIC_STATE, STATE, IRAQI_FORCES, NON_STATE, IGNORED;

        /** Parties whose own drones and aircraft carry out strikes (a state's drone strike, not a militia's drone attack). */
        boolean flies() {
            return this == US || this == STATE || this == IRAQI_FORCES;
        }
    }

    static final String UNITED_STATES = "United States";
    static final String US_FORCES = "US forces";
    static final String IRAN_BACKED = "Iran-backed militias";
    static final String AL_QAEDA = "al-Qaeda";

    /** The name to store when this actor is the target: the United States as a target means its forces. */
    String asTarget() {
        return kind == Kind.US ? US_FORCES : name;
    }
}
