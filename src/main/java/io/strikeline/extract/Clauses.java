package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/** Which tokens a candidate may take its parts from: its own clause, or a clause of its sentence no other strike owns. */
final class Clauses {

    /** Words a time set off by commas is made of: "late on Monday,", "during the night of Thursday, April 27,". */
    private static final Set<String> TIME_ASIDE_WORDS = Set.of("on", "late", "early", "during", "the", "of", "in", "at",
            "around", "about", "shortly", "after", "before", "last", "this", "local", "time", "midnight", "dawn", "dusk", "today",
            "yesterday", "tonight");

    private Clauses() {}

    /**
     * Where the strike clause {@code k} of a sentence begins once a subject cut from it by a time set off with commas is
     * given back: "Turkish jets, late on Monday, bombed a depot" reads the jets and the day with "bombed". Only when clause
     * {@code k} goes on with a lower-case verb that opens no clause of its own; else the clause's own start.
     */
    static int subjectBeforeTimeAside(List<Token> tokens, List<int[]> clauses, int k) {
        int start = clauses.get(k)[0];
        if (!goesOn(tokens.get(start))) {
            return start;
        }
        // "during the night of Monday, May 3," is cut twice
        int j = k - 1;
        while (j >= 0 && timeOnly(tokens, clauses.get(j))) {
            j--;
        }
        if (j < 0 || j == k - 1) {
            return start;
        }
        int[] subject = clauses.get(j);
        boolean subjectCut = tokens.get(subject[1] - 1).is(",") && subject[1] - subject[0] > 1;
        return subjectCut ? subject[0] : start;
    }

    private static boolean timeOnly(List<Token> tokens, int[] clause) {
        boolean anchored = false;
        for (int i = clause[0]; i < clause[1] - 1; i++) {
            Token t = tokens.get(i);
            boolean number = !t.punct() && Character.isDigit(t.raw().charAt(0));
            boolean day = t.in(WordClass.WEEKDAY) || t.in(WordClass.MONTH) || t.in(WordClass.PART_OF_DAY);
            if (t.punct() && !t.is(".") || !t.punct() && !number && !day && !TIME_ASIDE_WORDS.contains(t.lower())) {
                return false;
            }
            anchored |= number || day;
        }
        return anchored && tokens.get(clause[1] - 1).is(",");
    }

    private static boolean goesOn(Token first) {
        return !first.punct() && Character.isLowerCase(first.raw().charAt(0)) && !first.in(WordClass.CLAUSE_OPENER)
                && !first.is("and") && !first.is("but") && !first.is("or") && !first.is("the") && !first.is("a");
    }

    /**
     * Whether token {@code i} is on the same side of any "N days after X" anchor as the candidate's trigger, and of any
     * stretch that tells what a strike answered ({@link Motives}).
     */
    static boolean sameAnchorSide(Candidate c, int i) {
        if (!Motives.sameSide(c.sentence.motives, i, c.trigger.from())) {
            return false;
        }
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
