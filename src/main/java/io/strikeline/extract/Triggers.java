package io.strikeline.extract;

import io.strikeline.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stage: trigger words and phrases in a clause, and whether each reports a strike that happened (factuality). */
final class Triggers {

    static final Set<String> STRIKE_NOUNS = Set.of("strike", "strikes");

    private static final Set<String> AIR_OPERATIONS = Set.of("operation", "operations", "bombardment", "bombardments");

    static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks");

    static final Set<String> ACTION_VERBS = Set.of(
            "hit", "hits", "hitting", "targeted", "targeting", "pounded", "fired", "launched", "landed", "slammed", "crashed",
            "exploded", "killed", "destroyed", "carried", "conducted", "impacted", "fell", "rained", "bombarded", "dropped",
            "dropping", "engaged", "neutralized", "neutralised", "firing", "launching", "hammered", "hammering",
            "pounding", "raided");

    /**
     * A headline's present tense for a strike ("Turkey bombs Kurdish sites", "jets pound PKK hideouts", "U.S., Iraq hammer
     * IS town"): verbs only a headline tells a strike with; in a story's sentences "bombs" and "targets" are mostly nouns.
     */
    static final Set<String> HEADLINE_VERBS = Set.of(
            "bombs", "bomb", "pounds", "pound", "hammers", "hammer", "targets", "target", "shell", "raid", "blitz", "blitzes");

    private static final Set<String> BASE_VERBS = Set.of(
            "strike", "attack", "hit", "target", "bomb", "launch", "fire", "retaliate");

    static final Set<String> MODAL_CUES = Set.of(
            "will", "would", "could", "might", "may", "should", "shall", "threaten", "threatened", "threatens", "threatening",
            "vow", "vowed", "vows", "vowing", "pledge", "pledged", "pledges", "pledging", "promise", "promised", "promises",
            "promising", "warn", "warned", "warns", "warning", "plan", "plans", "planned", "planning", "intends", "intend",
            "prepared", "ready", "considering", "consider", "if", "whether", "possible", "potential", "possibility", "option",
            "options", "any", "unless", "deter", "prevent", "avoid", "future", "further", "seeks",
            "want", "wants", "calls", "called", "urged", "demand", "demanded", "'ll", "preparing", "prepare", "attempt",
            "attempted", "trying", "tried", "plotting", "fearing", "feared", "fears");

    /** "strikes could push", "raids will strain": a verb of what may come after strikes told as a class, not one strike. */
    static final Set<String> PREDICTION_VERBS = Set.of("will", "could", "may", "might", "can", "would", "'ll");

    static final Set<String> NEGATION_CUES = Set.of(
            "no", "not", "never", "denied", "deny", "denies", "denying", "without", "neither", "nor", "rejected", "dismissed",
            "didn't", "suspend", "suspending", "suspended", "halt", "halting", "stop", "stopping", "cease", "ceasing",
            "wasn't", "weren't", "hasn't", "haven't", "isn't", "aren't", "don't", "doesn't", "false");

    static final Set<String> GENERIC_CUES = Set.of(
            "become", "became", "common", "increasingly", "frequent", "frequently", "routinely", "regularly", "often",
            "repeatedly", "arsenal", "capabilities", "capability", "program", "programme", "spate", "engage", "engaged",
            "engaging", "usually", "typically", "tactic", "tactics", "hundreds", "dozens", "scores", "campaign", "string", "wave",
            "flurry", "repeated", "times", "rarely", "seldom", "individual", "thousands");

    /** "frequently carry out airstrikes": how often something happens, said before the strike words of a habit. */
    static final Set<String> FREQUENCY_CUES = Set.of(
            "frequently", "regularly", "routinely", "often", "usually", "typically", "occasionally", "periodically");
    /** Generic cues that count strikes only before the strike word: after it they count the people or things hit. */
    static final Set<String> QUANTITY_CUES = Set.of("dozens", "hundreds", "thousands", "scores", "string", "wave", "flurry",
            "spate");
    /** How many words before a strike word a frequency word still makes it a habit. */
    private static final int OFTEN_REACH = 16;

