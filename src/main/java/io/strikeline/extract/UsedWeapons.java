package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * A strike told as the purpose of a use of weapons ("militants used drones to attack the base", "13 drones were used to
 * attack it"), which {@link Triggers} would otherwise take for a plan ("to attack") or a past habit ("used to attack").
 */
final class UsedWeapons {

    /** How many words the weapons of "used two armed drones to attack" may take. */
    private static final int USED_WEAPON_WORDS = 4;
    /** Words that describe a weapon between "used" and "to": "used explosive-laden drones to". */
    private static final Set<String> WEAPON_DESCRIPTIONS = Set.of("armed", "explosive", "explosives", "laden", "-",
            "booby", "trapped", "suicide", "kamikaze", "small");
    /** The auxiliaries and adverbs of a passive "have recently been used", between the weapons and "used". */
    private static final Set<String> PASSIVE_WORDS = Set.of("was", "were", "been", "have", "has", "had", "recently",
            "reportedly", "allegedly");

    private UsedWeapons() {}

    /**
     * Whether the infinitive after token {@code to} is the purpose of a use of weapons that happened, a strike told as
     * done: the weapons stand between "used" and "to", or are the subject of a passive "used". "X used to attack" alone is
     * a past habit, and "sites used to launch attacks" a site's function.
     */
    static boolean purposeOfUse(List<Token> tokens, int to) {
        int k = to - 1;
        boolean weapon = false;
        for (; k >= 0 && to - k <= USED_WEAPON_WORDS + 1 && !tokens.get(k).is("used"); k--) {
            Token t = tokens.get(k);
            if (!weaponWord(t)) {
                return false;
            }
            weapon |= t.in(WordClass.WEAPON);
        }
        if (k <= 0 || !tokens.get(k).is("used")) {
            return false;
        }
        int j = k - 1;
        boolean passive = false;
        for (; j > 0 && PASSIVE_WORDS.contains(tokens.get(j).lower()); j--) {
            passive |= tokens.get(j).is("was") || tokens.get(j).is("were") || tokens.get(j).is("been");
        }
        return weapon || passive && tokens.get(j).in(WordClass.WEAPON);
    }

    /** A weapon word or one that counts or describes weapons: "two", "armed", "explosive-laden". */
    private static boolean weaponWord(Token t) {
        return t.in(WordClass.WEAPON) || Numbers.value(t) >= 0 || t.in(WordClass.MODIFIER)
                || WEAPON_DESCRIPTIONS.contains(t.lower());
    }
}
