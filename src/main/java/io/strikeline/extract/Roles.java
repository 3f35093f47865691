package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.EventType;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage: who struck and who was hit. Each actor named near a strike gets a role from the words around it ("by X",
 * "X's strike", "against X", "X said"); the strongest perpetrator and the nearest target in the clause are the
 * candidate's.
 */
final class Roles {

    /**
     * HIT_ELSEWHERE: the party hit, told in another clause of the sentence (a struck base's hosts); VICTIMS: the party
     * whose people the strike's toll counts, hit before any party whose place is told as struck; ANSWERED: the party whose
     * deed the strike answers, told in the motive wherever it stands in the sentence.
     */
    private enum Role { PERPETRATOR_STRONG, PERPETRATOR, TARGET, HIT_ELSEWHERE, VICTIMS, ANSWERED, SPEAKER, NONE }

    static final Map<String, String> NATIONALITY = Map.of(
            "iraqi", "IQ", "syrian", "SY", "jordanian", "JO", "iranian", "IR", "turkish", "TR", "yemeni", "YE",
            "lebanese", "LB", "israeli", "IL", "kuwaiti", "KW", "saudi", "SA");
    static final Set<String> REPORTING = Set.of(
            "said", "says", "say", "announced", "told", "stated", "reported", "added", "noted", "confirmed", "tweeted", "wrote",
            "statement", "denied", "warned", "vowed", "pledged", "declared", "acknowledged", "insisted", "has", "have",
            "spokesman", "spokesperson", "officials", "official", "condemned", "believes", "believed", "accused", "blamed",
            "urged", "called", "pointed", "did", "does", "is", "was", "argued", "contended", "responded", "denounced",
            "decried", "deplored");
    static final Set<String> TARGET_LEAD = Set.of(
            "against", "targeting", "targeted", "at", "on", "hitting", "struck", "hit", "killing",
            "toward", "towards", "near", "upon", "attacked", "bombed", "pounded", "into");
    /** "backed by Iran", "used by the militia": "by" that does not name who struck. */
    static final Set<String> NOT_AGENT_BY = Set.of(
            "backed", "funded", "supported", "trained", "armed", "allied", "founded", "sponsored", "aligned", "led", "run",
            "controlled", "claimed", "reported", "announced", "said", "used", "use", "operated", "owned", "held", "occupied",
            "manned", "housed", "hosted", "utilized", "utilised", "employed", "frequented", "staffed", "garrisoned", "visited",
            "directed", "financed", "equipped", "commanded", "guided", "advised", "inspired", "influenced");
    /** "blamed X", "accusing X of", "attributing it to X": the party a speaker holds responsible. */
    static final Set<String> BLAME = Set.of(
            "blamed", "blaming", "blames", "blame", "accused", "accusing", "accuses", "accuse", "attributed", "attributing",
            "attributes", "attribute");
    /** "a base hosting U.S. troops", "which houses coalition forces": the party at the site struck. */
    private static final Set<String> HOSTING = Set.of("hosts", "hosting", "houses", "housing", "host");
    /** "by both Iraqi and coalition planes": words that join a second party to the one "by" names. */
    static final Set<String> COORDINATION = Set.of("and", "both", "or");
    /** "by the terrorist IRGC", "by the outlawed PKK": labels a writer puts before the party named. */
    static final Set<String> ATTRIBUTIVE = Set.of("terrorist", "outlawed", "banned", "rogue", "so", "called");
    /** "where U.S. forces are based": words that put a party at the site a strike hit. */
    private static final Set<String> STATIONED = Set.of("based", "stationed", "deployed", "housed");
    /** "X suffered casualties", "X sustaining losses": the party a strike hit. */
    private static final Set<String> SUFFERED = Set.of("suffered", "suffering", "sustained", "sustaining");
    /** A verb right after an actor that makes it the doer of another deed, not the party a strike hit. */
    private static final Set<String> AGENT_VERBS = Set.of(
            "killing", "launched", "launching", "fired", "firing", "attacking", "fought", "fighting", "clashed", "seized",
            "captured", "advanced", "advancing", "retook", "shelled", "shelling", "stormed", "ambushed");
    /** "in coordination with X", "alongside X": a partner of the strike, neither who struck nor who was hit. */
    static final Set<String> PARTNER_LEAD = Set.of("with", "alongside", "supporting", "backing", "assisting");
    /** "clashes with X", "groups affiliated with X": the word before "with" that makes X an enemy or a patron instead. */
    private static final Set<String> NOT_PARTNER_WITH = Set.of("clashes", "clashed", "fighting", "fought", "battles",
            "battling", "affiliated", "associated", "allied", "aligned", "linked", "connected", "loyal", "ties");
    private static final Set<String> PERSON_TITLES = Set.of(
            "gen", "general", "commander", "leader", "leaders", "cleric", "official", "officials", "president", "minister",
            "spokesman", "spokesperson", "lawmaker", "lawmakers", "politician", "diplomat", "envoy", "ambassador", "adviser",
            "advisor", "colonel", "col", "maj", "lt", "brig", "chief", "analyst", "journalist", "foreign", "prime", "supreme",
            "militia", "line", "military");
    /** Words after a party's name that make it say where something lies ("Turkish border", "UK-based"). */
    private static final Set<String> PLACE_OF_PARTY = Set.of(
            "border", "borders", "frontier", "territory", "territories", "soil", "airspace", "waters", "based", "side",
            "coast", "mainland");
    private static final Set<String> PERSON_QUALIFIERS = Set.of("militia", "military", "hard", "line", "top", "senior");