    /** "have stepped up attacks", "such attacks", "the pattern of strikes": a trend or a class of strikes, before the noun. */
    static final Set<String> TREND_CUES = Set.of(
            "increased", "increasing", "stepped", "ramped", "intensified", "intensifying", "escalated", "escalating", "such",
            "surge", "uptick", "pattern");
    /** "several times", "over the past few years": a habit over a span, anywhere in the clause. */
    static final Set<String> MANY = Set.of("several", "many", "numerous", "multiple", "countless", "dozens");
    static final Set<String> SPAN_LEADS = Set.of("few", "recent", "past", "the");

    static final Set<String> SPAN_UNITS = Set.of("days", "weeks", "months", "years");
    static final Set<String> SUPERLATIVES = Set.of("deadliest", "worst", "largest", "biggest", "heaviest",
            "bloodiest", "first");
    private static final Set<String> PERIOD_STARTS = Set.of("since", "began", "begun", "started", "erupted", "broke");
    static final Set<String> TALLY_CUES = Set.of("since", "past", "than", "total", "far", "year", "months");

    private static final Set<String> NOT_AIR_BOMBING = Set.of("suicide", "car", "roadside", "truck", "bomb");

    private static final Set<String> NOT_MILITARY_STRIKE = Set.of("hunger", "general", "labor", "labour", "workers");

    private static final Set<String> STRUCK_IDIOMS = Set.of("deal", "agreement", "chord", "balance", "tone", "note", "out");

    static final Set<String> DEFINITE = Set.of("the", "that", "this", "those", "these", "its", "their", "his", "her");

    static final Set<String> MODIFIERS = Set.of(
            "u", "s", "us", "american", "iranian", "israeli", "turkish", "deadly", "recent", "latest", "retaliatory",
            "precision", "air", "drone", "missile", "rocket", "coalition", "overnight", "weekend", "previous", "earlier",
            "initial", "first", "second", "last", "twin", "two", "three", "iraqi", "syrian", "jordanian", "russian", "british",
            "massive", "fatal", "apparent", "suspected", "alleged", "daring", "separate", "new", "ballistic");

