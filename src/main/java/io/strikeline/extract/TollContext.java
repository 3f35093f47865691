package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * Stage of {@link CasualtyFinder}: whether a toll it reads is one strike's at all, from the words around it: a running
 * total over a period, a span of days or a series of attacks, the killing a strike answers, the incident a background
 * clause tells of, or a tally that counts the ground fighting too.
 */
final class TollContext {

    /** Words that open a clause about what happened before or around the strike, not the strike itself. */
    static final Set<String> BACKGROUND_OPENERS = Set.of(
            "after", "since", "before", "following", "amid", "retaliation", "response", "revenge");
    /** "killed in airstrikes and clashes": fighting on the ground, whose dead a strike's toll does not count. */
    static final Set<String> GROUND_FIGHTING = Set.of("clashes", "fighting", "battles", "firefights", "gunfights");

    /** "to avenge the deaths of ...", "after the killing of ...": the toll of the incident that is the motive. */
    private static final Set<String> MOTIVE = Set.of("over", "avenge", "avenging", "after", "following", "since");

    /** "retaliatory strikes for the killing of ...", "in response to the deaths of ...": "for" and "to" said of a motive. */
    private static final Set<String> REPRISAL = Set.of(
            "retaliation", "retaliatory", "revenge", "response", "reprisal", "reprisals", "reaction", "answer");

    /** How far before "for the killing of" a reprisal word is looked for. */
    private static final int REPRISAL_REACH = 8;

    /** "after raids that killed 11", "since a strike which killed four": the pronoun that opens an earlier incident's clause. */
    private static final Set<String> RELATIVES = Set.of("that", "which");
    /** How far before "that killed" the word that sets the incident before or apart from the strike may stand. */
    private static final int PRIOR_REACH = 6;

    /** "since the start of the year", "since the war began": the nouns after "since the" that open a long period. */
    private static final Set<String> PERIOD_OPENERS = Set.of(
            "start", "beginning", "outbreak", "war", "conflict", "uprising", "campaign", "offensive", "year", "month");

    /** "The strike came days after ...", "it comes a week after ...": verbs that tell the strike as a sequel. */
    private static final Set<String> SEQUEL_VERBS = Set.of("came", "comes", "come", "follows", "followed");
    /** How far before "after" a sequel's verb may stand ("came only two days after"). */
    private static final int SEQUEL_REACH = 5;

    private TollContext() {}

