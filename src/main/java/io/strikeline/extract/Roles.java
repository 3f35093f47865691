package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.model.MentionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /**
     * "U.S. troops wounded in", "Iraqi officers killed after", "the ISIS leader targeted in the attack": a party's people
     * harmed or aimed at, told without an auxiliary.
     */
    private static final Set<String> HARMED = Set.of("killed", "wounded", "injured", "hurt", "targeted");
    /** The words after the harm that lead to the strike that did it. */
    private static final Set<String> HARMED_LEADS = Set.of("in", "after", "by");
    /** How many words (the people: "servicemen", "border guards") may stand between the party and its harm. */
    private static final int HARMED_REACH = 3;
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
    /** Verbs by which a party carries out a strike told by its noun: "carried out the raid", "launched the attack". */
    private static final Set<String> DOING = Set.of("carried", "conducted", "executed", "launched", "staged", "mounted");
    private static final Set<String> PERSON_QUALIFIERS = Set.of("militia", "military", "hard", "line", "top", "senior");

    private final List<Token> tokens;
    private final RoleCues cues;
    private final SpeakerCues speakers;
    private final OwnerCues owners;
    private final ArticleDoc doc;
    private final Gazetteer gazetteer;

    Roles(ArticleDoc doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.cues = new RoleCues(doc.tokens);
        this.speakers = new SpeakerCues(doc.tokens);
        this.owners = new OwnerCues(doc.tokens);
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
            if ((role == Role.PERPETRATOR || role == Role.PERPETRATOR_STRONG) && owners.patronOfAnother(a, s.from)) {
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
        if (speakers.namesOutlet(a, sentenceTo)) {
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
                if (OwnerCues.HELD_BY.contains(before) && !weaponUsed) {
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
            if (w.equals("to") && k > sentenceFrom && tokens.get(k - 1).is("according")) {
                return Role.SPEAKER; // "according to the army, gunmen fired ...": the source
            }
            if ((w.equals("to") || w.equals("on")) && blames(tokens, sentenceFrom, k)) {
                return Role.PERPETRATOR_STRONG;
            }
            // "hit by a Turkish drone", "an attack by an Iranian-backed group": an article may stand after "by"
            if (!t.punct() && !t.in(WordClass.DEFINITE) && !t.in(WordClass.MODIFIER) && !t.in(WordClass.COORDINATION)
                    && !t.in(WordClass.ATTRIBUTIVE) && !t.is("a") && !t.is("an")) {
                break;
            }
        }
        int of = owners.ofBefore(a, sentenceFrom);
        if (of > sentenceFrom && OwnerCues.SITE_NOUNS.contains(tokens.get(of - 1).lower())
                || of < 0 && owners.belongingTo(a, sentenceFrom)) {
            return Role.HIT_ELSEWHERE; // "missiles hit the headquarters of X": the owner of the place struck was hit
        }
        if (of > sentenceFrom && owners.unitOfAgent(of, sentenceFrom)) {
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
        int next = speakers.afterSpeakers(speakers.afterAside(speakers.afterRelative(
                speakers.afterOffice(speakers.afterAbbreviation(a.toTok(), sentenceTo), sentenceTo), sentenceTo), sentenceTo),
                sentenceTo);
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
            if (HARMED.contains(w) && k - a.toTok() <= HARMED_REACH && k + 1 < c.trigger.from()
                    && HARMED_LEADS.contains(tokens.get(k + 1).lower())) {
                return Role.HIT_ELSEWHERE; // "Two U.S. soldiers hurt after rocket attack": a headline's toll
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
                return speakers.claimsStrike(k, c.trigger) ? Role.PERPETRATOR_STRONG : Role.SPEAKER;
            }
        }
        Trigger t = c.trigger;
        if (a.toTok() <= t.from() && duringStrike(t, sentenceFrom)) {
            return Role.NONE; // "Russian forces took control of some drones during the attacks": a deed of its own
        }
        if (a.toTok() <= t.from() && cues.cameUnder(t, sentenceFrom) && Clauses.inClause(c, from, a.toTok())) {
            return Role.TARGET; // "the US base at the gas field came under rocket fire": the subject was hit
        }
        int repel = cues.repelledAt(t, sentenceFrom);
        if (repel >= 0 && a.toTok() <= repel && Clauses.inClause(c, from, a.toTok())) {
            return Role.TARGET; // "the base's guards repelled a drone attack": the party attacked stopped it
        }
        if (a.toTok() <= t.from() && cues.passive(t) && Clauses.inClause(c, from, a.toTok())) {
            return Role.TARGET; // "U.S. forces at the base were targeted by rockets": the passive's subject was hit
        }
        if (a.toTok() <= t.from() && a.toTok() >= t.from() - 2 || doesPastAside(a, t)) {
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

    /** Whether "during" stands before the strike noun (past its article and modifiers): "during the overnight attacks". */
    private boolean duringStrike(Trigger t, int sentenceFrom) {
        int k = t.from() - 1;
        while (k > sentenceFrom && (tokens.get(k).in(WordClass.DEFINITE) || tokens.get(k).in(WordClass.MODIFIER))) {
            k--;
        }
        return k >= sentenceFrom && tokens.get(k).is("during");
    }

    /**
     * "Russia, the government's main ally, carried out the raid": the party before an aside that says who it is, whose
     * verb of doing right after the aside governs the strike noun.
     */
    private boolean doesPastAside(ActorFinder.Hit a, Trigger t) {
        if (a.toTok() >= t.from() || !tokens.get(a.toTok()).is(",")) {
            return false;
        }
        int close = PeopleGroups.closingComma(tokens, a.toTok() + 1, t.from());
        if (close >= t.from() - 1 || !DOING.contains(tokens.get(close + 1).lower())) {
            return false;
        }
        for (int k = close + 2; k < t.from(); k++) {
            if (!tokens.get(k).is("out") && !tokens.get(k).in(WordClass.DEFINITE) && !tokens.get(k).is("a")) {
                return false; // "... carried out the raid", "... launched a strike": nothing else between
            }
        }
        return true;
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
                    && !TollContext.inBackgroundClause(tokens, c.sentence.clauses, c.sentence.dates, h,
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
}