    /** Every word a trigger can begin with: a word outside this set is passed over without trying each rule. */
    static final Set<String> TRIGGER_STARTS = Stream.of(STRIKE_NOUNS, ATTACK_NOUNS, ACTION_VERBS, Weapon.WORDS.keySet(),
            Set.of("air", "aerial", "airstrike", "airstrikes", "airstrike's", "airraid", "aggression", "shelling", "shelled",
                    "bombardment", "bombardments", "bombing", "bombings", "bombed", "bombarded", "struck", "striking", "raid",
                    "raids", "attacked", "attacking"), HEADLINE_VERBS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    List<Trigger> triggersIn(SentenceInfo s, int from, int to) {
        List<Trigger> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.in(WordClass.TRIGGER_START) && !insideDate(s, i)) {
                i = triggerAt(i, from, to, out);
            }
        }
        out.replaceAll(t -> firstNamedWeapon(t, from));
        return out;
    }

    /**
     * The trigger, if any, that begins with the word at {@code i} of a clause {@code [from, to)}, added to {@code out};
     * returns the index of its last token, or {@code i}.
     */
    private int triggerAt(int i, int from, int to, List<Trigger> out) {
        String w = tokens.get(i).lower();
        String next = i + 1 < to ? tokens.get(i + 1).lower() : "";
        String prev = i > from ? tokens.get(i - 1).lower() : "";
        Weapon weapon = Weapon.WORDS.get(w);
        if ((w.equals("air") || w.equals("aerial")) && AIR_OPERATIONS.contains(next)) {
            // "air operations were carried out against targets in ...": military prose for air strikes
            out.add(new Trigger(i, i + 2, EventType.AIRSTRIKE, Weapon.AIR, 2, false));
            return i + 1;
        } else if (w.equals("air") && (STRIKE_NOUNS.contains(next) || next.equals("raid") || next.equals("raids"))) {
            out.add(new Trigger(i, i + 2, EventType.AIRSTRIKE, Weapon.AIR, 3, false));
            return i + 1;
        } else if ((w.equals("air") || w.equals("aerial")) && (next.equals("aggression") || next.equals("aggressions"))) {
            // "an air aggression targeting points near Damascus": Syrian and Iranian state media's word for an air strike
            out.add(new Trigger(i, i + 2, EventType.AIRSTRIKE, Weapon.AIR, 3, false));
            return i + 1;
        } else if (w.equals("airstrike") || w.equals("airstrikes") || w.equals("airstrike's") || w.equals("airraid")) {
            out.add(new Trigger(i, i + 1, EventType.AIRSTRIKE, Weapon.AIR, 3, false));
        } else if (weapon == Weapon.DRONE && (STRIKE_NOUNS.contains(next) || ATTACK_NOUNS.contains(next))) {
            out.add(new Trigger(i, i + 2, STRIKE_NOUNS.contains(next) ? EventType.DRONE_STRIKE : EventType.DRONE_ATTACK,
                    Weapon.DRONE, 3, false));
            return i + 1;
        } else if (ATTACK_NOUNS.contains(w) && (next.equals("drone") || next.equals("drones"))) {
            out.add(new Trigger(i, i + 2, EventType.DRONE_ATTACK, Weapon.DRONE, 3, false));
            return i + 1;
        } else if (weapon == Weapon.MISSILE && (STRIKE_NOUNS.contains(next) || ATTACK_NOUNS.contains(next)
                || next.equals("barrage") || next.equals("salvo"))) {
            out.add(new Trigger(i, i + 2, EventType.MISSILE_STRIKE, Weapon.MISSILE, 3, false));
            return i + 1;
        } else if (weapon == Weapon.ROCKET && (STRIKE_NOUNS.contains(next) || ATTACK_NOUNS.contains(next)
                || next.equals("fire") || next.equals("barrage") || next.equals("salvo") || next.equals("launches"))) {
            out.add(new Trigger(i, i + 2, EventType.ROCKET_ATTACK, Weapon.ROCKET, 3, false));
            return i + 1;
        } else if (weapon == Weapon.ARTILLERY && (ATTACK_NOUNS.contains(next) || STRIKE_NOUNS.contains(next)
                || next.equals("fire") || next.equals("shelling") || next.equals("rounds") || next.equals("shells")
                || next.equals("bombardment") || next.equals("bombardments"))) {
            out.add(new Trigger(i, i + 2, EventType.ARTILLERY, Weapon.ARTILLERY, 3, false));
            return i + 1;
        } else if (w.equals("shelling") || w.equals("shelled")) {
            boolean fromAir = shelledFromAir(i, from);
            out.add(new Trigger(i, i + 1, fromAir ? EventType.AIRSTRIKE : EventType.ARTILLERY,
                    fromAir ? Weapon.AIR : Weapon.ARTILLERY, 3, false));
        } else if (w.equals("bombardment") || w.equals("bombardments") || w.equals("bombarded")) {
            // guns and aircraft both bombard: the kind is the weapon's named near it ("artillery bombardment", "jets' ...")
            out.add(new Trigger(i, i + 1, EventType.OTHER, null, w.equals("bombarded") ? 2 : 3, false));
        } else if ((w.equals("bombing") || w.equals("bombings") || w.equals("bombed"))
                && !NOT_AIR_BOMBING.contains(prev)) {
            // "two drones bombed a car": the drone that drops the bombs is the strike's weapon
            out.add(new Trigger(i, i + 1, null, Weapon.WORDS.get(prev) == Weapon.DRONE ? Weapon.DRONE : Weapon.AIR, 2, false));
        } else if ((STRIKE_NOUNS.contains(w) || w.equals("struck") || w.equals("striking"))
                && !NOT_MILITARY_STRIKE.contains(prev)
                && !STRUCK_IDIOMS.contains(
                        next.equals("a") && i + 2 < to ? tokens.get(i + 2).lower() : next)) {
            out.add(new Trigger(i, i + 1, null, null, 2, w.equals("strike")));
        } else if ((w.equals("raid") || w.equals("raids")) && !prev.equals("police")) {
            out.add(new Trigger(i, i + 1, EventType.OTHER, null, 2, false));
        } else if (ATTACK_NOUNS.contains(w) && !NOT_AIR_BOMBING.contains(prev) || w.equals("attacked") || w.equals("attacking")
                || namedAggression(i, from)) {
            // "a suicide attack", "bomb attacks": a bombing, which is no strike
            out.add(new Trigger(i, i + 1, null, null, 1, w.equals("attack")));
        } else if (ACTION_VERBS.contains(w) && !(w.equals("engaged") && (next.equals("in") || next.equals("with")))) {
            // "a drone engaged two gunmen", "jets neutralized six fighters"; not "engaged in talks"
            out.add(new Trigger(i, i + 1, null, null, 0, w.equals("hit")));
        } else if (i < headlineEnd && HEADLINE_VERBS.contains(w) && headlineVerbAt(i)) {
            out.add(new Trigger(i, i + 1, null, null, 0, false));
        }
        return i;
    }

    /** Words a headline's noun follows, so a word after them is no verb: "the targets", "of bombs", "to pound". */
    private static final Set<String> BEFORE_A_NOUN = Set.of(
            "a", "an", "of", "to", "for", "and", "or", "on", "in", "at", "by", "with", "from", "barrel");

    /**
     * A headline verb stands after its subject, a name or a weapon ("Turkey bombs", "jets pound", "Iraq hammer"), not after
     * an article, a preposition, a number or the kind of a bomb ("the targets", "85 targets", "barrel bombs", "car bombs");
     * headlines come in any case, so the subject's capital is not asked for.
     */
    private boolean headlineVerbAt(int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return !before.punct() && !before.in(WordClass.DEFINITE) && !BEFORE_A_NOUN.contains(before.lower())
                && !NOT_AIR_BOMBING.contains(before.lower()) && Numbers.value(before) < 0;
    }

    /**
     * "the Israeli aggression targeted a site", "a Zionist aggression": state media's word for a strike, when a party or a
     * kind of strike qualifies it; "acts of aggression" in general are none.
     */
    private boolean namedAggression(int i, int from) {
        if (!tokens.get(i).is("aggression") || i == from) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.capitalized() && !before.punct() || before.in(WordClass.MODIFIER);
    }

    /**
     * "missile and drone attacks", "rocket or mortar fire": one strike told with two weapons is of the kind named first, as
     * the lead of such copy names the heavier arm first.
     */
    private Trigger firstNamedWeapon(Trigger t, int clauseFrom) {
        if (t.strength() < 3 || t.weapon() == null || t.from() - 2 < clauseFrom
                || Weapon.WORDS.get(tokens.get(t.from()).lower()) != t.weapon()) {
            return t;
        }
        String joiner = tokens.get(t.from() - 1).lower();
        Weapon first = Weapon.WORDS.get(tokens.get(t.from() - 2).lower());
        if (!(joiner.equals("and") || joiner.equals("or")) || first == null || first == t.weapon()) {
            return t;
        }
        return new Trigger(t.from() - 2, t.to(), pairType(first, t), first, t.strength(), false);
    }

    /**
     * The kind of the other weapon of a pair trigger ("missile and drone attacks": a drone attack), or null for a trigger
     * of one weapon: the same strike told later by that weapon alone is this one.
     */
    EventType secondOfPair(Trigger t) {
        if (t.to() - t.from() != PAIR_TOKENS) {
            return null;
        }
        Weapon second = Weapon.WORDS.get(tokens.get(t.from() + 2).lower());
        return second == null || second == t.weapon() ? null : pairType(second, t);
    }

    /** Tokens of a pair trigger: weapon, "and", weapon, noun. */
    private static final int PAIR_TOKENS = 4;

    private EventType pairType(Weapon w, Trigger t) {
        boolean strikeNoun = STRIKE_NOUNS.contains(tokens.get(t.to() - 1).lower());
        return switch (w) {
            case DRONE -> strikeNoun ? EventType.DRONE_STRIKE : EventType.DRONE_ATTACK;
            case MISSILE -> EventType.MISSILE_STRIKE;
            case ROCKET -> EventType.ROCKET_ATTACK;
            case ARTILLERY -> EventType.ARTILLERY;
            case AIR -> EventType.AIRSTRIKE;
        };
    }

    /** Tokens of a date phrase, or a known strike named as its anchor ("the day after the strikes"), trigger nothing. */
    boolean insideDate(SentenceInfo s, int i) {
        for (DateExpr d : s.dates) {
            if (i >= d.fromTok() && i < d.toTok() || insideAnchor(d, i) && definite(i, d.anchorFrom())) {
                return true;
            }
        }
        return false;
    }

    static boolean insideAnchor(DateExpr d, int i) {
        return d.anchorFrom() >= 0 && i >= d.anchorFrom() && i < d.anchorTo();
    }

    /**
     * "A suicide bomber in a van killed nine people": a bare verb of harm done by a bomber told
     * before it in its clause tells a bombing, which is no strike. Only a bomber named for how it bombs ("suicide", "car")
     * counts: "Russian bombers" are aircraft.
     */
    private boolean byBomber(int verb, int clauseFrom) {
        for (int k = clauseFrom + 1; k < verb; k++) {
            if ((tokens.get(k).is("bomber") || tokens.get(k).is("bombers"))
                    && NOT_AIR_BOMBING.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trigger reports a strike that happened: not a threat, denial, hypothesis or generalisation. */
    boolean factual(Trigger trig, int clauseFrom, int clauseTo, List<Trigger> all) {
        int prevEnd = clauseFrom;
        int nextStart = clauseTo;
        for (Trigger o : all) {
            if (o.to() <= trig.from() && o.strength() >= 1) {
                prevEnd = Math.max(prevEnd, o.to());
            }
            if (o.from() >= trig.to() && o.strength() >= 1) {
                nextStart = Math.min(nextStart, o.from());
            }
        }
        boolean definite = definite(trig.from(), clauseFrom);
        for (int k = trig.from() - 1; k >= Math.max(prevEnd, trig.from() - 9); k--) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.in(WordClass.NEGATION_CUE) || w.endsWith("n't")) {
                return false;
            }
            if (!definite && t.in(WordClass.MODAL_CUE) || t.in(WordClass.TREND_CUE)) {
                return false;
            }
            boolean infinitive = w.equals("to") && k == trig.from() - 1 && trig.baseVerb();
            if (infinitive && !UsedWeapons.purposeOfUse(tokens, k) || plannedLaunch(k, trig.from())
                    || capableOf(k, trig.from())) {
                return false;
            }
        }
        if (trig.strength() == 0 && byBomber(trig.from(), clauseFrom)) {
            return false;
        }
        if (habitual(clauseFrom, clauseTo) || oftenBefore(trig.from()) || PastHabits.told(tokens, clauseFrom, clauseTo)
                || Backdrops.told(tokens, trig.from(), trig.to(), clauseFrom, clauseTo)
                || !definite && predicted(trig, clauseTo)) {
            return false;
        }
        int lookFrom = Math.max(prevEnd, trig.from() - 9);
        int words = 0;
        for (int k = lookFrom; k < nextStart && words < 12; k++) {
            Token t = tokens.get(k);
            if (k >= trig.to() && !t.punct()) {
                words++;
            }
            if (k >= trig.to() && (t.is("that") || t.is("which") || t.is("who"))) {
                break;
            }
            boolean spanOf = (t.is("weeks") || t.is("months") || t.is("years")) && k + 1 < clauseTo && tokens.get(k + 1).is("of");
            boolean itself = k >= trig.from() && k < trig.to();
            boolean usedTo = t.is("used") && k + 1 < clauseTo && tokens.get(k + 1).is("to")
                    && !UsedWeapons.purposeOfUse(tokens, k + 1);
            // "a string of airstrikes" is a class of strikes; "airstrikes pounded a string of houses" and "killed dozens"
            // count what was hit
            boolean countsWhatWasHit = k >= trig.to() && t.in(WordClass.QUANTITY_CUE);
            if (t.in(WordClass.GENERIC_CUE) && !itself && !countsWhatWasHit && !countsMunitions(k, trig.from())
                    || spanOf || usedTo) {
                return false;
            }
        }
        // "more than 150 attacks since October" is a tally; "14 airstrikes on Sunday" is one day's raid
        Token head = tokens.get(trig.to() - 1);
        if (head.lower().endsWith("s") && trig.from() > 0 && Numbers.value(tokens.get(trig.from() - 1)) > 10) {
            for (int k = clauseFrom; k < clauseTo; k++) {
                if (tokens.get(k).in(WordClass.TALLY_CUE)) {
                    return false;
                }
            }
        }
        // "attacks on US forces since Oct. 7": a count over a period, not one strike
        if (head.lower().endsWith("s") && !definite) {
            for (int k = trig.to(); k < clauseTo; k++) {
                if (tokens.get(k).is("since")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How far "capable of" may stand before the strike word it makes a capability: "capable of launching drone attacks". */
    private static final int CAPABLE_REACH = 3;

    /** "Capable of striking bases across the region": what a party can do, not a strike. */
    private boolean capableOf(int k, int trigFrom) {
        return tokens.get(k).is("capable") && k + 1 < trigFrom && tokens.get(k + 1).is("of") && trigFrom - k <= CAPABLE_REACH;
    }

    /** How far before "shelled" its subject may name the weapon: "Russian warplanes heavily shelled". */
    private static final int SHELLER_REACH = 3;

    /**
     * "Warplanes shelled the town", "aerial shelling": copy (and translation from Arabic) says aircraft shell too; the
     * weapon word nearest before, if any, decides.
     */
    private boolean shelledFromAir(int i, int clauseFrom) {
        for (int k = i - 1; k >= Math.max(clauseFrom, i - SHELLER_REACH); k--) {
            String w = tokens.get(k).lower();
            Weapon weapon = Weapon.WORDS.get(w);
            if (weapon != null || w.equals("aerial")) {
                return weapon == Weapon.AIR || w.equals("aerial");
            }
        }
        return false;
    }

    /** Verbs that carry out a strike named by a noun after them: "launch the attack", "carry out strikes". */
    private static final Set<String> LAUNCH_VERBS = Set.of("launch", "carry", "conduct", "mount", "stage", "execute");

    /**
     * "An attempt to launch the drone attack", "plans to carry out the strikes": a plan or threat, then "to" and a verb that
     * carries out the strike named after it, tells a strike not (yet) made, even one named with "the".
     */
    private boolean plannedLaunch(int k, int trigFrom) {
        return k > 0 && k + 1 < trigFrom && tokens.get(k).is("to") && tokens.get(k - 1).in(WordClass.MODAL_CUE)
                && LAUNCH_VERBS.contains(tokens.get(k + 1).lower());
    }

    /**
     * "Dozens of cruise missiles were launched at the airfield": a quantity word before the strike verb that counts the
     * weapons named between them counts the munitions of one strike, not strikes.
     */
    private boolean countsMunitions(int cue, int trigFrom) {
        if (!tokens.get(cue).in(WordClass.QUANTITY_CUE) || cue + 1 >= trigFrom || !tokens.get(cue + 1).is("of")) {
            return false;
        }
        for (int k = cue + 2; k < trigFrom; k++) {
            if (tokens.get(k).in(WordClass.WEAPON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Turkey's drone strikes could push the Kurds toward Damascus", "rocket attacks may resume": strikes named in the
     * plural, without an article that points back at known ones, as the subject of a verb of what may come are a
     * prediction about strikes as a class.
     */
    private boolean predicted(Trigger trig, int clauseTo) {
        if (!tokens.get(trig.to() - 1).lower().endsWith("s") || verbal(trig)) {
            return false;
        }
        int k = trig.to();
        while (k < clauseTo && tokens.get(k).lower().endsWith("ly")) {
            k++; // "strikes likely will", "raids only could"
        }
        return k < clauseTo && tokens.get(k).in(WordClass.PREDICTION_VERB);
    }

    /** Words of a crowd's anger; an "attack" of no weapon told beside them is a mob's on a building, not a strike. */
    static final Set<String> CROWD = Set.of("protest", "protests", "protesters", "protestors", "demonstrators",
            "demonstrations", "rioters", "riots", "mob", "mobs", "stormed", "boycott");

    /**
     * "condemned it through protests, attacks on the embassy and calls to boycott": an attack of no weapon, in a sentence
     * of a crowd's anger, is the crowd's.
     */
    boolean byCrowd(Trigger trig, int sentenceFrom, int sentenceTo) {
        if (trig.strength() > 1 || trig.weapon() != null) {
            return false;
        }
        for (int k = sentenceFrom; k < sentenceTo; k++) {
            if (tokens.get(k).in(WordClass.CROWD)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "forces frequently carry out raids, airstrikes and shelling": a frequency word before the strike word makes every
     * strike of the list a habit, however far down the list it stands. The look back crosses the list's commas (each
     * starts a clause) but stops at the sentence's end, a semicolon, a clause opener ("but", "while") and a date; a
     * frequency word inside a relative clause closed before the strike word ("jets, which often fly there, bombed")
     * tells of the jets, not of this strike.
     */
    private boolean oftenBefore(int trigFrom) {
        boolean crossedComma = false;
        for (int k = trigFrom - 1; k >= 0 && k >= trigFrom - OFTEN_REACH; k--) {
            Token t = tokens.get(k);
            if (t.in(WordClass.FREQUENCY_CUE)) {
                return !crossedComma || !relativeClauseAt(k);
            }
            if (t.punct() && (t.is(".") || t.is(";") || t.is("!") || t.is("?")) || t.in(WordClass.CLAUSE_OPENER)
                    || t.in(WordClass.MONTH) || t.in(WordClass.WEEKDAY)) {
                return false;
            }
            crossedComma |= t.is(",");
        }
        return false;
    }

    /** Whether the clause holding token {@code k} opens with "which", "who" or "that" (a relative clause). */
    private boolean relativeClauseAt(int k) {
        for (int j = k - 1; j >= 0 && !tokens.get(j).is(",") && !tokens.get(j).is("."); j--) {
            if (tokens.get(j).is("which") || tokens.get(j).is("who") || tokens.get(j).is("that")) {
                return true;
            }
        }
        return false;
    }

    /** "several times", "many times", "over the past few years", "in recent years": a habit, not one strike. */
    private boolean habitual(int clauseFrom, int clauseTo) {
        for (int k = clauseFrom + 1; k < clauseTo; k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (t.is("times") && before.in(WordClass.MANY) || t.is("years") && before.in(WordClass.SPAN_LEAD)) {
                return !superlative(tokens, clauseFrom, clauseTo);
            }
            // "have been bombing Idlib for months", "for weeks": a strike that lasts a span is a campaign
            if (t.in(WordClass.SPAN_UNIT) && before.is("for")) {
                return true;
            }
        }
        return overSpan(tokens, clauseFrom, clauseTo);
    }

    /**
     * "killed over the past four days", "in the last two weeks": a tally over a span of days, not one strike's; "the
     * deadliest in the past two years" still tells of one.
     */
    static boolean overSpan(List<Token> tokens, int from, int to) {
        for (int k = from + 2; k < to; k++) {
            if (tokens.get(k).in(WordClass.SPAN_UNIT) && (tokens.get(k - 2).is("past") || tokens.get(k - 2).is("last"))) {
                return !superlative(tokens, from, to);
            }
        }
        return false;
    }

    private static boolean superlative(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).in(WordClass.SUPERLATIVE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "attacks since Oct. 7", "the war that began on Oct. 7": a date that opens a period, not the day of a strike.
     * Only "the strikes since Sunday", said of strikes already known, dates them by the period's first day. The date's
     * own first word may be the "since" ("have pounded the province since April"). A date a "when" clause tells of is
     * that clause's day: "the first attack since September, when mortar shells hit the zone".
     */
    boolean opensPeriod(DateExpr d, boolean referential) {
        int after = d.toTok();
        if (after + 1 < tokens.size() && tokens.get(after).is(",") && tokens.get(after + 1).is("when")) {
            return false;
        }
        for (int k = d.fromTok(); k >= Math.max(0, d.fromTok() - 3); k--) {
            String w = tokens.get(k).lower();
            if (PERIOD_STARTS.contains(w)) {
                return !referential || !w.equals("since");
            }
            if (tokens.get(k).punct()) {
                return false;
            }
        }
        return false;
    }
    /** How far before a date a "since" may open the phrase that date belongs to. */
    private static final int SINCE_REACH = 20;

    /**
     * "the deadliest strike since the war broke out in Gaza on October 7", "the first attack since they entered the
     * conflict in September 2015": a date in a "since" phrase after the strike's word dates what the phrase measures
     * from, never the strike. A comma ends the phrase.
     */
    boolean inSincePhraseAfter(DateExpr d, int triggerTo) {
        for (int k = d.fromTok() - 1; k >= Math.max(triggerTo, d.fromTok() - SINCE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is("since")) {
                return true;
            }
            if (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is(")")) {
                return false;
            }
        }
        return false;
    }

    /** A verb ("targeted", "struck", "hit"): it tells of a strike and never refers back to one, whatever precedes it. */
    boolean verbal(Trigger t) {
        String head = tokens.get(t.to() - 1).lower();
        return ACTION_VERBS.contains(head) || head.equals("struck") || head.equals("attacked") || head.equals("bombed")
                || head.equals("shelled") || head.equals("striking") || head.equals("attacking");
    }

    /** Whether a definite word ("the", "this", "their") opens the noun phrase that ends at {@code from}. */
    boolean definite(int from, int clauseFrom) {
        for (int k = from - 1; k >= Math.max(clauseFrom, from - 5); k--) {
            Token t = tokens.get(k);
            if (t.in(WordClass.DEFINITE)) {
                return true;
            }
            if (!t.in(WordClass.MODIFIER) && !t.punct() && !t.capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a trigger is a headline's bare verb ("Turkey bombs", "Israel hits"), which tells a strike of its subject. */
    boolean headlineVerb(Trigger t) {
        return t.from() < headlineEnd && t.strength() == 0;
    }

    private final List<Token> tokens;
    /** Tokens {@code [0, headlineEnd)} are a headline put before the story; 0 when there is none. */
    private final int headlineEnd;

    Triggers(List<Token> tokens) {
        this(tokens, 0);
    }

    Triggers(List<Token> tokens, int headlineEnd) {
        this.tokens = tokens;
        this.headlineEnd = headlineEnd;
    }
}
