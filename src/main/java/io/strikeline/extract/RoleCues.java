package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import java.util.List;
import java.util.Set;

/**
 * The words around an actor or a strike that tell its part in the strike: a strike listed as a party's, the motive a
 * strike answers, a passive or a verb of undergoing whose subject was hit, a party that qualifies the strike noun or
 * names its weapon, the party a toll's dead belonged to, the side that says its own place or people were hit.
 * {@link Roles} reads them to give each actor its role; the words of a teller are {@link SpeakerCues}', those that tie a
 * party to a place or another party {@link OwnerCues}'.
 */
final class RoleCues {

    /** Words between a toll and the party its dead belonged to: "nine fighters of the armed group called". */
    private static final Set<String> VICTIM_LINKS = Set.of(
            "of", "the", "its", "their", "militia", "group", "known", "as", "so", "called", "armed", "allied", "affiliated",
            "with", "to", "backed", "a", "an", "senior", "top", "prominent");
    /** Titles of a party's people a toll may count: "a senior X official", "an X spokesman". */
    private static final Set<String> VICTIM_TITLES = Set.of("official", "officials", "spokesman", "chief", "emir",
            "figure", "figures", "cadre", "cadres");
    /** How many words after a toll its victims' party may stand. */
    private static final int VICTIM_REACH = 10;
    /** "in retaliation for", "in response to": words that open the motive a strike answers. */
    private static final Set<String> REPRISAL = Set.of(
            "retaliation", "retaliatory", "response", "revenge", "reprisal", "avenge", "retaliate", "answer");
    /** How far after a toll's figure "its fighters" may stand ("killing two of their fighters"). */
    private static final int OWN_PEOPLE_REACH = 4;

    /**
     * "Kata'ib Hezbollah's recent attacks, including the attack on Ain al-Asad", "a string of strikes by X, including a
     * drone strike on Tower 22": a strike listed after "including" is one of the strikes the party owns or "by" names.
     */
    boolean ownsListedStrike(ActorFinder.Hit a, Trigger t) {
        int k = t.from() - 1;
        while (k > a.toTok() && (tokens.get(k).in(WordClass.DEFINITE) || tokens.get(k).is("a") || tokens.get(k).is("an")
                || tokens.get(k).in(WordClass.MODIFIER) || tokens.get(k).in(WordClass.WEAPON))) {
            k--;
        }
        if (k <= a.toTok() || !tokens.get(k).is("including")) {
            return false;
        }
        int n = tokens.get(k - 1).is(",") ? k - 2 : k - 1; // the last word before the list
        if (a.toTok() == n + 1 && a.fromTok() >= 2 && tokens.get(a.fromTok() - 1).is("by") && isStrikeNoun(a.fromTok() - 2)) {
            return true; // "attacks by X, including"
        }
        int j = a.toTok() < n && tokens.get(a.toTok()).is("'s") ? a.toTok() + 1 : a.toTok();
        boolean owner = j > a.toTok() || tokens.get(a.toTok() - 1).lower().endsWith("'s");
        if (!owner || !isStrikeNoun(n)) {
            return false;
        }
        // "X's recent attacks", "X's repeated drone attacks": a few words that qualify the noun
        boolean qualifiers = n - j <= LISTED_QUALIFIERS;
        for (; j < n && qualifiers; j++) {
            qualifiers = !tokens.get(j).punct() && !tokens.get(j).capitalized();
        }
        return qualifiers; // "X's recent attacks, including"
    }

    /** How many words may qualify a party's strike noun before the list of its strikes. */
    private static final int LISTED_QUALIFIERS = 3;

    private boolean isStrikeNoun(int k) {
        String w = k >= 0 ? tokens.get(k).lower() : "";
        return Triggers.STRIKE_NOUNS.contains(w) || Triggers.ATTACK_NOUNS.contains(w) || w.equals("raids")
                || w.equals("airstrikes");
    }

