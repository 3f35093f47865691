package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import java.util.List;
import java.util.Set;

/**
 * Stage: a headline that names the state behind a strike ("Turkish airstrike hits ...", "Iran shells ...") gives that
 * state to the story's air, drone, missile and artillery strikes that name no one who struck, when no strike of the story
 * names another: copy often says who struck only in its title and then tells of "the shelling" or "a drone strike".
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
        Actor state = stateThatStruck(Tokenizer.tokenize(title));
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
