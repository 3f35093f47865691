package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Place;
import io.strikeline.model.EventType;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Stage: the sides a strike's article tells beyond its own sentence. {@link Roles} gives each reading the sides its
 * sentence names; once the readings are merged into strikes, this corrects an air strike "by" a party with no aircraft,
 * and fills the sides still open from the other sites of one operation, from the one militia named for a generic
 * target, and from what the article as a whole tells (a claim, the army of the land, the troops a struck base hosts, the
 * one enemy named, the army whose military site was hit, the campaign's enemy).
 */
final class ArticleSides {

    /** The states that flew the US-led coalition's raids on the Islamic State beside the US (by their actor names). */
    private static final Set<String> COALITION_MEMBERS = Set.of("United Kingdom", "France", "Canada", "Netherlands",
            "Australia");
    /** The ground forces the US-led coalition fought the Islamic State beside. */
    private static final Set<String> COALITION_PARTNERS = Set.of("Syrian Democratic Forces", "YPG");

    private final ArticleDoc doc;
    private final List<Token> tokens;
    private final RoleCues cues;

    ArticleSides(ArticleDoc doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.cues = new RoleCues(doc.tokens);
    }

    /**
     * An air strike "by" a party with no aircraft (the Islamic State, a militia, a rebel group) misreads the party hit:
     * it becomes the target when none is named, and the strike keeps no perpetrator.
     */
    static void groundedNotFlying(Candidate e) {
        if (e.type != EventType.AIRSTRIKE || e.perpetrator == null) {
            return;
        }
        Kind k = e.perpetrator.kind();
        if (k == Kind.ISLAMIC_STATE || k == Kind.MILITIA || k == Kind.MILITIA_GENERIC || k == Kind.NON_STATE) {
            if (e.target == null) {
                e.target = e.perpetrator;
                e.targetMention = e.perpetratorMention;
            }
            e.perpetrator = null;
            e.perpetratorMention = null;
        }
    }

    /**
     * "The strikes hit two sites: A and B": the places of one clause are one operation, so a site whose own mentions name
     * no side takes the side its sibling's mentions name, when they struck on the same day. A site told in a sentence
     * that is also one of another strike's reports ("Iran fired 15 missiles: ten hit A, one hit B") is its sibling too.
     */
    static void shareWithinOperation(List<Candidate> events) {
        for (Candidate e : events) {
            for (Candidate o : events) {
                boolean sibling = o.originClause == e.originClause
                        || e.perpetrator == null && o.sentences.contains(e.sentence.index)
                        && StrikeClass.compatible(o.type, e.type);
                if (o == e || !sibling || !Coreference.daysAgree(o.date, e.date)) {
                    continue;
                }
                if (e.perpetrator == null && o.perpetrator != null) {
                    e.perpetrator = o.perpetrator;
                    e.perpetratorMention = o.perpetratorMention;
                    if (e.target != null && e.target.name().equals(e.perpetrator.name())) {
                        e.target = null; // the party that struck was read as hit in a threat or a motive
                        e.targetMention = null;
                    }
                }
                if (e.target == null && o.target != null && !o.target.equals(e.perpetrator)) {
                    e.target = o.target;
                    e.targetMention = o.targetMention;
                }
            }
        }
    }

    /**
     * "Iran-backed militias" as the target of a strike whose sentences name one militia only (Kata'ib Hezbollah's
     * headquarters): the named group is the one hit.
     */
    void nameGenericTargets(List<Candidate> events, List<SentenceInfo> sentences) {
        // sites that share the target's mention are one operation: the sentences of all of them may name the group
        Map<Mention, Set<Integer>> toldByMention = new HashMap<>();
        for (Candidate e : events) {
            if (e.target != null && e.target.kind() == Kind.MILITIA_GENERIC && e.targetMention != null) {
                toldByMention.computeIfAbsent(e.targetMention, m -> new TreeSet<>()).addAll(e.sentences);
            }
        }
        for (Candidate e : events) {
            if (e.target == null || e.target.kind() != Kind.MILITIA_GENERIC) {
                continue;
            }
            ActorFinder.Hit named = null;
            boolean several = false;
            for (int index : toldByMention.getOrDefault(e.targetMention, e.sentences)) {
                for (ActorFinder.Hit a : sentences.get(index).actors) {
                    if (a.actor().kind() != Kind.MILITIA || a.actor().equals(e.perpetrator)) {
                        continue;
                    }
                    several |= named != null && !named.actor().equals(a.actor());
                    if (named == null) {
                        named = a;
                    }
                }
            }
            if (named != null && !several) {
                e.target = named.actor();
                e.targetMention = doc.mention(MentionKind.ACTOR, named.fromTok(), named.toTok(), named.actor().name());
            }
        }
    }

    /**
     * The sides the article as a whole tells, for strikes their own sentences left open: the party said to have claimed
     * them, the army of the land, the US forces at a base that hosts them, the one enemy named, the army whose military site
     * was hit, the campaign's enemy.
     */
    void fillFromArticle(List<Candidate> events, List<SentenceInfo> sentences) {
        ClaimedBy.fill(events, sentences, doc);
        armyOfTheLand(events);
        hostsOfTheBase(events);
        NamedEnemy.fill(events, sentences, doc);
        militarySiteOfTheLand(events);
        campaignEnemy(events, sentences);
    }

    /**
     * A strike by the US, Iraq or another state of the coalition with no target named, in an article whose only armed
     * opponent named anywhere is the Islamic State: campaign copy names the enemy once and then tells of "militants" and
     * "positions"; the strike hit it.
     */
    private void campaignEnemy(List<Candidate> events, List<SentenceInfo> sentences) {
        // the coalition's ground partners against the Islamic State, named in its campaign copy, are no second opponent
        ActorFinder.Hit enemy = null;
        for (SentenceInfo s : sentences) {
            for (ActorFinder.Hit a : s.actors) {
                Kind k = a.actor().kind();
                if (k == Kind.ISLAMIC_STATE && enemy == null) {
                    enemy = a;
                } else if ((k == Kind.MILITIA || k == Kind.MILITIA_GENERIC || k == Kind.IRAN || k == Kind.NON_STATE)
                        && !COALITION_PARTNERS.contains(a.actor().name())) {
                    return;
                }
            }
        }
        for (Candidate e : enemy == null ? List.<Candidate>of() : events) {
            if (e.target == null && e.perpetrator != null && (e.perpetrator.kind() == Kind.US
                    || e.perpetrator.kind() == Kind.IRAQI_FORCES || COALITION_MEMBERS.contains(e.perpetrator.name()))) {
                e.target = enemy.actor();
                e.targetMention = doc.mention(MentionKind.ACTOR, enemy.fromTok(), enemy.toTok(), enemy.actor().name());
            }
        }
    }

    /** Bases, airports and the embassy where US troops were stationed in Iraq, Syria and Jordan (gazetteer ids). */
    private static final Set<String> US_HOSTING_SITES = Set.of(
            "iq-ain-al-asad", "iq-erbil-airport", "iq-harir", "iq-biap", "iq-victory", "iq-taji", "iq-balad", "iq-k1",
            "iq-us-embassy", "iq-qwest", "sy-tanf", "sy-conoco", "sy-omar", "sy-shaddadi", "sy-rmelan", "sy-kharab-jir",
            "sy-qasrak", "jo-tower-22");

    /**
     * "Rockets struck Ain al-Asad": a rocket, drone or missile attack by no state's forces (or by Iran) on a base that
     * hosts US troops, naming no one hit, hit the US forces there (who the base hosts never struck it).
     */
    private static void hostsOfTheBase(List<Candidate> events) {
        for (Candidate e : events) {
            Place p = e.placeValue();
            Kind by = e.perpetrator == null ? null : e.perpetrator.kind();
            boolean hostile = by == null || by == Kind.IRAN || by == Kind.MILITIA || by == Kind.MILITIA_GENERIC;
            boolean groundLaunched = e.type != EventType.AIRSTRIKE && e.type != EventType.DRONE_STRIKE
                    && e.type != EventType.ARTILLERY;
            if (e.target == null && hostile && groundLaunched && p != null && US_HOSTING_SITES.contains(p.id())) {
                e.target = new Actor(Actor.UNITED_STATES, Kind.US);
                e.targetMention = e.placeMention;
            }
        }
    }

    /**
     * The army of each country whose soldiers, named by no nationality, die in another state's strikes there, and whose
     * military sites, owned by no party the copy names, are struck there.
     */
    private static final Map<String, Actor> ARMY_OF = Map.of(
            "SY", new Actor("Syrian government", Kind.STATE), "IQ", new Actor("Iraqi forces", Kind.IRAQI_FORCES));
    private static final Set<String> SOLDIER_WORDS = Set.of("soldiers", "soldier", "troops", "conscripts");
    /** "its soldiers", "the troops": soldiers of a party told of before, not the land's army. */
    private static final Set<String> OWNERS = Set.of("the", "its", "their", "his", "her", "our");
    /** How many words before "soldiers" a nationality ("two U.S. soldiers") would stand. */
    private static final int SOLDIER_QUALIFIERS = 3;

    /**
     * "Israeli strikes near Damascus killed four soldiers": soldiers named by no nationality among the casualties of a
     * foreign state's strike are the army of the country struck, the party hit when no other is named.
     */
    private void armyOfTheLand(List<Candidate> events) {
        for (Candidate e : events) {
            Actor army = e.placeValue() == null ? null : ARMY_OF.get(e.placeValue().country());
            boolean foreign = e.perpetrator != null && army != null && !e.perpetrator.name().equals(army.name())
                    && (e.perpetrator.kind() == Kind.STATE || e.perpetrator.kind() == Kind.US);
            if (e.target == null && foreign) {
                hitArmyWhereTold(e, army, s -> unqualifiedSoldiers(s, e), 1);
            }
        }
    }

    /**
     * Makes {@code army} the party {@code e} hit, told at the first word {@code find} finds in the strike's sentences
     * (a mention {@code width} words long); leaves {@code e} as it is when none tells it.
     */
    private void hitArmyWhereTold(Candidate e, Actor army, ToIntFunction<SentenceInfo> find, int width) {
        for (int index : e.sentences) {
            int at = find.applyAsInt(doc.sentences.get(index));
            if (at >= 0) {
                e.target = army;
                e.targetMention = doc.mention(MentionKind.ACTOR, at, at + width, army.name());
                return;
            }
        }
    }

    /** What "military" names as a site of an army: "a military airport", "the military academy", "a military base". */
    private static final Set<String> MILITARY_SITES = Set.of("airport", "airbase", "academy", "college", "base", "barracks",
            "airfield");

    /**
     * "Drones struck a military academy in Homs", "planes attacked the Mezzeh military airport": a military site of the
     * country struck, owned by no party the copy names, is its army's, the party hit when no other is named; not by the
     * army itself, and not a site the copy gives to another ("a Turkish military base", "a U.S. military base").
     */
    private void militarySiteOfTheLand(List<Candidate> events) {
        for (Candidate e : events) {
            Actor army = e.placeValue() == null ? null : ARMY_OF.get(e.placeValue().country());
            if (e.target == null && army != null && !army.equals(e.perpetrator)) {
                hitArmyWhereTold(e, army, this::unownedMilitarySite, 2);
            }
        }
    }

    /** The token of "military" before a site noun, with no party's or nation's name before it; else -1. */
    private int unownedMilitarySite(SentenceInfo s) {
        for (int i = s.from + 1; i + 1 < s.to; i++) {
            if (!tokens.get(i).is("military") || !MILITARY_SITES.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            int at = i - 1;
            boolean owned = tokens.get(at).in(WordClass.NATIONALITY)
                    || s.actors.stream().anyMatch(a -> a.fromTok() <= at && a.toTok() > at);
            if (!owned) {
                return i;
            }
        }
        return -1;
    }

    /** The token of "soldiers" with no nationality or party before it, in a sentence that tells of casualties; else -1. */
    private int unqualifiedSoldiers(SentenceInfo s, Candidate e) {
        if (s.casualties.stream().noneMatch(h -> h.count() > 0)) {
            return -1;
        }
        for (int i = s.from; i < s.to; i++) {
            if (!SOLDIER_WORDS.contains(tokens.get(i).lower()) || s == e.sentence && cues.inMotive(i, e.trigger)) {
                continue; // "in retaliation for an attack that killed 12 soldiers": the motive's dead
            }
            boolean qualified = false;
            for (int k = Math.max(s.from, i - SOLDIER_QUALIFIERS); k < i; k++) {
                Token t = tokens.get(k);
                qualified |= t.in(WordClass.NATIONALITY) || t.capitalized() && !t.isNumber() || OWNERS.contains(t.lower());
            }
            int at = i;
            if (!qualified && s.actors.stream().noneMatch(a -> a.fromTok() <= at && a.toTok() > at)) {
                return i;
            }
        }
        return -1;
    }
}
