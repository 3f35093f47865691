package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Jets struck the town in retaliation for recent bombings in Baghdad", "the raids came in response to an attack with
 * rockets on a base near Hasakah", "the raid came after a rocket landed near a US base", "the attack came two days after
 * Iran fired missiles": the rest of a clause after such a cue tells the happening a strike answered. Its places, sides
 * and tolls are that happening's, not the strike's; and told there with no day of its own it is a cause the article
 * gives, not a strike it reports (no day, no row).
 */
final class Motives {

    /** Words after which "for" or "to" opens what was answered: "in retaliation for", "responsible for", "responding to". */
    private static final Set<String> ANSWERING = Set.of("retaliation", "response", "revenge", "reprisal", "reprisals",
            "responsible", "answer", "reply", "retaliating", "responding");
    /** "retaliatory strikes for", "retaliation strikes for": the word stands before the strike word that "for" follows. */
    private static final Set<String> ANSWERING_ADJECTIVES = Set.of("retaliatory", "retaliation");
    /** "came after", "comes after", "came following": the strike set after what went before it. */
    static final Set<String> CAME = Set.of("came", "comes", "come");

    private Motives() {}

    /** The stretches {@code [from, to)} of the sentence's clauses that tell what a strike answered, in order. */
    static List<int[]> find(List<Token> tokens, List<int[]> clauses) {
        List<int[]> out = new ArrayList<>();
        int sentenceFrom = clauses.isEmpty() ? 0 : clauses.get(0)[0];
        for (int c = 0; c < clauses.size(); c++) {
            int[] clause = clauses.get(c);
            // the cue may open the clause ("came | after a drone hit"), its first word read with the one before
            for (int k = Math.max(clause[0], sentenceFrom + 1); k < clause[1] - 1; k++) {
                if (opens(tokens, sentenceFrom, k)) {
                    out.add(new int[] {k + 1, end(tokens, clauses, c, k + 1)});
                    break;
                }
            }
        }
        return out;
    }

    /** How many words a clause of a name set off by commas has at most: "south of the capital, Baghdad, that killed". */
    private static final int APPOSITION_WORDS = 4;

    /**
     * Where the stretch opened at {@code from} in clause {@code c} ends: at the clause's end, or past the clauses after it
     * that go on telling the cause (a name set off by commas, a relative clause), but before a comma and a participle
     * (", targeting the group's depots" goes back to the strike that answered).
     */
    private static int end(List<Token> tokens, List<int[]> clauses, int c, int from) {
        int end = clauses.get(c)[1];
        for (int d = c + 1; d < clauses.size(); d++) {
            int[] next = clauses.get(d);
            Token first = tokens.get(next[0]);
            boolean goesOn = first.is("that") || first.is("which") || first.is("who")
                    || first.capitalized() && next[1] - next[0] <= APPOSITION_WORDS && tokens.get(next[1] - 1).is(",");
            if (!goesOn) {
                break;
            }
            end = next[1];
        }
        for (int k = from; k < end - 1; k++) {
            if (tokens.get(k).is(",") && participle(tokens.get(k + 1))) {
                return k;
            }
        }
        return end;
    }

    /** Words ending in "-ing" that open no participle clause: ", including", ", during", ", morning". */
    private static final Set<String> NOT_PARTICIPLES = Set.of("including", "during", "morning", "evening", "according",
            "nothing", "something", "building", "buildings");

    private static boolean participle(Token t) {
        return t.lower().endsWith("ing") && !NOT_PARTICIPLES.contains(t.lower());
    }

    /** Whether the word at {@code k} opens what was answered: the "for" of "in retaliation for", "avenge", "came after". */
    private static boolean opens(List<Token> tokens, int sentenceFrom, int k) {
        Token t = tokens.get(k);
        Token before = tokens.get(k - 1);
        if (t.is("for") || t.is("to")) {
            return ANSWERING.contains(before.lower()) || k - 2 >= sentenceFrom
                    && ANSWERING_ADJECTIVES.contains(tokens.get(k - 2).lower()) && before.in(WordClass.STRIKE_NOUN);
        }
        if (t.is("avenge")) {
            return true;
        }
        return (t.is("after") || t.is("following")) && CAME.contains(tokens.get(beforeTimeGap(tokens, sentenceFrom, k)).lower());
    }

