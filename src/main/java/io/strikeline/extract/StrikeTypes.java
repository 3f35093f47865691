package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import io.strikeline.model.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Stage: the kind of each strike, from its trigger, the weapon named near it and who carried it out. */
final class StrikeTypes {

    /** Words that mark missiles fired from the ground or the sea, not from aircraft. */
    private static final Set<String> LAUNCHED_MISSILE = Set.of(
            "ballistic", "cruise", "tomahawk", "tomahawks", "kalibr", "surface", "warship", "warships", "destroyer",
            "destroyers", "submarine", "ship", "ships");

    /** Words that name a missile no aircraft fired: not "surface", which air defences' missiles share. */
    private static final Set<String> MISSILE_LAUNCHERS = Set.of(
            "ballistic", "cruise", "tomahawk", "tomahawks", "kalibr", "warship", "warships", "destroyer", "destroyers",
            "submarine", "frigate", "frigates");

    private StrikeTypes() {}

    static EventType typeOf(Trigger t, Weapon w, Actor perp, Actor target, boolean referential) {
        EventType type = t.type();
        boolean drone = type == EventType.DRONE_STRIKE || type == EventType.DRONE_ATTACK || type == null && w == Weapon.DRONE;
        if (drone) {
            return droneType(perp, target);
        }
        // "jets carried out 30 raids": a raid is of the weapon that carried it out
        if (type != null && !(type == EventType.OTHER && w != null)) {
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
     * A state's armed drone strikes; an armed group's one-way drone attacks, the kind that hits troops and bases. Iran's
     * own drones on the Kurdish camps are a state's strikes; a drone attack on US forces blamed on Iran was its proxies'. A
     * drone nobody is named for is an attack whatever the copy calls it ("a drone strike hit the prime minister's home"): a
     * state's armed drone is told as that state's.
     */
    private static EventType droneType(Actor perp, Actor target) {
        if (perp != null && perp.kind() == Kind.IRAN) {
            return onUs(target) ? EventType.DRONE_ATTACK : EventType.DRONE_STRIKE;
        }
        if (perp != null) {
            return perp.kind().flies() ? EventType.DRONE_STRIKE : EventType.DRONE_ATTACK;
        }
        return EventType.DRONE_ATTACK;
    }

    /**
     * The kind once every strike has its parties: rockets or missiles fired from an airspace are an air strike; a drone
     * strike follows who flew the drone; a "missile strike" by a party with an air force is an air strike unless the
     * missiles are said to be ballistic, cruise or ship-launched; a "missile and rocket attack" with ballistic missiles is
     * a missile strike.
     */
    static void settle(List<Candidate> events, ArticleDoc doc) {
        List<Token> tokens = doc.tokens;
        for (Candidate e : events) {
            EventType settled = e.type;
            if ((e.type == EventType.ROCKET_ATTACK || e.type == EventType.MISSILE_STRIKE) && firedFromAirspace(e, tokens)) {
                settled = EventType.AIRSTRIKE;
            } else if (e.type == EventType.DRONE_STRIKE || e.type == EventType.DRONE_ATTACK
                    || e.type == EventType.AIRSTRIKE && carriedOutByDrone(e, doc)) {
                settled = e.perpetrator == null && flownByState(e, events, tokens)
                        ? EventType.DRONE_STRIKE : droneType(e.perpetrator, e.target);
            } else if (e.type == EventType.MISSILE_STRIKE && !namesAny(tokens, e.sentence.from, e.sentence.to, LAUNCHED_MISSILE)
                    && (e.perpetrator == null ? toldAsAirRaid(e, doc) : e.perpetrator.kind().flies())) {
                settled = EventType.AIRSTRIKE;
            } else if (e.type == EventType.ROCKET_ATTACK && (launchedMissilesBefore(e.trigger.from(), e.sentence.from, tokens)
                    || missilesNamedFirst(e, doc))) {
                settled = EventType.MISSILE_STRIKE;
            } else if (e.type == EventType.MISSILE_STRIKE && !byMissileState(e.perpetrator) && rocketsCalledMissiles(e, doc)) {
                settled = EventType.ROCKET_ATTACK;
            } else if (e.type == EventType.AIRSTRIKE && e.trigger.weapon() == null && missilesNotAircraft(e, events, doc)) {
                settled = EventType.MISSILE_STRIKE;
            }
            if (settled != e.type) {
                e.type = settled;
                e.typeMention = doc.mention(MentionKind.TRIGGER, e.trigger.from(), e.trigger.to(), settled.code());
            }
        }
    }

    /**
     * "Rockets fired from Lebanese airspace hit the site", "missiles launched from Iraqi airspace": what is fired from an
     * airspace was fired by aircraft, an air strike whatever its munition is called. The "from" must be the launch's
     * ({@link Places#launchedFrom}): "after the jets withdrew from Iraqi airspace" says nothing of the rockets.
     */
    private static boolean firedFromAirspace(Candidate e, List<Token> tokens) {
        for (int i = e.sentence.from + 1; i < e.sentence.to; i++) {
            if (tokens.get(i).is("airspace") && Places.launchedFrom(tokens, e.sentence.from, i)) {
                return true;
            }
        }
        return false;
    }

    /** How far before a strike verb its subject may name ballistic missiles beside rockets. */
    private static final int LAUNCHED_REACH = 8;

    /**
     * "Ballistic missile and rocket fire", "two ballistic missiles and several rockets struck": missiles no aircraft fired,
     * named in the words before the strike (within its clause), make a strike told with rockets a missile strike.
     */
    private static boolean launchedMissilesBefore(int trigFrom, int sentenceFrom, List<Token> tokens) {
        for (int k = trigFrom - 1; k >= Math.max(sentenceFrom, trigFrom - LAUNCHED_REACH); k--) {
            if (LAUNCHED_MISSILE.contains(tokens.get(k).lower())) {
                return true;
            }
            if (tokens.get(k).punct()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "A salvo of missiles and rockets hit the base": a rocket attack whose sentences name missiles first of a pair
     * with rockets was a missile strike, as copy names the heavier arm first ("rockets and missiles" stays rockets).
     */
    private static boolean missilesNamedFirst(Candidate e, ArticleDoc doc) {
        List<Token> tokens = doc.tokens;
        for (int index : e.sentences) {
            List<Weapon.Hit> weapons = doc.sentences.get(index).weapons;
            for (int w = 0; w + 1 < weapons.size(); w++) {
                Weapon.Hit first = weapons.get(w);
                Weapon.Hit second = weapons.get(w + 1);
                if (first.weapon() == Weapon.MISSILE && second.weapon() == Weapon.ROCKET && second.from() == first.to() + 1
                        && (tokens.get(first.to()).is("and") || tokens.get(first.to()).is("or"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far after an air strike's noun its agent may stand: "an air strike that a Turkish army drone conducted". */
    private static final int AGENT_REACH = 4;
    /** How far a participle of doing may take "by" from the strike noun: "the strike on Friday was conducted by". */
    private static final int DONE_BY_REACH = 7;
    /** Participles whose "by" names who carried a strike out: "was conducted by", "was carried out by". */
    private static final Set<String> DONE = Set.of("conducted", "out", "executed", "launched", "delivered");

    /**
     * "An airstrike by a Turkish drone", "an attack by a U.S. drone", "the strike on Friday was conducted by two MQ-9s": the
     * air strike was a drone's. Asked of the strike's own trigger and of the strike nouns of the other sentences that tell it.
     */
    private static boolean carriedOutByDrone(Candidate e, ArticleDoc doc) {
        List<Token> tokens = doc.tokens;
        if (byDroneAfter(tokens, e.trigger.to(), e.sentence.to)) {
            return true;
        }
        for (int index : e.sentences) {
            SentenceInfo s = doc.sentences.get(index);
            for (int i = s.from; i < s.to; i++) {
                String w = tokens.get(i).lower();
                boolean strikeNoun = Triggers.STRIKE_NOUNS.contains(w) || Triggers.ATTACK_NOUNS.contains(w)
                        || w.startsWith("airstrike");
                if (i != e.trigger.from() && strikeNoun && byDroneAfter(tokens, i + 1, s.to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a drone is the agent "by" names within reach after a strike noun that ends at {@code from}. */
    private static boolean byDroneAfter(List<Token> tokens, int from, int sentenceTo) {
        int to = Math.min(sentenceTo, from + DONE_BY_REACH);
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("by")) {
                boolean near = k < from + AGENT_REACH || k > from && DONE.contains(tokens.get(k - 1).lower());
                return near && droneAgent(tokens, k + 1, sentenceTo);
            }
            if (tokens.get(k).punct()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a drone word stands within reach from {@code from}: the dots of "U.S." do not end the agent's words. */
    private static boolean droneAgent(List<Token> tokens, int from, int sentenceTo) {
        int words = 0;
        for (int j = from; j < sentenceTo && words < AGENT_REACH; j++) {
            Token t = tokens.get(j);
            if (t.is(".") && j > from && tokens.get(j - 1).raw().length() == 1) {
                continue; // "a U.S. drone"
            }
            if (t.punct()) {
                return false;
            }
            if (Weapon.WORDS.get(t.lower()) == Weapon.DRONE) {
                return true;
            }
            words++;
        }
        return false;
    }

    /**
     * Parties a state's drones hunt: named militias, the Islamic State, insurgent and exiled armed groups; not "Iran-backed
     * militias" at large, whom copy names as the suspects of the drone attacks it cannot pin on anyone.
     */
    private static final Set<Kind> ARMED_GROUPS = Set.of(Kind.MILITIA, Kind.ISLAMIC_STATE, Kind.NON_STATE);

    /** How many words a state's adjective may stand before a drone: "a Turkish military drone". */
    private static final int OWNER_REACH = 2;

    /**
     * A drone no party is found for is still a state's when it hit an armed group ("a drone strike killed a militia
     * commander": groups' drones hit bases, airports and officials), when its sentence names a state's drone model ("an
     * MQ-9 Reaper"),
     * when the copy names the state in front of it ("a Turkish drone strike", "an Iranian military drone") or when the
     * article's other strikes are all a state's ("missiles and drones hit the camps" beside "Iran's missile strikes") and
     * the drone hit no US or Iraqi forces (strikes of the party the drone hit do not count).
     */
    private static boolean flownByState(Candidate e, List<Candidate> events, List<Token> tokens) {
        if (e.target != null && ARMED_GROUPS.contains(e.target.kind())) {
            return true;
        }
        for (Weapon.Hit w : e.sentence.weapons) {
            if (Weapon.STATE_DRONES.contains(tokens.get(w.from()).lower())) {
                return true;
            }
        }
        for (ActorFinder.Hit a : e.sentence.actors) {
            if (state(a.actor()) && a.toTok() <= e.trigger.from() && e.trigger.from() - a.toTok() <= OWNER_REACH) {
                return true;
            }
        }
        if (onUs(e.target)) {
            return false; // an article of US retaliation tells the militias' drones on its bases too
        }
        boolean byState = false;
        for (Candidate o : events) {
            // Russia's raids told beside drones that attacked Russia's base: the party hit did not fly the drone
            if (o != e && o.perpetrator != null && !o.perpetrator.equals(e.target)) {
                if (!state(o.perpetrator)) {
                    return false;
                }
                byState = true;
            }
        }
        return byState;
    }

    private static boolean onUs(Actor target) {
        return target != null && (target.kind() == Kind.US || target.kind() == Kind.IRAQI_FORCES);
    }

    private static boolean state(Actor a) {
        return a.kind().flies() || a.kind() == Kind.IRAN;
    }

    /**
     * "Mounted an air aggression using a number of missiles, hitting sites near Homs": missiles told in a sentence that
     * names an air strike, or aircraft other than the air defences' ("anti-aircraft"), were fired from the air (asked
     * when no party is found for them: a party's own kind decides otherwise).
     */
    private static boolean toldAsAirRaid(Candidate e, ArticleDoc doc) {
        List<Token> tokens = doc.tokens;
        for (int index : e.sentences) {
            SentenceInfo s = doc.sentences.get(index);
            for (Weapon.Hit w : s.weapons) {
                if (w.weapon() == Weapon.AIR && (w.from() == 0 || !tokens.get(w.from() - 1).is("anti"))) {
                    return true;
                }
            }
            for (int i = s.from; i < s.to; i++) {
                String w = tokens.get(i).lower();
                String next = i + 1 < s.to ? tokens.get(i + 1).lower() : "";
                if (w.startsWith("airstrike") || w.equals("air") && AIR_RAID_NOUNS.contains(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What "air" names a strike with: "air strikes", "an air raid", "an air aggression". */
    private static final Set<String> AIR_RAID_NOUNS = Set.of(
            "strike", "strikes", "raid", "raids", "aggression", "aggressions", "attack", "attacks");

    /** A state that fires missiles of its own: one with an air force, or Iran. */
    private static boolean byMissileState(Actor perp) {
        return perp != null && (perp.kind().flies() || perp.kind() == Kind.IRAN);
    }

    /**
     * "Katyusha rockets landed in the Green Zone" and "the first missile fell near the ministry": copy, and translation from
     * Arabic (one word for both), calls a militia's rockets missiles too; a strike told with both words by no state that
     * fires missiles, in sentences that never name Iran nor ballistic or cruise missiles, is a rocket attack.
     */
    private static boolean rocketsCalledMissiles(Candidate e, ArticleDoc doc) {
        boolean rockets = false;
        for (int index : e.sentences) {
            SentenceInfo s = doc.sentences.get(index);
            boolean namesIran = s.actors.stream().anyMatch(a -> a.actor().kind() == Kind.IRAN);
            if (namesIran || namesAny(doc.tokens, s.from, s.to, LAUNCHED_MISSILE)) {
                return false;
            }
            rockets |= s.weapons.stream().anyMatch(w -> w.weapon() == Weapon.ROCKET);
        }
        return rockets;
    }

    /**
     * "The US launched a strike on the airbase" and "59 Tomahawks were fired from two destroyers": a strike whose kind was
     * only guessed from who carried it out is a missile strike when its sentences (or the next sentence, when that tells
     * no strike of its own) name cruise or ballistic missiles, or missiles fired from ships, and the sentence that tells
     * it names no aircraft.
     */
    private static boolean missilesNotAircraft(Candidate e, List<Candidate> events, ArticleDoc doc) {
        if (e.sentence.weapons.stream().anyMatch(w -> w.weapon() == Weapon.AIR)) {
            return false;
        }
        List<Integer> told = new ArrayList<>(e.sentences);
        int next = e.sentence.index + 1;
        if (next < doc.sentences.size() && events.stream().noneMatch(o -> o.sentences.contains(next))) {
            told.add(next); // the sentence after the lead that tells no strike of its own: the lead's detail
        }
        for (int index : told) {
            SentenceInfo s = doc.sentences.get(index);
            if (s.weapons.stream().anyMatch(w -> w.weapon() == Weapon.MISSILE)
                    && namesAny(doc.tokens, s.from, s.to, MISSILE_LAUNCHERS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token from {@code from} to {@code to} is one of {@code words}. */
    private static boolean namesAny(List<Token> tokens, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
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
