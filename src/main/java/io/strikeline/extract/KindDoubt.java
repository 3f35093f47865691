package io.strikeline.extract;

import io.strikeline.model.EventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the sentences that tell a strike also name a weapon of another kind than the one it was given: rockets in
 * the story of an air raid, shelling beside a drone attack. The kind is then a choice between words, and a wrong
 * choice makes another event of it, so such an event is held in doubt. Missiles are left out for aircraft and drones,
 * which fire them ("a drone fired two missiles"), and drones for missile strikes, which often come with them. A weapon
 * that is the thing hit ("rocket launchers", "a depot storing rockets") is no second kind.
 */
final class KindDoubt {

    private static final Set<Weapon> GUNS = EnumSet.of(Weapon.ROCKET, Weapon.ARTILLERY);
    private static final Map<EventType, Set<Weapon>> OTHER_KINDS = Map.of(
            EventType.AIRSTRIKE, GUNS,
            EventType.DRONE_STRIKE, GUNS,
            EventType.MISSILE_STRIKE, GUNS,
            EventType.DRONE_ATTACK, EnumSet.of(Weapon.ROCKET, Weapon.ARTILLERY, Weapon.AIR),
            EventType.ROCKET_ATTACK, EnumSet.of(Weapon.MISSILE, Weapon.ARTILLERY, Weapon.AIR, Weapon.DRONE),
            EventType.ARTILLERY, EnumSet.of(Weapon.ROCKET, Weapon.MISSILE, Weapon.AIR, Weapon.DRONE));

    /** Nouns after a weapon word that make it the thing hit: "rocket launchers", "a drone factory". */
    private static final Set<String> ASSETS = Set.of("launcher", "launchers", "launch", "launching", "depot", "depots",
            "storage", "factory", "factories", "workshop", "workshops", "warehouse", "warehouses", "sites", "site",
            "facility", "facilities", "production", "components", "parts", "program", "programme", "cache", "caches",
            "stockpile", "stockpiles", "batteries", "battery", "units", "unit", "teams", "team", "cell", "cells");
    /** Words before a weapon word that make it the thing hit: "destroyed rockets", "a depot storing drones". */
    private static final Set<String> HELD = Set.of("destroyed", "destroying", "storing", "stored", "store", "stores",
            "housing", "housed", "seized", "containing", "of");
    private static final int HELD_REACH = 2;

    private KindDoubt() {}

    /** Whether a sentence of {@code e} names a weapon of a kind other than its own. */
    static boolean weaponsDisagree(Candidate e, List<SentenceInfo> sentences, List<Token> tokens) {
        Set<Weapon> others = OTHER_KINDS.getOrDefault(e.type, Set.of());
        if (others.isEmpty()) {
            return false;
        }
        for (int index : e.sentences) {
            for (Weapon.Hit w : sentences.get(index).weapons) {
                if (others.contains(w.weapon()) && !thingHit(w, tokens)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean thingHit(Weapon.Hit w, List<Token> tokens) {
        if (w.to() < tokens.size() && ASSETS.contains(tokens.get(w.to()).lower())) {
            return true;
        }
        for (int i = Math.max(0, w.from() - HELD_REACH); i < w.from(); i++) {
            if (HELD.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
