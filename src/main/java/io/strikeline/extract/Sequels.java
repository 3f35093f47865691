package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * "The attack came hours after five fighters were killed in clashes near Dohuk", "the strikes come as talks resume": a
 * strike named as the subject of "came" and set beside what went before it is one the article has told. The rest of its
 * clause (places, sides, tolls) belongs to that other happening, so the mention is no strike of its own and lends the
 * told one nothing.
 */
final class Sequels {

    /** What "came" sets the strike beside: "came hours after", "comes as", "came amid", "came in response to". */
    private static final Set<String> BESIDE = Set.of("after", "as", "amid", "following", "despite", "response", "retaliation");
    /** How many words after "came" the word of what it came beside may stand: "came just two days after". */
    private static final int BESIDE_REACH = 4;

    private Sequels() {}

    /** Drops each strike told only as the subject of "came" when an earlier strike of the article agrees with its day. */
    static void drop(List<Candidate> events, List<Token> tokens) {
        for (int i = events.size() - 1; i > 0; i--) {
            Candidate e = events.get(i);
            if (subjectOfCame(e.trigger, tokens) && toldBefore(events, i)) {
                events.remove(i);
            }
        }
    }

    /** "The attack came hours after", not "a second strike came an hour later" (a strike of its own). */
    private static boolean subjectOfCame(Trigger t, List<Token> tokens) {
        if (t.to() >= tokens.size() || !Motives.CAME.contains(tokens.get(t.to()).lower())) {
            return false;
        }
        for (int k = t.to() + 1; k < Math.min(tokens.size(), t.to() + 1 + BESIDE_REACH); k++) {
            if (BESIDE.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean toldBefore(List<Candidate> events, int i) {
        Candidate e = events.get(i);
        for (int k = 0; k < i; k++) {
            if (Coreference.daysAgree(events.get(k).date, e.date)) {
                return true;
            }
        }
        return false;
    }
}