    /**
     * "It came days after Israeli raids near Aleppo killed 40 people", "the operation followed a PKK raid that killed six
     * soldiers": a toll told after the words that make the strike a sequel counts the incident it followed, even when
     * that incident is told as a strike of its own.
     */
    static boolean afterSequel(List<Token> t, int from, CasualtyFinder.Hit h) {
        for (int k = from + 1; k < h.fromTok(); k++) {
            Token x = t.get(k);
            if ((x.is("follows") || x.is("followed")) && !t.get(k + 1).punct()) {
                return true;
            }
            if (x.is("after")) {
                for (int m = Math.max(from, k - SEQUEL_REACH); m < k; m++) {
                    if (SEQUEL_VERBS.contains(t.get(m).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "more than 500 people have been killed in strikes since the start of the year", "(so far) this year": a toll
     * counted since a month, a year or the start of a war in its clause is a running total, not one strike's.
     */
    static boolean runningTotal(List<Token> t, CasualtyFinder.Hit h, int from, int to) {
        int start = h.fromTok();
        while (start > from && !t.get(start - 1).is(";")) {
            start--; // a "since January," opening the sentence dates its toll too
        }
        for (int k = start; k + 1 < to; k++) {
            Token x = t.get(k);
            if (k >= h.toTok() && x.punct() && !x.is(".")) {
                return false;
            }
            if (k >= h.toTok() && severalDays(t, k, to)) {
                return true;
            }
            if (k < h.fromTok() && seriesOf(t, k)) {
                return true;
            }
            boolean since = x.is("since") && periodStart(t, k + 1, to) && !afterSuperlative(t, k, start);
            if (since || x.is("this") && t.get(k + 1).is("year")) {
                return true;
            }
        }
        return false;
    }

    /** "a series of rocket attacks ... killing five", "a wave of strikes that killed 30": a toll of many attacks. */
    private static boolean seriesOf(List<Token> t, int k) {
        Token x = t.get(k);
        return (x.is("series") || x.is("wave") || x.is("spate") || x.is("string") || x.is("spree"))
                && k + 1 < t.size() && t.get(k + 1).is("of");
    }

    /** "the deadliest strike since January": a period that measures the strike, not a total over it. */
    private static boolean afterSuperlative(List<Token> t, int since, int from) {
        for (int k = since - 1; k >= Math.max(from, since - 3); k--) {
            if (t.get(k).in(WordClass.SUPERLATIVE)) {
                return true;
            }
        }
        return false;
    }

    /** "over two days", "in the past three weeks", "within 48 hours": a toll summed over a span, not one strike's. */
    private static boolean severalDays(List<Token> t, int k, int to) {
        Token x = t.get(k);
        if (!(x.is("over") || x.is("in") || x.is("within") || x.is("across")) || k + 2 >= to) {
            return false;
        }
        int j = k + 1;
        if (t.get(j).is("the") && j + 1 < to && (t.get(j + 1).is("past") || t.get(j + 1).is("last"))) {
            j += 2;
        }
        return j + 1 < to && Numbers.value(t.get(j)) >= 2 && t.get(j + 1).in(WordClass.SPAN_UNIT);
    }

    /** Whether the words from {@code k} open a period: a month, a year, "the start of ...", "the war began". */
    private static boolean periodStart(List<Token> t, int k, int to) {
        Token x = t.get(k);
        if (x.in(WordClass.MONTH) || DateFinder.isYear(x)) {
            return true;
        }
        return x.is("the") && k + 1 < to && PERIOD_OPENERS.contains(t.get(k + 1).lower());
    }

    /**
     * "in retaliation for the killing of three soldiers", "to avenge the deaths of ...": a killing named as a noun after a
     * word of motive is the incident the strike answers, not its toll.
     */
    static boolean motive(List<Token> t, int i) {
        String w = t.get(i).lower();
        boolean nominal = (w.equals("killing") || w.equals("deaths") || w.equals("death") || w.equals("killings"))
                && i + 1 < t.size() && t.get(i + 1).is("of") && i >= 2 && t.get(i - 1).is("the");
        if (!nominal) {
            return false;
        }
        String before = t.get(i - 2).lower();
        if (MOTIVE.contains(before)) {
            return true;
        }
        if (before.equals("for") || before.equals("to")) {
            for (int k = i - 3; k >= Math.max(0, i - REPRISAL_REACH); k--) {
                if (REPRISAL.contains(t.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "... the fourth such strike this month, after raids that killed 11 fighters", "in response to an attack which
     * killed two": the kill verb at {@code verb} of a relative clause whose incident "after", "since", "amid" or a word
     * of reprisal sets apart from the strike counts that incident's dead. Returns where that word stands, or -1.
     */
    static int priorIncident(List<Token> t, int from, int verb) {
        int rel = verb - 1;
        if (rel <= from || !RELATIVES.contains(t.get(rel).lower())) {
            return -1;
        }
        for (int k = rel - 1; k >= Math.max(from, rel - PRIOR_REACH); k--) {
            if (t.get(k).punct()) {
                return -1;
            }
            if (BACKGROUND_OPENERS.contains(t.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "... came after gunmen killed 12 people", "... the market, where in May 2016 a car bomb killed dozens": a toll in
     * a clause that does not hold the strike's trigger and is opened by "after", "since" or "amid", or dated by a month
     * or a year of its own, is the toll of the incident that clause tells of; so is a toll after a sequel's "after"
     * ({@link TollContext#afterSequel}), whichever clause holds the trigger, and the toll of an earlier incident's relative
     * clause ({@link TollContext#priorIncident}) unless the trigger is that incident's own noun.
     */
    static boolean inBackgroundClause(List<Token> t, List<int[]> clauses, List<DateExpr> dates, CasualtyFinder.Hit h,
            int triggerTok) {
        if (!clauses.isEmpty() && afterSequel(t, clauses.get(0)[0], h)) {
            return true;
        }
        int opener = priorIncident(t, clauses.isEmpty() ? 0 : clauses.get(0)[0], h.fromTok());
        if (opener >= 0 && (triggerTok < opener || triggerTok >= h.fromTok())) {
            return true;
        }
        for (int[] clause : clauses) {
            if (h.fromTok() >= clause[0] && h.fromTok() < clause[1]) {
                boolean holdsTrigger = triggerTok >= clause[0] && triggerTok < clause[1];
                return !holdsTrigger && (BACKGROUND_OPENERS.contains(t.get(clause[0]).lower()) || datedByYear(dates, clause));
            }
        }
        return false;
    }

    private static boolean datedByYear(List<DateExpr> dates, int[] clause) {
        for (DateExpr d : dates) {
            boolean yearOnly = d.kind() == DateExpr.Kind.YEAR || d.kind() == DateExpr.Kind.MONTH_YEAR;
            if (yearOnly && d.fromTok() >= clause[0] && d.toTok() <= clause[1]) {
                return true;
            }
        }
        return false;
    }

    /** "killed in airstrikes and clashes": a toll that counts the ground fighting too is not the strike's. */
    static boolean countsGroundFighting(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).in(WordClass.GROUND_FIGHTING)) {
                return true;
            }
        }
        return false;
    }
}
