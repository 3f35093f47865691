package io.strikeline.extract;

import static io.strikeline.extract.CasualtyFinder.RISES;

import io.strikeline.extract.CasualtyFinder.Hit;
import java.util.List;

/**
 * How a toll {@link CasualtyFinder} read counts against the others told of the same strike, which {@link TollChain}
 * weighs when it joins them: a risen count that replaces a lower one, a toll stated whole by one source, dead added
 * besides those told before ("also killed", "three others"), and whether the toll gives a figure or counts the dead it
 * names.
 */
final class TollCounting {

    /** "a second soldier", "a third militant": the ordinals that count one more dead on from those told before. */
    private static final List<String> ORDINALS = List.of(
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /** Whether the toll is a risen count ("the toll rose to nine"), which replaces a lower one told before it. */
    static boolean risen(List<Token> t, Hit h) {
        return h.killed() && h.toTok() - 3 >= h.fromTok() && t.get(h.toTok() - 2).is("to")
                && RISES.contains(t.get(h.toTok() - 3).lower());
    }

    /** Whether the toll is stated whole at a figure by one source ("put the death toll at six"), not a risen count. */
    static boolean statedToll(List<Token> t, Hit h) {
        return h.killed() && t.get(h.fromTok()).is("toll") && !risen(t, h);
    }

    /**
     * Whether the toll counts dead besides those told before: "the raid also killed three of his drivers", "two civilians
     * were also killed", "three more died".
     */
    static boolean addedToll(List<Token> t, Hit h) {
        if (!h.killed() || h.count() == 0) {
            return false;
        }
        for (int k = h.fromTok(); k < h.toTok(); k++) {
            if (t.get(k).is("also") || t.get(k).is("more") && k == h.fromTok() + 1) {
                return true;
            }
        }
        return ordinal(t, h) > 0;
    }

    /**
     * "a third militant was killed": the rank of one dead counted on from those told before (3), a figure in words, not a
     * name; 0 when the toll opens with no ordinal.
     */
    static int ordinal(List<Token> t, Hit h) {
        Token first = t.get(h.fromTok());
        if (h.count() != 1 || !first.is("a") && !first.is("an") || h.fromTok() + 1 >= h.toTok()) {
            return 0;
        }
        int rank = ORDINALS.indexOf(t.get(h.fromTok() + 1).lower());
        return rank < 0 ? 0 : rank + 2;
    }

    /**
     * "one other person was killed", "three others died": dead counted besides others, who are the dead told before
     * when no group of the toll's own sentence comes first ("35 were wounded and five others died").
     */
    static boolean othersToll(List<Token> t, Hit h, List<Hit> sentenceTolls) {
        if (!h.killed() || h.count() == 0 || h.toTok() - h.fromTok() < 2 || !sentenceTolls.isEmpty()
                && sentenceTolls.get(0).fromTok() < h.fromTok()) {
            return false;
        }
        Token second = t.get(h.fromTok() + 1);
        return second.is("other") || second.is("others");
    }

    /**
     * Whether the toll gives a figure in its words ("four", "12"), rather than counting the dead it names or calls "a"
     * ("killing a commander", "X was also killed").
     */
    static boolean figured(List<Token> t, Hit h) {
        if (ordinal(t, h) > 0) {
            return true;
        }
        for (int k = h.fromTok(); k < h.toTok(); k++) {
            if (Numbers.value(t.get(k)) >= 0 && !t.get(k).is("single")) {
                return true;
            }
        }
        return false;
    }

    private TollCounting() {}
}
