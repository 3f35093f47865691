package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * The groups of people a toll counts: "killing 13 fighters and 16 civilians", "a commander of the X militia and one of
 * his drivers", "an Iranian adviser"; and the asides that name a share of them ("including two children,").
 */
final class PeopleGroups {

    /** "a dozen", "a number of", "a group of": "a" opening a quantity, not one person. */
    private static final Set<String> QUANTITY_NOUNS = Set.of(
            "dozen", "few", "number", "total", "handful", "couple", "lot", "series", "group", "score", "host", "range");
    /** "his driver", "her two children", "their four guards", "its four occupants": a possessive opening a group of people. */
    static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");
    /** How many capitalized words a group that shares the next group's noun may have ("two U.S. and one British ..."). */
    private static final int SHARED_NOUN_WORDS = 2;
    /** People nouns that are plural without an "s". */
    private static final Set<String> PLURAL_NOUNS = Set.of("children", "people", "personnel", "staff", "peshmerga");
    /** How many words a group's noun phrase may run before "and" joins the next group ("a commander of the X militia"). */
    private static final int GROUP_REACH = 8;
    /** How far an "including" aside may run to its closing comma ("including five soldiers and 18 allied fighters,"). */
    private static final int ASIDE_REACH = 16;
    /** The words that open the place a gapped figure stands in ("and two more in Abzimu"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near");
    /** How far the first figure's place phrase may run before "and" ("in the village of X"). */
    private static final int GAPPED_PLACE_REACH = 7;

    /** Straight and curly double and single quotation marks. */
    private static final String QUOTE_MARKS = "\"\u201c\u201d'\u2018\u2019";

    private PeopleGroups() {}

    /**
     * "killing 13 fighters and 16 civilians", "killing a commander of the X militia and one of his drivers": a second group
     * of people joined by "and" (or "along with", "as well as") after the first group's noun phrase counts towards the
     * same toll, unless, after an active verb, a verb of its own follows it ("killing four soldiers, and two civilians
     * were wounded"). Returns the added count and the token after the second group, or null.
     */
    static int[] moreGroups(List<Token> t, int from, int to, boolean afterVerb) {
        int k = from;
        boolean people = false;
        while (k < to && k < from + GROUP_REACH && joiner(t, k, to) == 0
                && (!t.get(k).punct() || abbreviation(t, k) || quoteMark(t.get(k)))) {
            String w = t.get(k).lower();
            if (CasualtyFinder.PASSIVE_AUX.contains(w) || CasualtyFinder.harmWord(w) || CasualtyFinder.REPORTING.contains(w)) {
                // "a guard died and six more were hurt": the first group's verb closes it
                return null;
            }
            people |= CasualtyFinder.PEOPLE.contains(w);
            k++;
        }
        int join = k < to ? joiner(t, k, to) : 0;
        if (join == 0 && k < to && t.get(k).is(",")) {
            // "a man and his wife, their three sons, and two other relatives", "a man, his wife and their sons"
            join = listComma(t, k, to);
        }
        // the group before ended right here, on its people noun ("his wife, their two daughters")
        people |= k == from && join > 0 && from > 0 && CasualtyFinder.PEOPLE.contains(t.get(from - 1).lower());
        if (k + join + 1 >= to || join == 0 || !people && !sharesNoun(t, from, k)) {
            return null;
        }
        k += join - 1; // the last word of the joiner, where "and" stands
        int[] group = groupAt(t, k + 1, to);
        if (group == null) {
            return null;
        }
        int m = group[1];
        boolean saidBy = m + 1 < to && CasualtyFinder.REPORTING.contains(t.get(m + 1).lower());
        return saidBy || afterVerb && ownVerbAfter(t, m + 1, to) ? null : new int[] {group[0], m + 1};
    }

    /**
     * The group of people that starts at {@code start} ("two others", "a third companion"): its count and the index of its
     * people noun, or null.
     */
    private static int[] groupAt(List<Token> t, int start, int to) {
        int n = groupCount(t, start, to);
        int noun = n > 0 ? nounAfter(t, start + 1, to) : -1;
        return noun < 0 ? null : new int[] {n, noun};
    }

    /**
     * How many words a comma right after a group joins the next member of a list by: two for ", and", one for a comma
     * before a possessive ("his wife, their two daughters"); else 0 (", two of them children" is an aside of the same
     * dead, ", his brother said" the speaker).
     */
    private static int listComma(List<Token> t, int k, int to) {
        if (k + 1 >= to) {
            return 0;
        }
        Token next = t.get(k + 1);
        return next.is("and") ? 2 : POSSESSIVES.contains(next.lower()) ? 1 : 0;
    }

