package io.strikeline.extract;

import java.util.Map;
import java.util.Set;

/** What a trigger or a nearby word says struck: the weapon, before it becomes an event type. */
enum Weapon {
    DRONE, MISSILE, ROCKET, ARTILLERY, AIR;

    /** A weapon word at token span {@code [from, to)}. */
    record Hit(int from, int to, Weapon weapon) {}

    /** A state's armed drones by their model's name ("an MQ-9", "a Reaper", "a Bayraktar"): no armed group flies them. */
    static final Set<String> STATE_DRONES = Set.of("reaper", "reapers", "mq", "bayraktar", "akinci");

    /** Words that count or describe weapons between "with" and the weapon: "with a dozen armed drones". */
    private static final Set<String> COUNTS = Set.of("a", "an", "dozen", "dozens", "of", "several", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "armed", "explosive", "laden", "-", "more", "than", "at", "least");
    /** How many such words may stand between "with" and the weapon. */
    private static final int COUNT_WORDS = 4;

    /**
     * Whether "with" names the weapon at {@code weaponFrom} as a strike's instrument, past the words that count or describe
     * it ("targeted the bases with 13 drones", "with a dozen armed drones"); {@code after} bounds the look back.
     */
    static boolean afterWith(java.util.List<Token> tokens, int weaponFrom, int after) {
        for (int k = weaponFrom - 1; k >= Math.max(after, weaponFrom - 1 - COUNT_WORDS); k--) {
            Token t = tokens.get(k);
            if (t.is("with")) {
                return true;
            }
            if (!t.isNumber() && !COUNTS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The weapon the word at {@code i} names, or null: "fighter" names one only as a "fighter jet", and "barrel" only as
     * a helicopter's "barrel bomb" (a "fighter" alone is a man, a "barrel" of oil no weapon).
     */
    static Weapon namedAt(java.util.List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Weapon w = WORDS.get(t.lower());
        if (w == null || t.is("fighter") && !nextIs(tokens, i, "jet", "jets")
                || t.is("barrel") && !nextIs(tokens, i, "bomb", "bombs")) {
            return null;
        }
        return w;
    }

    private static boolean nextIs(java.util.List<Token> tokens, int i, String first, String second) {
        return i + 1 < tokens.size() && (tokens.get(i + 1).is(first) || tokens.get(i + 1).is(second));
    }

    static final Map<String, Weapon> WORDS = Map.ofEntries(
            Map.entry("drone", Weapon.DRONE), Map.entry("drones", Weapon.DRONE), Map.entry("uav", Weapon.DRONE),
            Map.entry("uavs", Weapon.DRONE), Map.entry("unmanned", Weapon.DRONE), Map.entry("unpiloted", Weapon.DRONE),
            Map.entry("quadcopter", Weapon.DRONE), Map.entry("quadcopters", Weapon.DRONE), Map.entry("reaper", Weapon.DRONE),
            Map.entry("reapers", Weapon.DRONE), Map.entry("mq", Weapon.DRONE), Map.entry("bayraktar", Weapon.DRONE),
            Map.entry("akinci", Weapon.DRONE),
            Map.entry("missile", Weapon.MISSILE), Map.entry("missiles", Weapon.MISSILE), Map.entry("ballistic", Weapon.MISSILE),
            Map.entry("tomahawk", Weapon.MISSILE), Map.entry("tomahawks", Weapon.MISSILE), Map.entry("cruise", Weapon.MISSILE),
            Map.entry("rocket", Weapon.ROCKET), Map.entry("rockets", Weapon.ROCKET), Map.entry("katyusha", Weapon.ROCKET),
            Map.entry("katyushas", Weapon.ROCKET), Map.entry("mortar", Weapon.ARTILLERY), Map.entry("mortars", Weapon.ARTILLERY),
            Map.entry("artillery", Weapon.ARTILLERY), Map.entry("howitzer", Weapon.ARTILLERY),
            Map.entry("howitzers", Weapon.ARTILLERY), Map.entry("shell", Weapon.ARTILLERY),
            Map.entry("shells", Weapon.ARTILLERY), Map.entry("warplane", Weapon.AIR), Map.entry("warplanes", Weapon.AIR),
            Map.entry("jets", Weapon.AIR), Map.entry("jet", Weapon.AIR), Map.entry("aircraft", Weapon.AIR),
            Map.entry("bomber", Weapon.AIR), Map.entry("bombers", Weapon.AIR), Map.entry("helicopter", Weapon.AIR),
            Map.entry("helicopters", Weapon.AIR), Map.entry("gunship", Weapon.AIR), Map.entry("gunships", Weapon.AIR),
            Map.entry("fighter", Weapon.AIR), Map.entry("barrel", Weapon.AIR));
}
