package io.strikeline.extract;

import static io.strikeline.extract.CasualtyFinder.DIED;
import static io.strikeline.extract.CasualtyFinder.INJURY_VERBS;
import static io.strikeline.extract.CasualtyFinder.INJURY_WORDS;
import static io.strikeline.extract.CasualtyFinder.KILL_VERBS;
import static io.strikeline.extract.CasualtyFinder.KILL_WORDS;
import static io.strikeline.extract.CasualtyFinder.PASSIVE_AUX;
import static io.strikeline.extract.CasualtyFinder.PEOPLE;
import static io.strikeline.extract.CasualtyFinder.QUALIFIERS;
import static io.strikeline.extract.CasualtyFinder.REPORTING;
import static io.strikeline.extract.CasualtyFinder.VAGUE_COUNTS;
import static io.strikeline.extract.CasualtyFinder.harmWord;
import static io.strikeline.extract.CasualtyFinder.roughDozen;

import io.strikeline.extract.CasualtyFinder.Hit;
import java.util.List;
import java.util.Set;

/**
 * Stage of {@link CasualtyFinder}: reads a toll told figure first, the figure or "a" before the people it counts and
 * their verb after them ("17 people were wounded", "two members of the brigade were killed", "four have died",
 * "claimed 12 lives"), across the asides between the people and their verb, and not a share of the dead ("three of
 * the guards killed") nor a figure a later verb of saying counts.
 */
final class FigureFirstToll {

    /**
     * "nine have so far died", "two were reportedly killed", "four were reported killed": words between the auxiliary and
     * its verb.
     */
    private static final Set<String> PASSIVE_ADVERBS = Set.of("so", "far", "since", "reportedly", "now", "also", "already",
            "later", "subsequently", "all", "both", "confirmed", "reported");
    /** "claimed 12 lives", "took nine lives", "cost four lives": verbs that take the lives they count. */
    private static final Set<String> TAKING = Set.of("claimed", "claiming", "claims", "claim", "took", "taking", "cost",
            "costing");
    /** How many words may stand between a figure and a noun the people list lacks ("two Kurdish reporters were"). */
    private static final int UNLISTED_REACH = 3;
    /**
     * Endings of plural nouns for people by their work, belief, origin or lot ("reporters", "loyalists", "Kurdistanis",
     * "firemen", "evacuees", "residents", "attendants", "survivors"): animals ("two horses were killed") end otherwise.
     */
    private static final List<String> PEOPLE_ENDINGS = List.of("ers", "ists", "ians", "men", "ees", "ents", "ants", "ors");
    /** How far after a figure the people it counts are looked for ("five members of the X brigade"). */
    private static final int NOUN_REACH = 7;
    /** How far a dash aside between the people and their verb may run ("- a man and his son -"). */
    private static final int DASH_ASIDE_REACH = 10;
    /** How far after the people's noun their verb is looked for ("four members of the X brigade were killed"). */
    private static final int VERB_REACH = 9;

