package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage: a clause that gives one kind of strike several days, each told as one of them ("bombed two columns, one on
 * May 3 and another on May 4"), tells a strike on each day; a toll told for them all is no one day's.
 */
final class DaySplit {

    /** Words that make the day after them one of several: "one on", "another on", "a second on", "the other on". */
    static final Set<String> ONE_OF = Set.of("one", "another", "second", "other", "third", "latter");

    private DaySplit() {}

    /** The candidate, or one copy of it for each day its sentence tells as one of several. */
    static List<Candidate> split(Candidate c, List<Token> tokens) {
        List<DateExpr> days = new ArrayList<>();
        for (DateExpr d : c.sentence.dates) {
            int on = d.fromTok() - 1;
            // "one on March 5", "one raid on March 5"
            boolean oneOf = on > c.sentence.from + 1 && tokens.get(on).is("on") && (tokens.get(on - 1).in(WordClass.ONE_OF)
                    || tokens.get(on - 1).in(WordClass.TRIGGER_START) && tokens.get(on - 2).in(WordClass.ONE_OF));
            if (oneOf && !d.statement() && Clauses.available(c, d.fromTok(), d.toTok())) {
                days.add(d);
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (days.size() < 2) {
            out.add(c);
            return out;
        }
        // a toll told for the strikes of all the days is no one day's
        c.killed = null;
        c.killedMention = null;
        c.injured = null;
        c.injuredMention = null;
        for (DateExpr d : days) {
            Candidate copy = c.copy();
            copy.place = c.place;
            copy.landmarkPlace = c.landmarkPlace;
            copy.placeMention = c.placeMention;
            copy.dateExpr = d;
            out.add(copy);
        }
        return out;
    }
}
