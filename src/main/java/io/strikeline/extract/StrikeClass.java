package io.strikeline.extract;

import io.strikeline.model.EventType;

/** Which event types can describe the same strike (a drone strike is also reported as an airstrike). */
final class StrikeClass {

    private StrikeClass() {}

    /** Same class: equal types, airstrike/drone strike by the same party, or either type unknown ("other"). */
    static boolean compatible(EventType a, EventType b) {
        if (a == null || b == null || a == b || a == EventType.OTHER || b == EventType.OTHER) {
            return true;
        }
        return aerial(a) && aerial(b);
    }

    static boolean aerial(EventType t) {
        return t == EventType.AIRSTRIKE || t == EventType.DRONE_STRIKE;
    }
}
