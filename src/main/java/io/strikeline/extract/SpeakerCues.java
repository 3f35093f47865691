package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * The words that make a party the teller of a strike rather than a side of it, read by {@link Roles}: the verb of
 * speaking after its name, reached past an aside ("in a statement"), a relative clause or apposition, a parenthesised
 * abbreviation or the parties and officials joined to it; a state media outlet named after it; and the claim that makes
 * a teller the striker after all ("the IRGC said it fired missiles").
 */
final class SpeakerCues {

    /** The words between "X said" and its strike verb in "X said that it has carried out": a claim of its own deed. */
    private static final Set<String> CLAIM_WORDS = Set.of("that", "it", "they", "its", "their", "has", "have", "had",
            "forces", "jets", "warplanes", "aircraft", "drones", "troops", "successfully", "also");
    private static final Set<String> SELF = Set.of("it", "they", "its", "their");
    /** How many words may stand between "said" and the strike it claims ("said on Tuesday their ballistic missiles had"). */
    private static final int CLAIM_REACH = 8;
    /** "the ministry in a statement acknowledged", "the army on Twitter said": words between a speaker and its verb. */
    private static final Set<String> ASIDE = Set.of("in", "on", "a", "an", "its", "statement", "twitter", "later", "also");
    private static final int ASIDE_WORDS = 4;
    /** Words of a media outlet: a party's name before one is the outlet's country, which tells of a strike. */
    private static final Set<String> OUTLETS = Set.of("news", "agency", "media", "television", "tv", "newspaper", "daily",
            "broadcaster", "channel", "outlet", "press", "radio", "website");
    /** How far after a party's name an outlet word may stand ("Iranian semi official Fars news"). */
    private static final int OUTLET_WORDS = 4;
    /** Officials that speak for a party joined to another: "Russia and Syria's foreign ministries". */
    private static final Set<String> SPEAKER_NOUNS = Set.of("foreign", "interior", "defence", "defense", "minister",
            "ministers", "ministry", "ministries", "officials", "government", "governments", "authorities", "leaders",
            "spokesman", "spokesmen", "regional");
    /** How many words the joined parties and officials may take. */
    private static final int SPEAKER_WORDS = 7;
    /** Words of Roles' reporting list that are auxiliaries, not verbs of speaking. */
    private static final Set<String> NOT_SPEAKING = Set.of("has", "have", "is", "was", "did", "does");
    /** How long a relative clause after a party's name may be. */
    private static final int RELATIVE_WORDS = 16;

    /**
     * "the IRGC said it fired missiles", "the ministry announced that its jets struck": a speaker telling of its own
     * strike carried it out. Token {@code k} is the reporting verb; only the words of a claim may stand before the
     * trigger, and no passive ("said it was hit") or denial.
     */
    boolean claimsStrike(int k, Trigger t) {
        if (t.from() <= k || t.from() - k > CLAIM_REACH + CLAIM_REACH) {
            return false;
        }
        if (claimsDeed(k, t)) {
            return true;
        }
        if (t.from() - k > CLAIM_REACH) {
            return false;
        }
        boolean self = false;
        for (int j = k + 1; j < t.from(); j++) {
            String w = tokens.get(j).lower();
            // the day, the weapon and where it was said may stand between: "said on Tuesday their ballistic missiles had
            // destroyed", "said in a statement that its forces had targeted"
            boolean dayOrWeapon = ASIDE.contains(w) || tokens.get(j).in(WordClass.WEEKDAY) || tokens.get(j).in(WordClass.WEAPON)
                    || tokens.get(j).in(WordClass.MODIFIER);
            if (!CLAIM_WORDS.contains(w) && !dayOrWeapon) {
                return false;
            }
            self |= SELF.contains(w);
        }
        return self || tokens.get(k + 1).is("that");
    }

    /** "the military said it killed two militants in a strike": "it" or "they" and a deed's verb right after "said". */
    private boolean claimsDeed(int k, Trigger t) {
        int j = tokens.get(k + 1).is("that") ? k + 2 : k + 1;
        if (j + 1 >= t.from() || !SELF.contains(tokens.get(j).lower())) {
            return false;
        }
        Token verb = tokens.get(j + 1).is("had") || tokens.get(j + 1).is("has") ? tokens.get(j + 2) : tokens.get(j + 1);
        return verb.in(WordClass.ACTION_VERB) || verb.is("struck") || verb.is("bombed") || verb.is("shelled");
    }

