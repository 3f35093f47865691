package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * The words that tie a party to a place or to another party, read by {@link Roles}: the owner of a struck place ("the
 * headquarters of X", "bases belonging to X", "used by X"), the unit of a party that "by" names ("by the missile unit of
 * X"), and the patron of a party named before ("militias aligned with X").
 */
final class OwnerCues {

    /** "used by X", "held by X": the party that holds the place struck was hit (unless a weapon is what it used). */
    static final Set<String> HELD_BY = Set.of(
            "used", "operated", "owned", "held", "occupied", "manned", "housed", "utilized", "utilised", "employed",
            "frequented", "staffed", "garrisoned", "controlled", "run");
    /** "the headquarters of X", "bases belonging to X": places whose owner a strike on them hits. */
    static final Set<String> SITE_NOUNS = Set.of(
            "headquarters", "base", "bases", "position", "positions", "camp", "camps", "office", "offices", "facility",
            "facilities", "depot", "depots", "hideout", "hideouts", "post", "posts", "outpost", "outposts", "site", "sites",
            "center", "centre", "centers", "centres", "compound", "compounds", "stronghold", "strongholds", "barracks",
            "warehouse", "warehouses", "bunkers", "targets", "convoy", "convoys", "installations", "premises", "vehicles",
            "hospital", "clinic", "checkpoint", "checkpoints", "building", "buildings");
    /** "by the missile unit of X", "by the air wing of X": the part of a party that carried out a strike. */
    private static final Set<String> UNIT_NOUNS = Set.of(
            "unit", "units", "wing", "arm", "branch", "force", "forces", "division", "command", "air", "aerospace", "navy",
            "jets", "warplanes", "aircraft", "drones", "planes", "missile", "drone", "ground", "the");
    /** How many words of a name may stand between "of" and the party it names ("of the Kurdish Democratic Party (KDPI"). */
    private static final int NAME_WORDS = 6;
    /** "aligned with X", "loyal to X": words that make X the patron of the party named before them. */
    private static final Set<String> PATRON_TIES = Set.of("aligned", "allied", "affiliated", "linked", "loyal", "tied",
            "connected", "associated");

    /**
     * The "of" before the actor's name, passing over an article and the words of a longer name the actor abbreviates
     * ("of the Kurdish Democratic Party (KDPI"), or -1.
     */
    int ofBefore(ActorFinder.Hit a, int sentenceFrom) {
        for (int k = a.fromTok() - 1; k >= Math.max(sentenceFrom, a.fromTok() - NAME_WORDS); k--) {
            Token t = tokens.get(k);
            if (t.is("of")) {
                return k;
            }
            if (!(t.is("(") || t.in(WordClass.DEFINITE) || t.capitalized())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "bases belonging to X", "a clinic reportedly affiliated to the X Units (ABBR": a place tied to the party named after
     * "to" or "with" (past an article and the words of a longer name); "affiliated" and "linked" tie a place only.
     */
    boolean belongingTo(ActorFinder.Hit a, int sentenceFrom) {
        int k = a.fromTok() - 1;
        while (k > sentenceFrom && a.fromTok() - k <= NAME_WORDS && !tokens.get(k).is("to") && !tokens.get(k).is("with")
                && (tokens.get(k).is("(") || tokens.get(k).in(WordClass.DEFINITE) || tokens.get(k).capitalized())) {
            k--;
        }
        if (k <= sentenceFrom || !(tokens.get(k).is("to") || tokens.get(k).is("with"))) {
            return false;
        }
        String tie = tokens.get(k - 1).lower();
        if (tie.equals("belonging")) {
            return true;
        }
        if (!tie.equals("affiliated") && !tie.equals("linked")) {
            return false;
        }
        int j = k - 2;
        while (j > sentenceFrom && tokens.get(j).lower().endsWith("ly")) {
            j--; // "allegedly affiliated"
        }
        return j >= sentenceFrom && SITE_NOUNS.contains(tokens.get(j).lower());
    }

    /** Whether the words before "of" at {@code of} name a part of a party that "by" makes the doer ("by Missile Unit of"). */
    boolean unitOfAgent(int of, int sentenceFrom) {
        int k = of - 1;
        boolean unit = false;
        while (k > sentenceFrom && of - k <= 4 && (tokens.get(k).capitalized() || UNIT_NOUNS.contains(tokens.get(k).lower()))
                && !tokens.get(k).is("by")) {
            unit |= UNIT_NOUNS.contains(tokens.get(k).lower()) && !tokens.get(k).is("the");
            k--;
        }
        return unit && k > sentenceFrom && tokens.get(k).is("by") && !Roles.NOT_AGENT_BY.contains(tokens.get(k - 1).lower());
    }

    /** Whether "aligned with", "loyal to" and the like stand before the party: it is the patron of a party named before. */
    boolean patronOfAnother(ActorFinder.Hit a, int sentenceFrom) {
        int k = a.fromTok() - 1;
        if (k > sentenceFrom && tokens.get(k).in(WordClass.DEFINITE)) {
            k--;
        }
        return k > sentenceFrom && (tokens.get(k).is("with") || tokens.get(k).is("to"))
                && PATRON_TIES.contains(tokens.get(k - 1).lower());
    }

    private final List<Token> tokens;

    OwnerCues(List<Token> tokens) {
        this.tokens = tokens;
    }
}
