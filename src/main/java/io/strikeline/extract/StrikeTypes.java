package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import java.util.List;

/** Stage: the kind of each strike, from its trigger, the weapon named near it and who carried it out. */
final class StrikeTypes {

    private StrikeTypes() {}

    static EventType typeOf(Trigger t, Weapon w, Actor perp, Actor target, boolean referential) {
        EventType type = t.type();
        boolean drone = type == EventType.DRONE_STRIKE || type == EventType.DRONE_ATTACK || type == null && w == Weapon.DRONE;
        if (drone) {
            if (perp != null) {
                return perp.kind().flies() ? EventType.DRONE_STRIKE : EventType.DRONE_ATTACK;
            }
            if (target != null && (target.kind() == Kind.US || target.kind() == Kind.IRAQI_FORCES)) {
                return EventType.DRONE_ATTACK;
            }
            return type == null ? EventType.DRONE_STRIKE : type;
        }
        if (type != null) {
            return type;
        }
        if (w != null) {
            return switch (w) {
                case MISSILE -> EventType.MISSILE_STRIKE;
                case ROCKET -> EventType.ROCKET_ATTACK;
                case ARTILLERY -> EventType.ARTILLERY;
                case AIR -> EventType.AIRSTRIKE;
                case DRONE -> EventType.DRONE_STRIKE;
            };
        }
        if (referential && perp == null) {
            // "the strikes" with nothing else said: whatever strike it refers to
            return EventType.OTHER;
        }
        if (perp != null) {
            return switch (perp.kind()) {
                case US, STATE, IRAQI_FORCES -> EventType.AIRSTRIKE;
                case IRAN -> EventType.MISSILE_STRIKE;
                default -> EventType.OTHER;
            };
        }
        return t.strength() >= 2 ? EventType.AIRSTRIKE : EventType.OTHER;
    }

    /**
     * "The strikes" with no weapon or party of their own, in an article whose other strikes are all of one kind, are
     * of that kind (a US air campaign's "strikes on three sites"), and so are strikes split by place from one sentence
     * whose other part has a kind; "an attack" stays a strike of unknown kind.
     */
    static void inheritFromArticle(List<Candidate> events, List<Token> tokens) {
        for (Candidate e : events) {
            if (e.type != EventType.OTHER || !tokens.get(e.trigger.from()).lower().startsWith("strike")) {
                continue;
            }
            EventType sibling = null;
            for (Candidate o : events) {
                if (o != e && o.type != EventType.OTHER && o.sentences.contains(e.sentence.index)) {
                    sibling = o.type; // the same strikes, split by place ("at two sites: A and B")
                }
            }
            if (sibling != null) {
                e.type = sibling;
                continue;
            }
            EventType only = null;
            boolean mixed = false;
            for (Candidate o : events) {
                if (o == e || o.type == EventType.OTHER || !CandidateMerger.perpetratorsAgree(o.perpetrator, e.perpetrator)) {
                    continue;
                }
                mixed |= only != null && only != o.type;
                only = o.type;
            }
            if (only != null && !mixed) {
                e.type = only;
            }
        }
    }
}