    /** The ground forces the US-led coalition fought the Islamic State beside. */
    private static final Set<String> COALITION_PARTNERS = Set.of("Syrian Democratic Forces", "YPG");

    private final List<Token> tokens;
    private final RoleCues cues;
    private final ArticleDoc doc;
    private final Gazetteer gazetteer;

    Roles(ArticleDoc doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.cues = new RoleCues(doc.tokens);
        this.gazetteer = gazetteer;
    }

    /** Fills the candidate's perpetrator and target from the actors of its sentence. */
    void assign(Candidate c) {
        SentenceInfo s = c.sentence;
        Trigger t = c.trigger;
        ActorFinder.Hit perp = null;
        int perpScore = 0;
        ActorFinder.Hit target = null;
        ActorFinder.Hit speaker = null;
        ActorFinder.Hit militiaSpeaking = null;
        ActorFinder.Hit victims = null;
        int targetDistance = Integer.MAX_VALUE;
        for (ActorFinder.Hit a : s.actors) {
            if (a.actor().kind() == Kind.IGNORED || describesPerson(a) || describesPlace(a)) {
                continue;
            }
            doc.mention(MentionKind.ACTOR, a.fromTok(), a.toTok(), a.actor().name());
            Role role = role(a, c);
            if ((role == Role.PERPETRATOR || role == Role.PERPETRATOR_STRONG) && cues.patronOfAnother(a, s.from)) {
                role = Role.NONE; // "militias aligned with Iran claimed the attacks": the patron did not strike
            }
            boolean here = Clauses.inClause(c, a.fromTok(), a.toTok());
            boolean usable = here || Clauses.available(c, a.fromTok(), a.toTok());
            if (!usable && role != Role.PERPETRATOR_STRONG && role != Role.ANSWERED) {
                continue;
            }
            int score = switch (role) {
                case PERPETRATOR_STRONG -> 4;
                case PERPETRATOR -> here ? 3 : 1;
                default -> 0;
            };
            if (score > perpScore) {
                perp = a;
                perpScore = score;
            }
            if (role == Role.SPEAKER && a.toTok() <= t.from()) {
                speaker = a;
            }
            if (role == Role.SPEAKER && a.actor().kind() == Kind.MILITIA) {
                militiaSpeaking = a;
            }
            if (role == Role.VICTIMS && victims == null) {
                victims = a;
            }
            if (role == Role.TARGET && here || role == Role.HIT_ELSEWHERE || role == Role.VICTIMS || role == Role.ANSWERED) {
                int dist = Math.abs(a.fromTok() - t.from());
                if (target == null || a.fromTok() > t.from() && target.fromTok() < t.from() || dist < targetDistance) {
                    target = a;
                    targetDistance = dist;
                }
            }
        }
        if (victims != null && (perp == null || !victims.actor().equals(perp.actor()))) {
            target = victims; // "Iraqi border guards were killed when a Turkish drone struck PKK hideouts": the dead's side
        }
        if (target == null && speaker != null && cues.ownSideHit(c)) {
            // "the YPG said jets bombed its headquarters", "X said four of its members were killed": the speaker was hit
            target = speaker;
        }
        if (target != null && target.actor().kind() == Kind.MILITIA_GENERIC) {
            for (ActorFinder.Hit a : s.actors) {
                if (a.fromTok() >= target.toTok() && a.fromTok() <= target.toTok() + 3 && a.actor().kind() == Kind.MILITIA) {
                    target = a;
                    break;
                }
            }
        }
        if (perp == null && militiaSpeaking != null && target != null && target.actor().kind() == Kind.US) {
            perp = militiaSpeaking; // "drones targeted U.S. forces at Harir, the X said": an armed group telling its own attack
        }
        if (perp != null) {
            c.perpetrator = perp.actor();
            c.perpetratorMention = doc.mention(MentionKind.ACTOR, perp.fromTok(), perp.toTok(), perp.actor().name());
        }
        if (target != null && (perp == null || !target.actor().equals(perp.actor()))) {
            c.target = target.actor();
            c.targetMention = doc.mention(MentionKind.ACTOR, target.fromTok(), target.toTok(), target.actor().asTarget());
        }
    }

