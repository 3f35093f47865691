package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * "The base has been targeted by rocket attacks in the past", "the town has been a target of airstrikes previously":
 * strikes a present-perfect clause places only "in the past" or "previously" are the history of a place or a party,
 * not one strike. A clause that dates them ("has been hit previously, on March 3") still tells one.
 */
final class PastHabits {

    /** Words of the present perfect that put the strikes into an open past. */
    private static final Set<String> PERFECT = Set.of("has", "have", "'ve");

    private PastHabits() {}

    /** Whether the clause {@code [from, to)} holding a strike tells it as a past habit. */
    static boolean told(List<Token> tokens, int from, int to) {
        if (Clauses.namesDay(tokens, from, to)) {
            return false;
        }
        boolean perfect = false;
        boolean openPast = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            perfect |= PERFECT.contains(t.lower());
            openPast |= t.is("previously") || inThePast(tokens, k, to);
        }
        return perfect && openPast;
    }

    /**
     * "in the past" with nothing after it but the clause's end: "in the past 24 hours" and "in the past two weeks" count
     * a span, which {@link Triggers#overSpan} reads.
     */
    private static boolean inThePast(List<Token> tokens, int k, int to) {
        if (!tokens.get(k).is("past") || k < 2 || !tokens.get(k - 1).is("the") || !tokens.get(k - 2).is("in")) {
            return false;
        }
        return k + 1 >= to || tokens.get(k + 1).punct() || tokens.get(k + 1).in(WordClass.CLAUSE_OPENER);
    }
}