    /** The people noun of a group whose count stands just before {@code from} ("six [other] fighters"), or -1. */
    static int nounAfter(List<Token> t, int from, int to) {
        for (int m = from; m < Math.min(to, from + 4); m++) {
            if (t.get(m).punct()) {
                return -1;
            }
            if (CasualtyFinder.PEOPLE.contains(t.get(m).lower())) {
                return m;
            }
        }
        return -1;
    }

    /**
     * "The dead were five members of a local militia", "those killed were two brothers": the figure at {@code i} after a
     * copula whose subject is the dead counts them all, not a share ("the dead included two commanders", "among the
     * dead were two commanders").
     */
    static CasualtyFinder.Hit deadWere(List<Token> t, int from, int i, int to) {
        if (i - 3 < from || !t.get(i - 1).is("were") && !t.get(i - 1).is("are")) {
            return null;
        }
        Token dead = t.get(i - 2);
        Token det = t.get(i - 3);
        if (!(dead.is("dead") || dead.is("killed")) || !det.is("the") && !det.is("those")
                || i - 4 >= from && t.get(i - 4).is("among")) {
            return null; // "among the dead were two commanders": a share
        }
        int n = Numbers.value(t, i);
        int noun = n > 0 && !DateFinder.isYear(t.get(i)) ? nounAfter(t, i + Numbers.words(t, i), to) : -1;
        return noun < 0 ? null : new CasualtyFinder.Hit(i - 3, noun + 1, true, n);
    }

    /**
     * How many words join a second group at {@code k}: "and", "alongside", "along with", "together with", "as well as";
     * else 0.
     */
    static int joiner(List<Token> t, int k, int to) {
        Token x = t.get(k);
        if (x.is("and") || x.is("alongside")) {
            return 1;
        }
        if ((x.is("along") || x.is("together")) && k + 1 < to && t.get(k + 1).is("with")) {
            return 2;
        }
        return x.is("as") && k + 2 < to && t.get(k + 1).is("well") && t.get(k + 2).is("as") ? 3 : 0;
    }

    /**
     * "five civilians were killed in the town and two more in a village nearby": a second figure told with its verb left
     * out, its place standing where the verb would. After the toll's verb at {@code end}, the first place phrase, "and", a
     * figure, "more" or "others" or a people noun, and "in", "at" or "near". Returns the figure and the token after it,
     * or null ("... were killed in the town and two more were hurt" has a verb of its own).
     */
    static int[] gapped(List<Token> t, int end, int to) {
        int k = end;
        if (k >= to || !PLACE_PREPOSITIONS.contains(t.get(k).lower())) {
            return null;
        }
        while (k < to && k < end + GAPPED_PLACE_REACH && !t.get(k).is("and")) {
            if (t.get(k).punct()) {
                return null;
            }
            k++;
        }
        if (k + 3 >= to || !t.get(k).is("and")) {
            return null;
        }
        int n = Numbers.value(t.get(k + 1));
        if (n <= 0 || !t.get(k + 1).isNumber() && Numbers.words(t, k + 1) != 1) {
            return null;
        }
        int m = k + 2;
        boolean counted = false;
        while (m < to && m < k + 5 && (t.get(m).is("more") || t.get(m).is("other") || t.get(m).is("others")
                || CasualtyFinder.PEOPLE.contains(t.get(m).lower()))) {
            counted = true;
            m++;
        }
        return counted && m < to && PLACE_PREPOSITIONS.contains(t.get(m).lower()) ? new int[] {n, k + 2} : null;
    }

    /**
     * "two fighters were killed along with a third companion", "... died alongside another fighter": the people a
     * companion phrase right after a toll's verb at {@code end} joins to its dead. Returns their count and the token after
     * them, or null. "And" is left out: after a verb it opens a clause of its own ("were killed and two wounded").
     */
    static int[] companions(List<Token> t, int end, int to) {
        if (end >= to || t.get(end).is("and")) {
            return null;
        }
        int join = joiner(t, end, to);
        if (join == 0 || end + join >= to) {
            return null;
        }
        int[] group = groupAt(t, end + join, to);
        return group == null ? null : new int[] {group[0], group[1] + 1};
    }