    /** Words of how long before a strike what it came after was: "came just two days after", "comes a few hours after". */
    private static final Set<String> TIME_GAP = Set.of("just", "only", "barely", "nearly", "almost", "some", "less", "more",
            "than", "shortly", "a", "an", "few", "couple", "of", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "several", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "year", "years");
    /** How many words a time gap between "came" and "after" has at most: "came less than two days after". */
    private static final int TIME_GAP_WORDS = 4;

    /** The index of the word before the time gap that ends before {@code k} (the word before {@code k} when there is none). */
    private static int beforeTimeGap(List<Token> tokens, int sentenceFrom, int k) {
        int j = k - 1;
        while (j > sentenceFrom && k - 1 - j < TIME_GAP_WORDS
                && (TIME_GAP.contains(tokens.get(j).lower()) || tokens.get(j).lower().chars().allMatch(Character::isDigit))) {
            j--;
        }
        return j;
    }

    /** The stretch holding token {@code i}, or null. */
    static int[] holding(List<int[]> stretches, int i) {
        for (int[] m : stretches) {
            if (i >= m[0] && i < m[1]) {
                return m;
            }
        }
        return null;
    }

    /** Whether tokens {@code i} and {@code j} stand on the same side of every stretch: both in it, or both outside. */
    static boolean sameSide(List<int[]> stretches, int i, int j) {
        return holding(stretches, i) == holding(stretches, j);
    }

    /**
     * Keeps the sentence's stretches only when it tells a strike outside them, the strike that answered: "air defences
     * confronted jets in response to an Israeli aggression" tells the aggression as its news, with its place.
     */
    static void keepAnswered(SentenceInfo s, List<Trigger> told) {
        if (!s.motives.isEmpty() && told.stream().allMatch(t -> holding(s.motives, t.from()) != null)) {
            s.motives = List.of();
        }
    }

    /**
     * Drops from a clause's triggers {@code all} (the sentence's are {@code told}) those that tell only a cause: in a
     * stretch the sentence keeps
     * ({@link #keepAnswered}), told indefinitely ("a rocket attack", "recent bombings"; "the Camp Taji attack" is one
     * the article tells), and with no day or date of its own ("in retaliation for the drone attack of January 28" dates
     * one, which the article then reports).
     */
    static void dropCauses(List<Trigger> all, List<Trigger> told, SentenceInfo s, List<Token> tokens, Triggers triggers) {
        if (s.motives.isEmpty()) {
            return;
        }
        all.removeIf(t -> {
            int[] m = holding(s.motives, t.from());
            return m != null && !triggers.definite(head(told, m, t).from(), m[0])
                    && !dated(tokens, s, m[0], causeEnd(s, m, told));
        });
    }

    /**
     * Where what tells the cause ends: at the first strike told after the stretch ("In retaliation for a rocket attack
     * near Hasakah, US jets struck ... on Tuesday" dates the jets' strike), else at the sentence's end (", including
     * children, on 4 April" still dates the cause).
     */
    private static int causeEnd(SentenceInfo s, int[] stretch, List<Trigger> told) {
        int end = s.to;
        for (Trigger t : told) {
            if (t.from() >= stretch[1]) {
                end = Math.min(end, t.from());
            }
        }
        return end;
    }

    /**
     * The stretch's first trigger ({@code judged} or one before it), whose article tells whether the cause is one the
     * article knows: a verb after it ("a rocket attack that killed three") shares its indefiniteness, "that" there being
     * no demonstrative.
     */
    private static Trigger head(List<Trigger> told, int[] stretch, Trigger judged) {
        Trigger first = judged;
        for (Trigger t : told) {
            if (t.from() >= stretch[0] && t.from() < first.from()) {
                first = t;
            }
        }
        return first;
    }

    /** Whether the cause, told in tokens {@code [from, to)}, names a day or a date of its own. */
    private static boolean dated(List<Token> tokens, SentenceInfo s, int from, int to) {
        if (Clauses.namesDay(tokens, from, to)) {
            return true;
        }
        for (DateExpr d : s.dates) {
            if (!d.statement() && d.fromTok() >= from && d.fromTok() < to) {
                return true;
            }
        }
        return false;
    }
}
