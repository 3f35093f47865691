package io.strikeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything found in one sentence. */
final class SentenceInfo {
    int index;
    int from;
    int to;
    List<int[]> clauses;
    List<DateExpr> dates;
    List<ActorFinder.Hit> actors;
    List<PlaceHit> places;
    List<CasualtyFinder.Hit> casualties;
    List<Landmarks.Hit> landmarks;
    List<Weapon.Hit> weapons = new ArrayList<>();
    /** The stretches of its clauses that tell what a strike answered ({@link Motives}). */
    List<int[]> motives = List.of();
    Set<Integer> ownedClauses = new HashSet<>();
    boolean hasStrikeContext;
    /** The sentence is (part of) a photo caption. */
    boolean caption;
    /** Whether the sentence gives a clock hour ({@link EasternTime#hasClockHour}); null until first asked. */
    Boolean clockHour;
}
