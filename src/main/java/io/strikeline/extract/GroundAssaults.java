package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * Stage of the trigger filter: "the town fought off the first attack in June", "troops repulsed a large IS attack on the
 * base". An attack a place or its defenders fought off, told with no weapon in its clause, is a ground assault, not a
 * strike from the air or from afar; "the base beat back an attack by 13 drones" names its weapon and stays a strike.
 */
final class GroundAssaults {

    /**
     * Verbs of holding off an assault: "repulsed", "fought off", "fended off", "beat back". Not "thwarted", "foiled" or
     * "warded off": copy uses them for drones and rockets brought down before they hit ("air defences warded off attacks").
     */
    private static final Set<String> REPEL = Set.of("repelled", "repulsed", "fought", "fended", "beat", "beaten",
            "withstood", "resisted");
    /** How far before the attack's noun the verb of repelling may stand ("repulsed a significant Daesh attack"). */
    private static final int REPEL_REACH = 6;
    /** Nouns of an attack that name no weapon. */
    private static final Set<String> BARE_ATTACKS = Set.of("attack", "attacks", "assault", "assaults", "offensive", "raid",
            "raids");

    private GroundAssaults() {}

    /** Whether the trigger is a bare attack a verb of repelling takes as object, with no weapon named in the clause. */
    static boolean repelled(List<Token> tokens, Trigger t, int clauseFrom, int clauseTo) {
        if (t.weapon() != null || t.type() != null || !BARE_ATTACKS.contains(tokens.get(t.to() - 1).lower())) {
            return false;
        }
        for (int k = clauseFrom; k < clauseTo; k++) {
            if (tokens.get(k).in(WordClass.WEAPON)) {
                return false;
            }
        }
        for (int k = t.from() - 1; k >= Math.max(clauseFrom, t.from() - REPEL_REACH); k--) {
            Token w = tokens.get(k);
            if (w.punct()) {
                return false;
            }
            if (REPEL.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }
}