    /** "where U.S. forces are based", "where coalition troops are stationed": the party at the site struck. */
    private boolean stationedThere(ActorFinder.Hit a, int sentenceTo) {
        int k = a.toTok();
        if (k + 1 >= sentenceTo || a.fromTok() == 0 || !tokens.get(a.fromTok() - 1).is("where")) {
            return false;
        }
        return (tokens.get(k).is("are") || tokens.get(k).is("is") || tokens.get(k).is("were") || tokens.get(k).is("was"))
                && STATIONED.contains(tokens.get(k + 1).lower());
    }

    /** "Iranian Gen. Qassem Soleimani", "Iraqi militia leader": a nationality describing a person is not a party. */
    private boolean describesPerson(ActorFinder.Hit a) {
        if (a.toTok() - a.fromTok() != 1 || !NATIONALITY.containsKey(tokens.get(a.fromTok()).lower())) {
            return false;
        }
        int k = a.toTok();
        while (k < tokens.size() && k < a.toTok() + 2 && PERSON_QUALIFIERS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && (PERSON_TITLES.contains(tokens.get(k).lower()) || isName(k));
    }

    /**
     * "near the Turkish border", "the British-based monitor", "in Iraqi airspace": a party's name that says where a place
     * lies or where a body sits names no party to the strike.
     */
    private boolean describesPlace(ActorFinder.Hit a) {
        int k = a.toTok();
        return k < tokens.size() && PLACE_OF_PARTY.contains(tokens.get(k).lower());
    }

    private boolean isName(int i) {
        return i + 1 < tokens.size() && tokens.get(i).capitalized() && tokens.get(i + 1).capitalized()
                && ActorFinder.find(tokens, i, i + 2).isEmpty() && gazetteer.lookup(tokens.get(i).key()).isEmpty();
    }

    private Role role(ActorFinder.Hit a, Candidate c) {
        int from = a.fromTok();
        int sentenceFrom = c.sentence.from;
        int sentenceTo = c.sentence.to;
        if (cues.ownsListedStrike(a, c.trigger)) {
            return Role.PERPETRATOR_STRONG; // "X's attacks, including the attack on A"
        }
        Boolean answered = cues.answeredParty(a, c.trigger, sentenceFrom);
        if (answered != null) {
            return answered ? Role.ANSWERED : Role.NONE;
        }
        if (cues.namesOutlet(a, sentenceTo)) {
            return Role.SPEAKER; // "Iranian state television said", "the Turkish Anadolu news agency reported"
        }
        for (int k = from - 1; k >= Math.max(sentenceFrom, from - 5); k--) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (w.equals("by")) {
                int b = k - 1;
                while (b > sentenceFrom && (tokens.get(b).lower().endsWith("ly") || tokens.get(b).is("sometimes")
                        || tokens.get(b).is("also") || tokens.get(b).is("often"))) {
                    b--; // "used mainly by", "hosted jointly by", "sometimes directed by"
                }
                String before = b >= sentenceFrom && b < k ? tokens.get(b).lower() : "";
                boolean weaponUsed = b > sentenceFrom && Weapon.WORDS.containsKey(tokens.get(b - 1).lower());
                if (RoleCues.HELD_BY.contains(before) && !weaponUsed) {
                    return Role.HIT_ELSEWHERE; // "facilities used by X": the holder of the place struck was hit
                }
                if (before.equals("claimed")) {
                    return Role.PERPETRATOR_STRONG; // "an attack claimed by X"
                }
                if (NOT_AGENT_BY.contains(before) || cues.agentOfOtherDeed(k, c.trigger, sentenceFrom)) {
                    return before.equals("led") ? Role.PERPETRATOR : Role.NONE;
                }
                return Role.PERPETRATOR_STRONG;
            }
            if (w.equals("from") && k - 1 >= c.trigger.from() && k - 1 < c.trigger.to()) {
                return Role.PERPETRATOR_STRONG; // "came under air attack from X", "rocket fire from X"
            }
            if (t.in(WordClass.PARTNER_LEAD) && !(k > sentenceFrom && NOT_PARTNER_WITH.contains(tokens.get(k - 1).lower()))) {
                // "with X suffering casualties": X was hit, not a partner
                boolean suffers = a.toTok() < sentenceTo && SUFFERED.contains(tokens.get(a.toTok()).lower());
                return suffers ? Role.HIT_ELSEWHERE : Role.NONE;
            }
            if (t.in(WordClass.BLAME) || (w.equals("to") && k > sentenceFrom && tokens.get(k - 1).is("pointed"))) {
                return Role.PERPETRATOR_STRONG;
            }
            if ((w.equals("to") || w.equals("on")) && blamedObject(k, sentenceFrom)) {
                return Role.PERPETRATOR_STRONG;
            }
            // "hit by a Turkish drone", "an attack by an Iranian-backed group": an article may stand after "by"
            if (!t.punct() && !t.in(WordClass.DEFINITE) && !t.in(WordClass.MODIFIER) && !t.in(WordClass.COORDINATION)
                    && !t.in(WordClass.ATTRIBUTIVE) && !t.is("a") && !t.is("an")) {
                break;
            }
        }
        int of = cues.ofBefore(a, sentenceFrom);
        if (of > sentenceFrom && RoleCues.SITE_NOUNS.contains(tokens.get(of - 1).lower())
                || of < 0 && cues.belongingTo(a, sentenceFrom)) {
            return Role.HIT_ELSEWHERE; // "missiles hit the headquarters of X": the owner of the place struck was hit
        }
        if (of > sentenceFrom && cues.unitOfAgent(of, sentenceFrom)) {
            return Role.PERPETRATOR_STRONG; // "carried out by the missile unit of X"
        }
        if (cues.modifiesTrigger(a, c.trigger) || cues.ownsWeapon(a, c.trigger)) {
            return Role.PERPETRATOR_STRONG;
        }
        if (namesVictims(a, c)) {
            return Role.VICTIMS;
        }
        int prevIdx = from - 1;
        while (prevIdx >= sentenceFrom
                && (Triggers.DEFINITE.contains(tokens.get(prevIdx).lower()) || tokens.get(prevIdx).is("a"))) {
            prevIdx--;
        }
        if (prevIdx >= sentenceFrom && HOSTING.contains(tokens.get(prevIdx).lower()) || stationedThere(a, sentenceTo)) {
            return Role.HIT_ELSEWHERE; // "Ain al-Asad, which hosts U.S. troops": the troops at the struck base were hit
        }
        if (prevIdx >= sentenceFrom && TARGET_LEAD.contains(tokens.get(prevIdx).lower())) {
            // "Iraq called on Turkey to apologise": the party called on is addressed, not hit
            return cues.calledOn(prevIdx, sentenceFrom) ? Role.NONE : Role.TARGET;
        }
        if (cues.subjectOfLaterClause(a, c.trigger, prevIdx, sentenceFrom)) {
            return Role.NONE; // "the attack came days after Turkey closed its airspace": the subject of another deed
        }
        int next = cues.afterSpeakers(cues.afterAside(cues.afterRelative(cues.afterAbbreviation(a.toTok(), sentenceTo),
                sentenceTo), sentenceTo), sentenceTo);
        for (int k = a.toTok(); k < Math.min(sentenceTo, next + 5); k++) {
            String w = tokens.get(k).lower();
            // "claimed responsibility", "claimed the attack", "claimed drone attacks on several bases"
            if ((w.equals("claimed") || w.equals("claims")) && k + 1 < sentenceTo && (tokens.get(k + 1).is("responsibility")
                    || tokens.get(k + 1).is("the") || tokens.get(k + 1).in(WordClass.TRIGGER_START))) {
                return Role.PERPETRATOR_STRONG;
            }
            if ((w.equals("targeted") || w.equals("attacked") || w.equals("hit") || w.equals("struck") || w.equals("wounded")
                    || w.equals("killed") || w.equals("injured")) && k > a.toTok()
                    && (tokens.get(k - 1).is("were") || tokens.get(k - 1).is("was") || tokens.get(k - 1).is("been"))) {
                return Role.HIT_ELSEWHERE; // "X were targeted in A, with eight killed in the strikes": told in its own clause
            }
            if (k == a.toTok() && AGENT_VERBS.contains(w) && a.fromTok() > c.trigger.from()) {
                return Role.NONE; // "... reports of Iraqi forces killing 12 fighters": the subject of a deed of its own
            }
            if (cues.undergoesStrike(k, c.trigger, sentenceTo)) {
                return Role.TARGET; // "X came under fire", "X faced two rocket attacks"
            }
            if (k == a.toTok() && SUFFERED.contains(w)) {
                return Role.HIT_ELSEWHERE; // "with the X suffering casualties": the party hit, in whichever clause
            }
            if (w.equals("suffered")) {
                return Role.TARGET; // "X said it suffered losses"
            }
            if (k == next && REPORTING.contains(w) && !w.equals("has") && !w.equals("have") || k == next + 1
                    && (tokens.get(k - 1).is("has") || tokens.get(k - 1).is("have")) && REPORTING.contains(w)) {
                return cues.claimsStrike(k, c.trigger) ? Role.PERPETRATOR_STRONG : Role.SPEAKER;
            }
        }
        Trigger t = c.trigger;
        if (a.toTok() <= t.from() && cues.passive(t) && Clauses.inClause(c, from, a.toTok())) {
            return Role.TARGET; // "U.S. forces at the base were targeted by rockets": the passive's subject was hit
        }
        if (a.toTok() <= t.from() && a.toTok() >= t.from() - 2) {
            return Role.PERPETRATOR;
        }
        if (Clauses.inClause(c, from, a.toTok())) {
            if (a.toTok() <= t.from()) {
                return a.actor().kind() == Kind.IRAQI_FORCES && !cues.jointWithNext(a, c.trigger) ? Role.NONE : Role.PERPETRATOR;
            }
            if (a.toTok() <= t.from() + 1 && t.weapon() != null) {
                return Role.PERPETRATOR;
            }
            return Role.TARGET;
        }
        return Role.NONE;
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
     * them, the army of the land, the US forces at a base that hosts them, the one enemy named, the campaign's enemy.
     */
    void fillFromArticle(List<Candidate> events, List<SentenceInfo> sentences) {
        ClaimedBy.fill(events, sentences, doc);
        armyOfTheLand(events);
        hostsOfTheBase(events);
        NamedEnemy.fill(events, sentences, doc);
        campaignEnemy(events, sentences);
    }

    /**
     * A US or Iraqi strike with no target named, in an article whose only armed opponent named anywhere is the Islamic
     * State: campaign copy names the enemy once and then tells of "militants" and "positions"; the strike hit it.
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
            if (e.target == null && e.perpetrator != null
                    && (e.perpetrator.kind() == Kind.US || e.perpetrator.kind() == Kind.IRAQI_FORCES)) {
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

    /** The army of each country whose soldiers, named by no nationality, die in another state's strikes there. */
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
            if (e.target != null || !foreign) {
                continue;
            }
            for (int index : e.sentences) {
                int soldiers = unqualifiedSoldiers(doc.sentences.get(index), e);
                if (soldiers >= 0) {
                    e.target = army;
                    e.targetMention = doc.mention(MentionKind.ACTOR, soldiers, soldiers + 1, army.name());
                    break;
                }
            }
        }
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
     * "killing four Syrian soldiers", "three U.S. troops were wounded": the party whose people the strike's toll counts
     * was hit, unless the toll is told in a clause about another incident.
     */
    private boolean namesVictims(ActorFinder.Hit a, Candidate c) {
        for (CasualtyFinder.Hit h : c.sentence.casualties) {
            boolean inside = a.fromTok() >= h.fromTok() && a.fromTok() < h.toTok() || a.fromTok() == h.toTok()
                    || RoleCues.victimsOf(tokens, h, a);
            if (inside && h.count() > 0 && Clauses.available(c, h.fromTok(), h.toTok())
                    && !CasualtyFinder.inBackgroundClause(tokens, c.sentence.clauses, c.sentence.dates, h,
                    c.trigger.from())) {
                return true;
            }
        }
        return false;
    }



    /** Whether the words just before the actor at {@code actorFrom} hold it responsible ("blamed X", "attributing it to X"). */
    static boolean blames(List<Token> tokens, int sentenceFrom, int actorFrom) {
        for (int k = actorFrom - 1; k >= Math.max(sentenceFrom, actorFrom - 4); k--) {
            if (tokens.get(k).in(WordClass.BLAME)) {
                return true;
            }
            if (tokens.get(k).punct()) {
                return false;
            }
        }
        return false;
    }

    /** "attributing it to X", "blamed the attack on X": token {@code k} is the "to" or "on" after a blamed object. */
    private boolean blamedObject(int k, int sentenceFrom) {
        for (int j = k - 1; j >= Math.max(sentenceFrom, k - 4); j--) {
            if (tokens.get(j).in(WordClass.BLAME)) {
                return true;
            }
            if (tokens.get(j).punct()) {
                return false;
            }
        }
        return false;
    }

}
