package io.strikeline.extract;

import io.strikeline.extract.CasualtyFinder.Hit;
import java.util.List;
import java.util.Set;

/**
 * Stage of {@link CasualtyFinder}: the dead a report names rather than counts, one per person: after the verb ("killing
 * Qassem Soleimani, commander of ..., and Abu Mahdi al-Muhandis") or as the subject of a passive ("Razi Mousavi, a senior
 * adviser, was killed", "General X is reported killed alongside four others").
 */
final class NamedVictims {

    private static final Set<String> TITLE_WORDS = Set.of(
            "gen", "general", "maj", "major", "commander", "leader", "chief", "deputy", "head", "col", "colonel", "brig",
            "militia", "senior", "top", "iranian", "iraqi", "syrian", "lebanese", "american", "sheikh", "sayyid", "the",
            "military", "lt", "quds", "force", "official", "mr");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "abd", "ad", "as", "ar", "az");
    /** Capitalized words that open a sentence and stand for people without naming anyone ("He was killed"). */
    private static final Set<String> NOT_NAMES = Set.of(
            "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those", "nobody", "none",
            "no", "anyone", "everyone", "someone", "all", "both", "each", "either", "neither", "another", "many", "several",
            "few", "others", "one", "his", "her", "their");
    /** The participles a named person's passive ends in: "was killed", "had been slain", "was martyred". */
    private static final Set<String> PARTICIPLES = Set.of("killed", "slain", "martyred");
    /** How many words a name may run ("Abu Mahdi al Muhandis"), and how far back an aside after it may reach. */
    private static final int NAME_WORDS = 5;
    private static final int ASIDE_REACH = 20;

    private NamedVictims() {}

    /**
     * "killing Qassem Soleimani, commander of ..., and Abu Mahdi al-Muhandis": one per named person, and the people of a
     * group joined to them by "and" ("... and eight others"). A quotation or a verb of saying ends the list ("killed X,"
     * Y told reporters").
     */
    static Hit afterVerb(List<Token> t, int verb, int to) {
        int count = 0;
        int end = verb + 1;
        int k = verb + 1;
        while (k < to) {
            int segEnd = k;
            while (segEnd < to && !t.get(segEnd).is(",") && !t.get(segEnd).is("and") && !t.get(segEnd).is(";")) {
                segEnd++;
            }
            int capitals = 0;
            boolean startsCapital = false;
            boolean people = false;
            boolean first = true;
            boolean saying = false;
            for (int m = k; m < segEnd; m++) {
                Token x = t.get(m);
                if (x.punct()) {
                    saying |= first && quote(x);
                    continue;
                }
                if (first && !(count == 0 && TITLE_WORDS.contains(x.lower()) && !x.capitalized())) {
                    // "killing commander X": a title in lower case before the first name opens the name
                    startsCapital = x.capitalized();
                    first = false;
                }
                saying |= CasualtyFinder.REPORTING.contains(x.lower());
                if (CasualtyFinder.PEOPLE.contains(x.lower()) && !TITLE_WORDS.contains(x.lower())) {
                    people = true;
                }
                if (x.capitalized() && !TITLE_WORDS.contains(x.lower()) || NAME_PARTICLES.contains(x.lower()) && capitals > 0) {
                    capitals++;
                }
            }
            if (saying) {
                break;
            }
            int group = count > 0 && people && t.get(k - 1).is("and") ? PeopleGroups.groupCount(t, k, segEnd) : -1;
            if (startsCapital && capitals >= 2 && !people) {
                count++;
                end = segEnd;
            } else if (group > 0) {
                // "killing X, a commander of Y, and two of his guards": the group joined to the named dead counts too
                count += group;
                end = segEnd;
            } else if (startsCapital || count == 0) {
                break;
            }
            if (segEnd >= to || t.get(segEnd).is(";")) {
                break;
            }
            k = segEnd + 1;
        }
        return count == 0 ? null : new Hit(verb, end, true, count);
    }

    /**
     * "Mousavi was killed", "Razi Mousavi, a senior adviser, was reportedly killed", "General X has been reported killed
     * alongside four others": a named person (and a group joined after the verb) as the subject of the participle at
     * {@code verb}; null when the subject is no name ("He was killed", "the commander was killed", "who was killed").
     */
    static Hit beforePassive(List<Token> t, int from, int verb, int to) {
        if (!PARTICIPLES.contains(t.get(verb).lower())) {
            return null;
        }
        int k = verb - 1;
        while (k > from && (t.get(k).is("reportedly") || t.get(k).is("reported") || t.get(k).is("also")
                || t.get(k).is("later") || t.get(k).is("allegedly"))) {
            k--;
        }
        boolean aux = false;
        while (k > from && (t.get(k).is("was") || t.get(k).is("been") || t.get(k).is("has") || t.get(k).is("had"))) {
            aux = true;
            k--;
        }
        if (!aux) {
            return null;
        }
        int nameEnd = k + 1;
        if (t.get(k).is(",")) {
            nameEnd = asideOpening(t, from, k);
            if (nameEnd < 0) {
                return null;
            }
        }
        int start = nameStart(t, from, nameEnd);
        if (start < 0) {
            return null;
        }
        int count = 1;
        int end = verb + 1;
        int join = end < to ? PeopleGroups.joiner(t, end, to) : 0;
        if (join > 0 && end + join < to) {
            int n = PeopleGroups.groupCount(t, end + join, to);
            int noun = n > 0 ? PeopleGroups.nounAfter(t, end + join + 1, to) : -1;
            if (noun > 0) {
                count += n;
                end = noun + 1;
            }
        }
        return new Hit(start, end, true, count);
    }

    /** The comma that opens the aside closed by the comma at {@code close} ("X, a senior adviser, was ..."), or -1. */
    private static int asideOpening(List<Token> t, int from, int close) {
        for (int k = close - 1; k > from && k > close - ASIDE_REACH; k--) {
            Token x = t.get(k);
            if (x.is(",")) {
                return k;
            }
            if (x.is(";") || x.is(":") || x.is(".") && !(k > 0 && t.get(k - 1).raw().length() == 1)) {
                return -1;
            }
        }
        return -1;
    }

    /** The first token of the name that ends before {@code end}, or -1 when the words there name no one. */
    private static int nameStart(List<Token> t, int from, int end) {
        int k = end - 1;
        if (k < from || !t.get(k).capitalized() || NOT_NAMES.contains(t.get(k).lower())
                || TITLE_WORDS.contains(t.get(k).lower()) || Numbers.value(t.get(k)) >= 0) {
            return -1;
        }
        int start = end;
        while (k >= from && k > end - 1 - NAME_WORDS && !t.get(k).punct()
                && (t.get(k).capitalized() || NAME_PARTICLES.contains(t.get(k).lower()))) {
            if (NOT_NAMES.contains(t.get(k).lower())) {
                return -1;
            }
            start = k;
            k--;
        }
        return start;
    }

    private static boolean quote(Token x) {
        String r = x.raw();
        return r.equals("\"") || r.equals("\u201c") || r.equals("\u201d");
    }
}
