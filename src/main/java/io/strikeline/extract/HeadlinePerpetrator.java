package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import java.util.List;
import java.util.Set;

/**
 * Stage: a headline that names the state behind a strike ("Turkish airstrike hits ...", "Iran shells ...", "US launches
 * airstrikes ...") gives that state to the story's air, drone, missile and artillery strikes that name no one who
 * struck, when no strike of the story names another: copy often says who struck only in its title and then tells of
 * "the shelling" or "a drone strike". So too the party a headline says was hit ("US strikes X sites").
 */
final class HeadlinePerpetrator {

    /** Headline words for a state's strike, right after the party that carried it out. */
    private static final Set<String> STRIKE_WORDS = Set.of(
            "strike", "strikes", "airstrike", "airstrikes", "air", "drone", "drones", "missile", "missiles", "shelling",
            "shells", "shell", "bombs", "bombing", "bombings", "bombardment", "raid", "raids", "jets", "warplanes", "hits",
            "pounds", "targets", "artillery", "attack", "attacks");
    private static final Set<EventType> STATE_WEAPONS = Set.of(
            EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.MISSILE_STRIKE, EventType.ARTILLERY);

    private HeadlinePerpetrator() {}

    static void fill(List<Candidate> events, String title) {
        if (events.isEmpty() || title == null || title.isBlank()) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(title);
        Actor state = stateThatStruck(tokens);
        fillTarget(events, tokens, state);
        if (state == null) {
            return;
        }
        for (Candidate e : events) {
            if (e.perpetrator != null && !e.perpetrator.equals(state)) {
                return; // the story names another party that struck: the headline's is not every strike's
            }
        }
        for (Candidate e : events) {
            if (e.perpetrator == null && STATE_WEAPONS.contains(e.type) && !state.equals(e.target)) {
                e.perpetrator = state;
            }
        }
    }

    /**
     * "US strikes Kata'ib Hezbollah sites", "Turkish drone strike on PKK kills three": the party a headline names right
     * after its strike word was hit; it becomes the target of the story's strikes that name none, when they name no one who
     * struck or the party the headline says struck (not the other side's strikes the story tells of).
     */
    private static void fillTarget(List<Candidate> events, List<Token> tokens, Actor striker) {
        Actor hit = partyHit(tokens);
        if (hit == null) {
            return;
        }
        for (Candidate e : events) {
            boolean sameSide = e.perpetrator == null || e.perpetrator.equals(striker);
            if (e.target == null && sameSide && !hit.equals(e.perpetrator)) {
                e.target = hit;
            }
        }
    }

    /** The one party named within a few words after a strike word of the headline, past "on", "against" and the like. */
    private static Actor partyHit(List<Token> tokens) {
        Actor found = null;
        for (ActorFinder.Hit a : ActorFinder.find(tokens, 0, tokens.size())) {
            int k = a.fromTok() - 1;
            while (k >= 0 && a.fromTok() - k <= HIT_REACH && tokens.get(k).in(WordClass.TARGET_LEAD_WORD)) {
                k--;
            }
            String before = k >= 0 ? tokens.get(k).lower() : "";
            // "strike on X", "attack against X"; a verb takes X as its object directly: "strikes X", "hits X"
            boolean afterStrike = STRIKE_WORDS.contains(before) && k < a.fromTok() - 1 || HIT_VERBS.contains(before);
            if (!afterStrike || a.actor().kind() == Kind.IGNORED) {
                continue;
            }
            if (found != null && !found.equals(a.actor())) {
                return null;
            }
            found = a.actor();
        }
        return found;
    }

    /** How many words ("on", "the", "against") may stand between a headline's strike word and the party hit. */
    private static final int HIT_REACH = 3;
    /** Headline verbs that take the party hit as their object: "strikes X", "hits X", "rockets target X". */
    private static final Set<String> HIT_VERBS = Set.of("strikes", "hits", "pounds", "targets", "bombs", "attacks", "shells",
            "hit", "target", "pound", "attack", "shell"); // and after a plural subject: "Rockets target Turkish forces"
    /** Words between a strike word and the party it hit: "strike on the", "attack against". */
    static final Set<String> TARGET_LEAD_WORDS = Set.of("on", "against", "at", "the", "a", "an", "targeting", "near");

    /** Headline verbs whose object is the strike a party carried out: "US launches airstrikes", "Iran fires missiles". */
    private static final Set<String> LAUNCH_VERBS = Set.of("launches", "launched", "launch", "conducts", "conducted",
            "carries", "carried", "fires", "fired", "steps", "stepped", "unleashes", "unleashed", "resumes", "resumed");
    /** Words between a launch verb and its strike word: "launches first", "steps up fresh", "fires wave of". */
    private static final Set<String> LAUNCH_FILLERS = Set.of("first", "fresh", "new", "more", "further", "renewed", "deadly",
            "retaliatory", "up", "out", "heavy", "wave", "of", "second", "major", "several", "dozens");
    /** How many words may stand between a launch verb and its strike word. */
    private static final int LAUNCH_WORDS = 2;

    /** The token after a launch verb at {@code k} and the few words before its strike word, else {@code k}. */
    private static int pastLaunchVerb(List<Token> tokens, int k) {
        if (k >= tokens.size() || !LAUNCH_VERBS.contains(tokens.get(k).lower())) {
            return k;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 1 + LAUNCH_WORDS; j++) {
            if (STRIKE_WORDS.contains(tokens.get(j).lower())) {
                return j;
            }
            if (!LAUNCH_FILLERS.contains(tokens.get(j).lower())) {
                break;
            }
        }
        return k;
    }

    /** The one state named right before a strike word of the headline ("Iranian shelling", "Turkey's drones"), or null. */
    private static Actor stateThatStruck(List<Token> tokens) {
        Actor found = null;
        for (ActorFinder.Hit a : ActorFinder.find(tokens, 0, tokens.size())) {
            Kind k = a.actor().kind();
            int next = a.toTok();
            if (next < tokens.size() && tokens.get(next).is("'s")) {
                next++;
            }
            boolean state = k == Kind.US || k == Kind.STATE || k == Kind.IRAN;
            next = pastLaunchVerb(tokens, next);
            if (!state || next >= tokens.size() || !STRIKE_WORDS.contains(tokens.get(next).lower())) {
                continue;
            }
            if (found != null && !found.equals(a.actor())) {
                return null;
            }
            found = a.actor();
        }
        return found;
    }
}
