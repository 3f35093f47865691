package io.strikeline.extract;

import io.strikeline.model.EventType;

/**
 * A trigger word or phrase at tokens {@code [from, to)}; {@code type} null means "strike"/"attack" whose kind
 * comes from context; {@code strength} 3 names the weapon, 2 a strike, 1 an attack, 0 a bare verb.
 */
record Trigger(int from, int to, EventType type, Weapon weapon, int strength, boolean baseVerb) {}