    /**
     * A quotation mark: the monitor said "a Syrian officer" and two others were killed quotes a group's words, which stay
     * part of the toll.
     */
    static boolean quoteMark(Token x) {
        return x.punct() && QUOTE_MARKS.indexOf(x.raw().charAt(0)) >= 0;
    }

    /** The full stop of an abbreviation ("U.S."), which does not end a noun phrase. */
    static boolean abbreviation(List<Token> t, int k) {
        return t.get(k).is(".") && k > 0 && t.get(k - 1).raw().length() == 1;
    }

    /**
     * The number of people a group opens with: a figure, one for "a", "an" or "another" ("and an Iranian adviser") or for a
     * possessive or "the" before one person ("and his driver", "and the driver of their car"), the figure after them
     * ("his two sons"); else -1.
     */
    static int groupCount(List<Token> t, int k, int to) {
        Token x = t.get(k);
        if (x.is("a") || x.is("an") || x.is("another")) {
            return k + 1 < to && !QUANTITY_NOUNS.contains(t.get(k + 1).lower()) && isPersonAhead(t, k + 1, to) ? 1 : -1;
        }
        if (POSSESSIVES.contains(x.lower()) || x.is("the")) {
            if (k + 1 >= to) {
                return -1;
            }
            Token next = t.get(k + 1);
            int n = Numbers.value(t, k + 1);
            if (n > 0 && !DateFinder.isYear(next) && !CasualtyFinder.VAGUE_COUNTS.contains(next.lower())) {
                return n;
            }
            return CasualtyFinder.PEOPLE.contains(next.lower()) && singular(next.lower()) && isPersonAhead(t, k + 1, to)
                    ? 1 : -1;
        }
        return DateFinder.isYear(x) || CasualtyFinder.VAGUE_COUNTS.contains(x.lower()) ? -1 : Numbers.value(t, k);
    }

    /**
     * "killing two U.S. and one British service member": a first group of a few capitalized words and no noun of its own,
     * which takes the noun of the group after "and".
     */
    private static boolean sharesNoun(List<Token> t, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            if (!t.get(k).punct()) {
                if (!t.get(k).capitalized() || ++words > SHARED_NOUN_WORDS) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    /**
     * "the driver", "the commander of ...": a singular people noun at {@code k} that no other people noun follows ("the
     * Yazidi fighters", "the American contractor" are not read as one person).
     */
    static boolean onePerson(List<Token> t, int k, int to) {
        String w = t.get(k).lower();
        return CasualtyFinder.PEOPLE.contains(w) && singular(w)
                && (k + 1 >= to || !CasualtyFinder.PEOPLE.contains(t.get(k + 1).lower()));
    }

    /** Whether a people noun names one person ("driver", "woman"), not several ("guards", "men", "children"). */
    private static boolean singular(String noun) {
        return !noun.endsWith("s") && !noun.endsWith("men") && !PLURAL_NOUNS.contains(noun);
    }

    /** "... and two civilians were wounded": the group after "and" is the subject of a verb of its own. */
    private static boolean ownVerbAfter(List<Token> t, int k, int to) {
        return k + 1 < to && CasualtyFinder.PASSIVE_AUX.contains(t.get(k).lower())
                && CasualtyFinder.harmWord(t.get(k + 1).lower());
    }

    static boolean isPersonAhead(List<Token> t, int from, int to) {
        int reach = from + 4;
        for (int k = from; k < Math.min(to, reach); k++) {
            if (abbreviation(t, k)) {
                reach += 2; // "a U.S.-led coalition contractor": an abbreviation's letters and stops count as no words
                continue;
            }
            if (CasualtyFinder.PEOPLE.contains(t.get(k).lower())) {
                // "an American drone", "an Iraqi base": a nationality that describes a weapon or a place is no person
                String next = k + 1 < to ? t.get(k + 1).lower() : "";
                return !Weapon.WORDS.containsKey(next) && !OwnerCues.SITE_NOUNS.contains(next);
            }
            if (t.get(k).punct()) {
                return false;
            }
        }
        return false;
    }

    /** The last token of an appositive that runs up to the next comma ("including two children,"), or {@code to}. */
    static int closingComma(List<Token> t, int from, int to) {
        for (int k = from; k < Math.min(to, from + ASIDE_REACH); k++) {
            if (t.get(k).is(",")) {
                return k;
            }
            if (t.get(k).punct()) {
                return to;
            }
        }
        return to;
    }
}
