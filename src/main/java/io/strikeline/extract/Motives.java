package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Jets struck the town in retaliation for recent bombings in Baghdad", "the strikes were in response to a rocket attack
 * on a base near Hasakah", "the raid came after a rocket landed near a US base": the rest of a clause after such a cue
 * tells the happening a strike answered. Its places, sides and tolls are that happening's, not the strike's; and told
 * there with no day of its own it is a cause the article gives, not a strike it reports (no day, no row).
 */
final class Motives {

    /** Nouns (and an adjective) after which "for" or "to" opens what was answered: "in retaliation for", "responsible for". */
    private static final Set<String> ANSWERING = Set.of("retaliation", "response", "revenge", "reprisal", "reprisals",
            "responsible", "answer", "reply", "retaliating", "responding");
    /** "retaliatory strikes for": the adjective stands before the strike word that "for" follows. */
    private static final Set<String> ANSWERING_ADJECTIVES = Set.of("retaliatory", "retaliation");
    /** "came after", "comes after", "came following": the strike set after what went before it. */
    private static final Set<String> CAME = Set.of("came", "comes", "come");

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
            if (tokens.get(k).is(",") && tokens.get(k + 1).lower().endsWith("ing")) {
                return k;
            }
        }
        return end;
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
        return (t.is("after") || t.is("following")) && CAME.contains(before.lower());
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
    static void keepAnswered(SentenceInfo s, Triggers triggers) {
        if (!s.motives.isEmpty() && triggers.triggersIn(s, s.from, s.to).stream()
                .allMatch(t -> holding(s.motives, t.from()) != null)) {
            s.motives = List.of();
        }
    }

    /**
     * Drops from a clause's triggers {@code all} those that tell only a cause: in a stretch the sentence keeps
     * ({@link #keepAnswered}), told indefinitely ("a rocket attack", "recent bombings"; "the Camp Taji attack" is one
     * the article tells), and with no day or date from the stretch to the sentence's end ("in retaliation for the drone
     * attack of January 28" dates one, which the article then reports).
     */
    static void dropCauses(List<Trigger> all, SentenceInfo s, List<Token> tokens, Triggers triggers) {
        all.removeIf(t -> {
            int[] m = holding(s.motives, t.from());
            return m != null && !triggers.definite(t.from(), m[0]) && !dated(tokens, s, m[0]);
        });
    }

    private static boolean dated(List<Token> tokens, SentenceInfo s, int from) {
        if (Clauses.namesDay(tokens, from, s.to)) {
            return true;
        }
        for (DateExpr d : s.dates) {
            if (!d.statement() && d.fromTok() >= from) {
                return true;
            }
        }
        return false;
    }
}