    /**
     * The toll whose figure stands at token {@code i} and whose verb of harm comes after it ("17 people were wounded",
     * "nine have so far died", "the raid claimed 12 lives"), or null.
     */
    static Hit read(List<Token> t, int i, int to) {
        Token first = t.get(i);
        if (VAGUE_COUNTS.contains(first.lower()) || roughDozen(t, i)) {
            return null;
        }
        boolean article = first.is("a") || first.is("an") || PeopleGroups.POSSESSIVES.contains(first.lower());
        if (article && i > 0 && t.get(i - 1).is("of")) {
            // "14 members of a Kurdish militia": the article opens the name of their unit, not a person
            return null;
        }
        int n = article ? PeopleGroups.groupCount(t, i, to) : Numbers.value(t, i);
        if (first.is("dozen") && i > 0 && t.get(i - 1).is("a")) {
            n = 12;
        }
        if (n < 0) {
            return null;
        }
        int k = i + (article ? 1 : Numbers.words(t, i));
        if (!article && k < to && t.get(k).is("lives") && claimedBefore(t, i)) {
            return new Hit(i, k + 1, true, n); // "the raid claimed 12 lives"
        }
        if (k < to && (KILL_WORDS.contains(t.get(k).lower()) || INJURY_WORDS.contains(t.get(k).lower()))) {
            return new Hit(i, k + 1, KILL_WORDS.contains(t.get(k).lower()), n);
        }
        Hit passive = passiveWithoutNoun(t, i, k, to, n);
        if (passive != null) {
            return passive;
        }
        int afterFigure = k;
        int noun = -1;
        int nounReach = i + NOUN_REACH;
        for (; k < Math.min(to, nounReach); k++) {
            Token x = t.get(k);
            if (PeopleGroups.abbreviation(t, k)) {
                nounReach += 2; // "a U.S.-led coalition contractor"
                continue;
            }
            boolean rangeEnd = t.get(k - 1).is("to") || t.get(k - 1).is("and") || t.get(k - 1).is("-");
            if (PeopleGroups.quoteMark(x)) {
                continue; // seven SDF "commandos": scare quotes around the people noun
            }
            if (x.punct() && !x.is(".") || Numbers.value(x) > 0 && x.isNumber() && !rangeEnd) {
                return null; // "40 over 24 hours in which 17 civilians died": the people are another figure's
            }
            if (harmWord(x.lower())) {
                // the verb came before any listed people noun: "nine of them dead", or people the list lacks
                // ("two Kurdish reporters were killed", read below)
                break;
            }
            if (PEOPLE.contains(x.lower())) {
                noun = k;
                break;
            }
        }
        noun = noun < 0 ? unlistedPeople(t, afterFigure, to) : noun;
        if (noun < 0) {
            return null;
        }
        // "three of the guards killed": a share of the dead, told with the participle right after the noun
        boolean share = noun > i + 2 && t.get(i + 1).is("of") && (t.get(i + 2).is("the") || t.get(i + 2).is("those"))
                && noun + 1 < to && KILL_WORDS.contains(t.get(noun + 1).lower());
        for (int[] more = PeopleGroups.moreGroups(t, i + 1, to, false); more != null;
                more = PeopleGroups.moreGroups(t, noun + 1, to, false)) {
            n += more[0];
            noun = more[1] - 1;
        }
        boolean aside = false;
        int limit = noun + VERB_REACH;
        for (int m = noun + 1; m < Math.min(to, limit); m++) {
            Token x = t.get(m);
            aside |= x.is("including");
            int close = x.is(",") && m + 1 < to ? PeopleGroups.closingComma(t, m + 1, to) : -1;
            if (close < 0 && m == noun + 1 && Places.dash(x)) {
                close = closingDash(t, m + 1, to); // "two people - a man and his son - died"
                close = close + 1 < to && passiveNext(t, close + 1, to) ? close : -1;
            }
            if (close > 0 && (t.get(m + 1).is("including") || close + 1 < to && passiveNext(t, close + 1, to))) {
                // "30 people, including five children, have died", "two men, both working for the militia, were killed":
                // the aside between the people and their verb names a share of them or says more of them
                limit += close - m;
                m = close;
                continue;
            }
            if (x.punct() && !x.is(".") && !PeopleGroups.quoteMark(x)) {
                return null;
            }
            if (x.is("to") && m + 2 < to && t.get(m + 1).is("have") && t.get(m + 2).is("been")) {
                // "were estimated to have been killed", "are believed to have been wounded": the verb's hedge
                limit = Math.max(limit + 3, m + 4); // the participle after "been" is always within reach
                m += 2;
                continue;
            }
            String w = x.lower();
            if (reportedHarm(t, m, to)) {
                continue; // "four people were reported killed": the passive's own word, not a speaker's verb
            }
            if (REPORTING.contains(w) || !aside && Numbers.value(x) > 0 && !DateFinder.isYear(x)) {
                // "an Iraqi official said two were killed": the verb counts the figure after the noun, not this one
                return null;
            }
            if (w.equals("among") || share) {
                // "four commanders were among the dead", "three of the guards killed": a share of a toll, not the toll
                return null;
            }
            if (KILL_WORDS.contains(w) && !w.equals("killing") || lostLives(t, m, to)) {
                return new Hit(i, m + 1 + (lostLives(t, m, to) ? 2 : 0), true, n);
            }
            if (INJURY_WORDS.contains(w) && !w.equals("injuring") && !w.equals("wounding")) {
                return new Hit(i, m + 1, false, n);
            }
        }
        return null;
    }