    /** The token after a short aside that opens with "in" or "on" and ends before a verb of speaking, else {@code k}. */
    int afterAside(int k, int sentenceTo) {
        if (k >= sentenceTo || !(tokens.get(k).is("in") || tokens.get(k).is("on"))) {
            return k;
        }
        int j = k;
        while (j < sentenceTo && j < k + ASIDE_WORDS && ASIDE.contains(tokens.get(j).lower())) {
            j++;
        }
        return j < sentenceTo && Roles.REPORTING.contains(tokens.get(j).lower()) && !tokens.get(j).is("has")
                && !tokens.get(j).is("have") ? j : k;
    }

    /**
     * "Russia and Syria's foreign ministries denounced", "Iraq and the regional government deplored": the verb of speaking
     * after a party and the parties or officials joined to it, else {@code k}. A party that speaks of a strike with others
     * is their fellow speaker, not the striker.
     */
    int afterSpeakers(int k, int sentenceTo) {
        int j = k;
        boolean joined = false;
        while (j < sentenceTo && j < k + SPEAKER_WORDS && (tokens.get(j).is("and") || tokens.get(j).capitalized()
                || tokens.get(j).in(WordClass.DEFINITE) || SPEAKER_NOUNS.contains(tokens.get(j).lower()))) {
            joined |= tokens.get(j).is("and");
            j++;
        }
        return joined && j < sentenceTo && Roles.REPORTING.contains(tokens.get(j).lower()) && !NOT_SPEAKING.contains(
                tokens.get(j).lower()) ? j : k;
    }

    /** Whether a state media outlet follows the party's name: "Iranian state television", "the Syrian news agency". */
    boolean namesOutlet(ActorFinder.Hit a, int sentenceTo) {
        for (int k = a.toTok(); k < sentenceTo && k < a.toTok() + OUTLET_WORDS; k++) {
            String w = tokens.get(k).lower();
            if (OUTLETS.contains(w)) {
                return true;
            }
            if (!tokens.get(k).capitalized() && !w.equals("state") && !w.equals("official") && !w.equals("semi")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token after a relative clause or an apposition that follows a party's name ("X, which groups several militias,
     * claimed", "X, an alliance of militias, claimed"), else {@code k}: the verb after it is the party's.
     */
    int afterRelative(int k, int sentenceTo) {
        if (k + 1 >= sentenceTo || !tokens.get(k).is(",") || !(tokens.get(k + 1).is("which") || tokens.get(k + 1).is("who")
                || tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an"))) {
            return k;
        }
        for (int j = k + 2; j < sentenceTo && j < k + RELATIVE_WORDS; j++) {
            if (tokens.get(j).is(",")) {
                return j + 1;
            }
        }
        return k;
    }

    /** The token after a name's parenthesised abbreviation ("Revolutionary Guard Corps (IRGC) said"), else {@code k}. */
    int afterAbbreviation(int k, int sentenceTo) {
        if (k + 2 < sentenceTo && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
            return k + 3;
        }
        return k;
    }

    /** Offices between a party's name and its official: "a U.S. defense official", "Iraqi security officials". */
    private static final Set<String> OFFICES = Set.of("defense", "defence", "military", "security", "intelligence",
            "government", "army", "administration", "senior", "top", "state", "foreign");
    /** The people an office speaks through. */
    private static final Set<String> OFFICIALS = Set.of("official", "officials", "spokesman", "spokesperson");
    /** The bodies an office speaks as: "Russia's defence ministry said", "the Turkish Defense Ministry said". */
    private static final Set<String> BODIES = Set.of("ministry", "ministries", "command", "department");
    /** How many office words may stand between a party and its official ("U.S. senior defense official"). */
    private static final int OFFICE_WORDS = 2;

    /**
     * "A U.S. defense official with knowledge of the reports told", "Russia's defence ministry said": past a party's office
     * words, the token of its official (a teller wherever the verb of speaking stands), or the token after its ministry
     * (where the verb of speaking stands); else {@code k}. The party is the strike's teller, not a side of it, unless
     * that verb claims the strike.
     */
    int afterOffice(int k, int sentenceTo) {
        int j = k;
        if (j < sentenceTo && (tokens.get(j).is("'s") || j > 0 && tokens.get(j).is(".")
                && tokens.get(j - 1).raw().length() == 1)) {
            j++; // "Russia's", the last dot of "U.S."
        }
        int first = j;
        while (j < sentenceTo && j < first + OFFICE_WORDS && OFFICES.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j == first || j >= sentenceTo) {
            return k;
        }
        if (OFFICIALS.contains(tokens.get(j).lower())) {
            return j;
        }
        return BODIES.contains(tokens.get(j).lower()) ? j + 1 : k;
    }

    private final List<Token> tokens;

    SpeakerCues(List<Token> tokens) {
        this.tokens = tokens;
    }
}
