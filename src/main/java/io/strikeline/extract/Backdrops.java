package io.strikeline.extract;

import java.util.List;

/**
 * "families left the province amid Russian and government air raids": strikes named in the plural after "amid",
 * with no day in their clause, are the backdrop of what the sentence tells, not a strike it reports. "Amid Israeli
 * strikes on Tuesday" still dates one.
 */
final class Backdrops {

    /** How many words may stand between "amid" and the strike word: "amid heavy Russian air strikes". */
    private static final int AMID_REACH = 3;

    private Backdrops() {}

    /** Whether the trigger {@code [trigFrom, trigTo)} of the clause {@code [from, to)} names strikes as a backdrop. */
    static boolean told(List<Token> tokens, int trigFrom, int trigTo, int from, int to) {
        return tokens.get(trigTo - 1).lower().endsWith("s") && amidBefore(tokens, trigFrom, from)
                && !Clauses.namesDay(tokens, from, to);
    }

    private static boolean amidBefore(List<Token> tokens, int trigFrom, int from) {
        for (int k = trigFrom - 1; k >= Math.max(from, trigFrom - 1 - AMID_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is("amid") || t.is("amidst")) {
                return true;
            }
            if (t.punct() || t.in(WordClass.DEFINITE)) {
                return false;
            }
        }
        return false;
    }
}