    /** Whether token {@code tok}, after the strike's trigger, stands in the motive it answers ("in retaliation for ..."). */
    boolean inMotive(int tok, Trigger t) {
        for (int k = tok - 1; k >= t.to(); k--) {
            if (REPRISAL.contains(tokens.get(k).lower())) {
                return true;
            }
            if (tokens.get(k).is(".") || tokens.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "In response to an attack by X on Y, the U.S. struck ...": the actor stands in a motive put before the strike's
     * trigger, which a comma closes before the trigger.
     */
    private boolean inFrontedMotive(ActorFinder.Hit a, Trigger t, int sentenceFrom) {
        if (a.toTok() > t.from()) {
            return false;
        }
        boolean comma = false;
        for (int k = a.toTok(); k < t.from(); k++) {
            comma |= tokens.get(k).is(",");
        }
        for (int k = a.fromTok() - 1; comma && k >= sentenceFrom; k--) {
            if (REPRISAL.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many words may name a party's weapon: "F-16 fighter jets", "Su-34 warplanes". */
    private static final int WEAPON_WORDS = 5;

    /** "military", "Air Force", "army": words naming a party's armed arm, between its name and its strike noun. */
    private static final Set<String> ARMS = Set.of("military", "army", "force", "forces", "navy", "armed", "naval");

    /** How many words "its" may stand before the site it owns: "its naval and air bases". */
    private static final int OWN_SITE_WORDS = 4;

    private final List<Token> tokens;

    RoleCues(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Whether the strike hit "its" or "their" own place ("on its headquarters") or people ("four of its members"). */
    boolean ownSideHit(Candidate c) {
        return ownPeopleHarmed(c) || ownSiteAfterTrigger(c);
    }

    /**
     * "X said four of its members were killed", "killing two of their fighters": the strike's toll counts the speaker's
     * own people, so the speaker's side was hit.
     */
    private boolean ownPeopleHarmed(Candidate c) {
        for (CasualtyFinder.Hit h : c.sentence.casualties) {
            if (h.count() <= 0) {
                continue;
            }
            for (int k = h.fromTok(); k + 1 < Math.min(c.sentence.to, h.toTok() + OWN_PEOPLE_REACH); k++) {
                if ((tokens.get(k).is("its") || tokens.get(k).is("their"))
                        && CasualtyFinder.PEOPLE.contains(tokens.get(k + 1).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the strike's clause, from its trigger on, tells it hit "its" or "their" own place: after a word that leads
     * to the party hit, or right after the strike verb itself ("to attack its naval and air bases").
     */
    private boolean ownSiteAfterTrigger(Candidate c) {
        for (int k = c.trigger.to() - 1; k + 1 < c.clauseTo; k++) {
            String w = tokens.get(k).lower();
            boolean leads = Roles.TARGET_LEAD.contains(w) || k == c.trigger.to() - 1 && c.trigger.baseVerb();
            if (!(leads && (tokens.get(k + 1).is("its") || tokens.get(k + 1).is("their")))) {
                continue;
            }
            for (int j = k + 2; j < Math.min(c.clauseTo, k + 2 + OWN_SITE_WORDS); j++) {
                if (OwnerCues.SITE_NOUNS.contains(tokens.get(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the actor at {@code actorFrom} names whose people toll {@code h} counts, told after the figure through a
     * people noun ("killing nine fighters of the armed group called X", "killing 12 people, including five X members",
     * "five people, two of them X advisers").
     */
    static boolean victimsOf(List<Token> tokens, CasualtyFinder.Hit h, ActorFinder.Hit a) {
        int actorFrom = a.fromTok();
        if (actorFrom <= h.toTok() || actorFrom > h.toTok() + VICTIM_REACH) {
            return false;
        }
        // "killed a senior X official": the person the toll counts named right after the party
        boolean people = CasualtyFinder.PEOPLE.contains(tokens.get(h.toTok() - 1).lower())
                || a.toTok() < tokens.size() && (CasualtyFinder.PEOPLE.contains(tokens.get(a.toTok()).lower())
                || VICTIM_TITLES.contains(tokens.get(a.toTok()).lower()));
        for (int k = h.toTok(); k < actorFrom; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            people |= CasualtyFinder.PEOPLE.contains(w);
            // "12 people, including seven X members": a share of the dead named after the toll
            // ", a commander of X": an apposition that names the dead person's side
            boolean share = t.is(",") && k + 1 < actorFrom && (tokens.get(k + 1).is("including")
                    || Numbers.value(tokens.get(k + 1)) >= 0 || tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an"))
                    || t.is("including") || t.is("them") || Numbers.value(t) >= 0;
            if (!share && (t.punct() || !(CasualtyFinder.PEOPLE.contains(w) || VICTIM_LINKS.contains(w) || t.capitalized()))) {
                return false;
            }
        }
        return people;
    }

    /**
     * "The Iraqi air force and coalition jets bombed ...": Iraqi forces, named before a strike mostly as the ground
     * forces it supports, carried it out when joined by "and" to the next party before the trigger.
     */
    boolean jointWithNext(ActorFinder.Hit a, Trigger t) {
        int k = a.toTok();
        while (k < t.from() && k < a.toTok() + 4 && !tokens.get(k).is("and")) {
            k++;
        }
        if (k >= t.from() || !tokens.get(k).is("and")) {
            return false;
        }
        List<ActorFinder.Hit> next = ActorFinder.find(tokens, k + 1, Math.min(t.from(), k + 5));
        return !next.isEmpty() && next.get(0).actor().kind() != Kind.IGNORED;
    }

    /** "were targeted", "was hit", "had been struck": a strike verb in the passive, whose subject was hit. */
    boolean passive(Trigger t) {
        int k = t.from() - 1;
        while (k > 0 && tokens.get(k).lower().endsWith("ly")) {
            k--; // "were reportedly targeted"
        }
        String head = tokens.get(t.to() - 1).lower();
        boolean participle = head.endsWith("ed") || head.equals("hit") || head.equals("struck");
        return participle && t.to() - t.from() == 1 && k >= 0 && (tokens.get(k).is("was") || tokens.get(k).is("were")
                || tokens.get(k).is("been") || tokens.get(k).is("being"));
    }

    /**
     * "U.S. forces came under fire", "a base comes under rocket attack", "the troops faced two rocket attacks": token
     * {@code k} opens a verb of undergoing; after "faced" or "endured" the strike itself must follow (only articles,
     * figures and the strike's modifiers between). The verb's subject was hit.
     */
    boolean undergoesStrike(int k, Trigger t, int sentenceTo) {
        if (COME.contains(tokens.get(k).lower()) && k + 1 < sentenceTo && tokens.get(k + 1).is("under")) {
            return true;
        }
        if (!UNDERGO.contains(tokens.get(k).lower()) || t.from() <= k || t.from() - k > UNDERGO_REACH) {
            return false;
        }
        for (int j = k + 1; j < t.from(); j++) {
            Token w = tokens.get(j);
            if (!(w.is("a") || w.is("an") || w.isNumber() || Numbers.value(w) >= 0 || w.in(WordClass.MODIFIER)
                    || w.in(WordClass.WEAPON) || COUNT_WORDS.contains(w.lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The US base came under rocket fire", "the convoy came under heavy drone attack": "came under" before the strike noun
     * (only articles and the strike's modifiers between), whose subject was hit however long it is.
     */
    boolean cameUnder(Trigger t, int sentenceFrom) {
        for (int k = t.from() - 1; k > sentenceFrom && k >= t.from() - UNDERGO_REACH; k--) {
            Token w = tokens.get(k);
            if (w.is("under")) {
                return COME.contains(tokens.get(k - 1).lower());
            }
            if (!(w.is("a") || w.is("an") || w.in(WordClass.MODIFIER) || w.in(WordClass.WEAPON) || REPEL_FILLERS.contains(
                    w.lower()) || w.is("heavy") || w.is("intense"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The airfield beat back an attack by six drones", "troops thwarted a drone attack", "guards warded off terror attacks": a
     * verb of repelling whose object is the strike (only articles, figures and the strike's modifiers between); its
     * subject is the party attacked. The verb's token, or -1.
     */
    int repelledAt(Trigger t, int sentenceFrom) {
        for (int k = t.from() - 1; k >= Math.max(sentenceFrom, t.from() - UNDERGO_REACH); k--) {
            Token w = tokens.get(k);
            if (REPEL.contains(w.lower())) {
                return k;
            }
            if (!(w.is("a") || w.is("an") || w.is("the") || w.isNumber() || Numbers.value(w) >= 0 || w.in(WordClass.MODIFIER)
                    || w.in(WordClass.WEAPON) || COUNT_WORDS.contains(w.lower()) || REPEL_FILLERS.contains(w.lower()))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "drones harassed for two hours by Russian jets", "rockets intercepted over the city by air defences": the "by" at
     * {@code by} names the doer of a deed other than the strike, told by a participle a few words before it.
     */
    boolean agentOfOtherDeed(int by, Trigger t, int sentenceFrom) {
        for (int k = by - 1; k >= Math.max(sentenceFrom, by - OTHER_DEED_REACH); k--) {
            if (tokens.get(k).punct() || k >= t.from() && k < t.to()) {
                return false;
            }
            if (OTHER_DEEDS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Deeds whose doer "by" names that are no strike: intercepting, shadowing, condemning it, a presence. */
    private static final Set<String> OTHER_DEEDS = Set.of("harassed", "intercepted", "chased", "shadowed", "tracked",
            "monitored", "spotted", "down", "downed", "condemned", "denounced", "criticized", "criticised", "welcomed",
            "praised", "rejected", "escorted", "photographed", "filmed", "activity", "activities", "presence",
            "movements");

    /** "called on X to", "calls on X": token {@code on} is the "on" of a call addressed to the party after it. */
    boolean calledOn(int on, int sentenceFrom) {
        return tokens.get(on).is("on") && on > sentenceFrom && CALL.contains(tokens.get(on - 1).lower());
    }

    /**
     * "The attack came days after Turkey closed its airspace": a party after the strike's trigger that opens a clause of
     * its own (after "after", "when", "because" and the like at {@code prevIdx}, before a verb) is that clause's subject.
     */
    boolean subjectOfLaterClause(ActorFinder.Hit a, Trigger t, int prevIdx, int sentenceFrom) {
        if (a.fromTok() < t.to() || prevIdx < sentenceFrom || !SUBORDINATORS.contains(tokens.get(prevIdx).lower())
                || a.toTok() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(a.toTok());
        return !next.punct() && !next.capitalized() && (next.lower().endsWith("ed") || FINITE.contains(next.lower()));
    }

    /** Words that open a clause of its own after a strike is told. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "since", "because",
            "until", "once", "as");
    /** Finite verbs that do not end in "-ed": "after Turkey said", "when Iran began". */
    private static final Set<String> FINITE = Set.of("is", "was", "were", "has", "had", "have", "said", "began", "made",
            "took", "sent", "shot", "struck", "hit", "launched", "threatened");

    /** "called on", "urged", "prevailed on": verbs whose "on" addresses a party. */
    private static final Set<String> CALL = Set.of("called", "calls", "call", "calling", "prevailed", "relied", "relies",
            "rely", "depend", "depends", "depended", "counting", "counted");
    /** How many words a deed's participle may stand before its "by". */
    private static final int OTHER_DEED_REACH = 7;

    /** "came under", "comes under": the forms of "come" before "under". */
    private static final Set<String> COME = Set.of("came", "comes", "come", "coming");
    /** Verbs whose subject undergoes the strike they take as object: "faced", "endured". */
    private static final Set<String> UNDERGO = Set.of("faced", "faces", "face", "facing", "endured", "weathered");
    /** Verbs whose subject stopped the strike they take as object: "repelled", "beat back", "warded off". */
    private static final Set<String> REPEL = Set.of("repelled", "repel", "repels", "repelling", "repulsed", "repulse",
            "thwarted", "thwart", "thwarts", "foiled", "foil", "foils", "warded", "fended", "beat", "beats", "averted");
    /** Particles of a verb of repelling and words that call a strike the enemy's: "beat back", "warded off terror attacks". */
    private static final Set<String> REPEL_FILLERS = Set.of("back", "off", "terror", "terrorist", "enemy", "hostile");
    /** "multiple rocket attacks", "several drone attacks": words that count the strikes a party faced. */
    private static final Set<String> COUNT_WORDS = Set.of("multiple", "several", "repeated", "numerous", "more", "further",
            "another", "dozens", "of");
    /** How far after the verb of undergoing its strike may stand: "faced two more rocket attacks". */
    private static final int UNDERGO_REACH = 5;

    /**
     * "Iran's missile attack", "Turkey's latest airstrikes", "an Israeli air strike": the party that owns or qualifies a
     * strike noun carried it out (a verb's subject is left to the clause's order: "X attacked" may be a passive's object).
     */
    boolean modifiesTrigger(ActorFinder.Hit a, Trigger t) {
        String last = tokens.get(a.toTok() - 1).lower();
        String head = tokens.get(t.to() - 1).lower();
        boolean verb = Triggers.ACTION_VERBS.contains(head) || head.endsWith("ed");
        if (!last.endsWith("'s") && verb || t.from() < a.toTok() || t.from() - a.toTok() > 3) {
            return false;
        }
        for (int k = a.toTok(); k < t.from(); k++) {
            String w = tokens.get(k).lower();
            // "Iraqi and coalition airstrikes": the first of two parties joined before the noun is named first
            // "an American military airstrike", "Turkish Air Force strikes": the party's arm between it and the noun
            if (!Triggers.MODIFIERS.contains(w) && Weapon.WORDS.get(w) == null && !tokens.get(k).in(WordClass.COORDINATION)
                    && !ARMS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Iraqi F-16 jets struck", "Russian Su-34 warplanes bombed": the party whose aircraft, drones or guns the words
     * between its name and the strike verb name carried it out (not the ground forces a strike supports).
     */
    boolean ownsWeapon(ActorFinder.Hit a, Trigger t) {
        if (t.from() < a.toTok() || t.from() - a.toTok() > WEAPON_WORDS) {
            return false;
        }
        boolean weapon = false;
        for (int k = a.toTok(); k < t.from(); k++) {
            Token w = tokens.get(k);
            // "Russian and Syrian warplanes": the first of two parties joined before the aircraft is named first
            boolean named = w.capitalized() || w.isNumber() || w.is("-") || w.in(WordClass.MODIFIER)
                    || w.in(WordClass.COORDINATION);
            if (w.in(WordClass.WEAPON)) {
                weapon = true;
            } else if (!named) {
                return false;
            }
        }
        return weapon;
    }

    /**
     * The part an actor plays in the motive a strike answers ("struck X in retaliation for an attack by Y on Z", "In
     * response to a chemical attack by Y, the U.S. fired ..."): the one who carried out the motive (Y, "by Y", "Y's
     * attack", "Y strikes") is the party the strike answers and hits; the one the motive hit (Z) plays no part in this
     * strike. Null when the actor stands in no motive told after the strike's trigger or fronted before it.
     */
    Boolean answeredParty(ActorFinder.Hit a, Trigger t, int sentenceFrom) {
        if (!inMotive(a.fromTok(), t) && !inFrontedMotive(a, t, sentenceFrom)) {
            return null;
        }
        boolean by = a.fromTok() >= 1 && tokens.get(a.fromTok() - 1).is("by")
                || a.fromTok() >= 2 && tokens.get(a.fromTok() - 2).is("by") && Triggers.DEFINITE.contains(
                        tokens.get(a.fromTok() - 1).lower());
        int next = a.toTok();
        boolean doer = next < tokens.size() && (Triggers.STRIKE_NOUNS.contains(tokens.get(next).lower())
                || Triggers.ATTACK_NOUNS.contains(tokens.get(next).lower()) || Weapon.WORDS.containsKey(tokens.get(next).lower()))
                || tokens.get(a.toTok() - 1).lower().endsWith("'s");
        return by || doer;
    }
}