    /** "at least four have been killed", "nine have so far died": the figure stands for the people, with no noun after it. */
    private static Hit passiveWithoutNoun(List<Token> t, int i, int k, int to, int n) {
        int m = k;
        while (m < to && m < k + 3 && PASSIVE_AUX.contains(t.get(m).lower())) {
            m++;
        }
        if (m == k || i > 0 && PASSIVE_AUX.contains(t.get(i - 1).lower())) {
            return null;
        }
        while (m < to && m < k + 6 && PASSIVE_ADVERBS.contains(t.get(m).lower())) {
            m++;
        }
        if (m >= to) {
            return null;
        }
        String w = t.get(m).lower();
        if (KILL_VERBS.contains(w) || DIED.contains(w) || INJURY_VERBS.contains(w)) {
            return new Hit(i, m + 1, !INJURY_VERBS.contains(w), n);
        }
        return null;
    }

    /**
     * "two Kurdish reporters were killed": a plural noun the people list lacks, with an ending of people's nouns
     * ({@link #PEOPLE_ENDINGS}), right before a passive verb of harm, within {@value #UNLISTED_REACH} plain words of the
     * figure. Returns the noun's index, or -1.
     */
    private static int unlistedPeople(List<Token> t, int from, int to) {
        for (int k = from; k < Math.min(to, from + UNLISTED_REACH); k++) {
            Token x = t.get(k);
            if (x.punct() || x.isNumber() || Numbers.value(x) >= 0 || x.key().isEmpty()) {
                return -1;
            }
            String w = x.lower();
            if (peopleEnding(w) && passiveNext(t, k + 1, to)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean peopleEnding(String w) {
        for (String ending : PEOPLE_ENDINGS) {
            if (w.length() > ending.length() + 1 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "claimed 12 lives", "cost at least nine lives": a verb of taking before the figure of the lives. */
    private static boolean claimedBefore(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && k > i - 4 && QUALIFIERS.contains(t.get(k).lower())) {
            k--;
        }
        return k >= 0 && TAKING.contains(t.get(k).lower());
    }

    /** Whether the words from {@code k} are a passive or perfect verb of harm ("were killed", "have died"). */
    private static boolean passiveNext(List<Token> t, int k, int to) {
        int m = k;
        while (m < to && m < k + 3 && PASSIVE_AUX.contains(t.get(m).lower())) {
            m++;
        }
        boolean aux = m > k;
        while (m < to && m < k + 6 && PASSIVE_ADVERBS.contains(t.get(m).lower())) {
            m++;
        }
        return aux && m < to && (KILL_VERBS.contains(t.get(m).lower()) || DIED.contains(t.get(m).lower())
                || INJURY_VERBS.contains(t.get(m).lower()));
    }

    /** "were reported killed", "have been reported dead": "reported" between the auxiliary and the verb of harm. */
    private static boolean reportedHarm(List<Token> t, int m, int to) {
        return t.get(m).is("reported") && m + 1 < to && PASSIVE_AUX.contains(t.get(m - 1).lower())
                && (DIED.contains(t.get(m + 1).lower()) || INJURY_VERBS.contains(t.get(m + 1).lower()));
    }

    /** The dash that closes an aside opened by a dash, within a few words and no other stop between; -1 when none. */
    private static int closingDash(List<Token> t, int from, int to) {
        for (int k = from; k < Math.min(to, from + DASH_ASIDE_REACH); k++) {
            if (Places.dash(t.get(k))) {
                return k > from ? k : -1;
            }
            if (t.get(k).punct() && !t.get(k).is(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** "lost their lives": said of the people before it, the same as "were killed". */
    private static boolean lostLives(List<Token> t, int m, int to) {
        return m + 2 < to && t.get(m).is("lost") && (t.get(m + 1).is("their") || t.get(m + 1).is("his")
                || t.get(m + 1).is("her")) && (t.get(m + 2).is("lives") || t.get(m + 2).is("life"));
    }

    private FigureFirstToll() {}
}
