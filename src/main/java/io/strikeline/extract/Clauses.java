package io.strikeline.extract;

import java.util.List;

/** Which tokens a candidate may take its parts from: its own clause, or a clause of its sentence no other strike owns. */
final class Clauses {

    private Clauses() {}

    /** Whether token {@code i} is on the same side of any "N days after X" anchor as the candidate's trigger. */
    static boolean sameAnchorSide(Candidate c, int i) {
        for (DateExpr d : c.sentence.dates) {
            if (Triggers.insideAnchor(d, i) != Triggers.insideAnchor(d, c.trigger.from())) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [from, to) lie in the candidate's clause, on its side of any date anchor. */
    static boolean inClause(Candidate c, int from, int to) {
        return from >= c.clauseFrom && to <= c.clauseTo && sameAnchorSide(c, from);
    }

    /** Whether tokens [from, to) lie in the candidate's clause or in a clause of its sentence no other candidate owns. */
    static boolean available(Candidate c, int from, int to) {
        if (!sameAnchorSide(c, from)) {
            return false;
        }
        if (from >= c.clauseFrom && from < c.clauseTo) {
            return true;
        }
        List<int[]> clauses = c.sentence.clauses;
        for (int k = 0; k < clauses.size(); k++) {
            if (from >= clauses.get(k)[0] && from < clauses.get(k)[1]) {
                return !c.sentence.ownedClauses.contains(k);
            }
        }
        return false;
    }

    /** Whether the words {@code [from, to)} name a month or a weekday: strikes told there have a day or month of their own. */
    static boolean namesDay(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).in(WordClass.MONTH) || tokens.get(k).in(WordClass.WEEKDAY)) {
                return true;
            }
        }
        return false;
    }
}
