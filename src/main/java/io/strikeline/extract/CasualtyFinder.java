package io.strikeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds killed/injured figures: "killed four", "17 people were wounded", "No casualties", named victims. */
final class CasualtyFinder {

    record Hit(int fromTok, int toTok, boolean killed, int count) {}

    static final Set<String> KILL_WORDS = Set.of("killed", "dead", "died", "slain", "deaths", "death", "fatalities", "killing");
    static final Set<String> INJURY_WORDS = Set.of(
            "wounded", "injured", "hurt", "injuries", "wounding", "injuring", "injury", "wounds", "wounded,");
    private static final Set<String> KILL_VERBS = Set.of("killed", "killing", "kills", "killing,");
    private static final Set<String> HEADLINE_KILL_VERBS = Set.of("killed", "killing", "kills", "kill");
    /** "the death toll rose to nine": a later count of the same dead, which replaces the earlier one. */
    private static final Set<String> RISES = Set.of("rose", "risen", "rises", "climbed", "climbs", "increased", "jumped");
    /** How far after "toll" its rise is looked for ("the toll of Tuesday's strikes on the camp has risen to 12"). */
    private static final int TOLL_REACH = 12;
    private static final Set<String> INJURY_VERBS = Set.of("wounded", "wounding", "injured", "injuring", "injures", "wounds");
    /**
     * No single strike in these wars is reported with more dead or wounded than this: a larger figure is a population,
     * a troop count or a war's running total.
     */
    static final int MAX_ONE_STRIKE = 1000;
    /** Words that open a clause about what happened before or around the strike, not the strike itself. */
    private static final Set<String> BACKGROUND_OPENERS = Set.of(
            "after", "since", "before", "following", "amid", "retaliation", "response", "revenge");
    private static final Set<String> GROUND_FIGHTING = Set.of("clashes", "fighting", "battles", "firefights", "gunfights");
    private static final Set<String> PASSIVE_AUX = Set.of("have", "has", "had", "were", "was", "been", "are", "be");
    private static final Set<String> QUALIFIERS = Set.of(
            "at", "least", "more", "than", "up", "to", "nearly", "about", "some", "an", "estimated", "around", "over",
            "almost", "roughly", "approximately", "as", "many", "a", "total", "of", "all");
    static final Set<String> PEOPLE = Set.of(
            "people", "persons", "person", "civilians", "civilian", "fighters", "fighter", "militants", "militant", "members",
            "member", "soldiers", "soldier", "troops", "personnel", "servicemembers", "servicemen", "militiamen", "commanders",
            "commander", "officers", "officer", "guards", "guard", "children", "child", "women", "woman", "men", "man", "others",
            "combatants", "americans", "american", "contractors", "contractor", "insurgents", "jihadists", "operatives",
            "operative", "staff", "workers", "worker", "iraqis", "syrians", "iranians", "leaders", "leader", "individuals",
            "residents", "recruits", "paramilitaries", "gunmen", "volunteers", "policemen", "service", "sailors", "marines",
            "airmen", "troop", "adviser", "advisers", "advisors", "employees", "occupants", "passengers", "rebels", "rebel",
            "villagers", "pilgrims", "students", "refugees", "shoppers", "farmers", "journalists", "doctors", "patients");
    /** "no immediate reports of casualties", "without specifying the number of dead": the toll is unknown, not zero. */
    private static final Set<String> VAGUE = Set.of(
            "immediate", "reports", "report", "word", "information", "details", "indication", "indications", "confirmation",
            "specifying", "giving", "providing", "saying", "detailing", "elaborating", "number", "toll", "figure", "figures");
    private static final Set<String> TITLE_WORDS = Set.of(
            "gen", "general", "maj", "major", "commander", "leader", "chief", "deputy", "head", "col", "colonel", "brig",
            "militia", "senior", "top", "iranian", "iraqi", "syrian", "lebanese", "american", "sheikh", "sayyid", "the",
            "military", "lt", "quds", "force", "official", "mr");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "abd", "ad", "as", "ar", "az");

    private CasualtyFinder() {}

    static List<Hit> find(List<Token> t, int from, int to) {
        return find(t, from, to, KILL_VERBS);
    }

    /** The tolls of a headline, whose present tense says "Airstrikes kill eight". */
    static List<Hit> findInHeadline(List<Token> t) {
        return find(t, 0, t.size(), HEADLINE_KILL_VERBS);
    }

    private static List<Hit> find(List<Token> t, int from, int to, Set<String> killVerbs) {
        List<Hit> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.punct()) {
                continue;
            }
            String w = tok.lower();
            Hit h = null;
            if (w.equals("no") || w.equals("nobody") || w.equals("without") || w.equals("neither")) {
                h = zero(t, i, to);
            } else if (w.equals("toll")) {
                h = risenToll(t, i, to);
            } else if (killVerbs.contains(w) || INJURY_VERBS.contains(w)) {
                h = verbThenNumber(t, i, to, killVerbs.contains(w));
                if (h == null && killVerbs.contains(w)) {
                    h = namedVictims(t, i, to);
                }
            } else if ((w.equals("deaths") || w.equals("lives")) && i + 2 < to && t.get(i + 1).is("of")
                    && Numbers.value(t.get(i + 2)) > 0 && !DateFinder.isYear(t.get(i + 2)) && !roundPlural(t.get(i + 2))) {
                // "the deaths of three soldiers", "claimed the lives of four"
                h = new Hit(i, i + 3, true, Numbers.value(t.get(i + 2)));
            } else if (Numbers.value(tok) >= 0 && !DateFinder.isYear(tok)) {
                h = numberThenWord(t, i, to);
            }
            if (h != null && h.count() <= MAX_ONE_STRIKE && !overlapsSameKind(out, h)) {
                out.add(h);
                String last = t.get(h.toTok() - 1).lower();
                if (h.count() == 0 && (last.equals("casualties") || last.equals("casualty"))) {
                    // "no casualties" covers the wounded as well as the dead
                    out.add(new Hit(h.fromTok(), h.toTok(), false, 0));
                }
            }
        }
        return out;
    }

    /**
     * "... came after gunmen killed 12 people", "... the market, where in May 2016 a car bomb killed dozens": a toll in
     * a clause that does not hold the strike's trigger and is opened by "after", "since" or "amid", or dated by a month
     * or a year of its own, is the toll of the incident that clause tells of.
     */
    static boolean inBackgroundClause(List<Token> t, List<int[]> clauses, List<DateExpr> dates, Hit h, int triggerTok) {
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
            if (GROUND_FIGHTING.contains(t.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the deaths of dozens", "the lives of hundreds": a round plural counts a wider toll, not one strike's dead. */
    private static boolean roundPlural(Token t) {
        return t.is("dozens") || t.is("hundreds") || t.is("scores");
    }

    private static boolean overlapsSameKind(List<Hit> found, Hit h) {
        for (Hit o : found) {
            if (o.killed() == h.killed() && o.fromTok() < h.toTok() && h.fromTok() < o.toTok()) {
                return true;
            }
        }
        return false;
    }

    private static Hit zero(List<Token> t, int i, int to) {
        int j = i + 1;
        if (j < to && t.get(j).is("one") && t.get(i).is("no")) {
            j++;
        }
        if (j < to && (t.get(j).is("causing") || t.get(j).is("any") || t.get(j).is("reported"))) {
            j++;
        }
        if (j < to && VAGUE.contains(t.get(j).lower())) {
            return null;
        }
        for (int k = j; k < Math.min(to, j + 6); k++) {
            Token x = t.get(k);
            if (x.punct() || VAGUE.contains(x.lower())) {
                return null;
            }
            String w = x.lower();
            if (w.equals("casualties") || w.equals("casualty")) {
                return new Hit(i, k + 1, true, 0);
            }
            if (KILL_WORDS.contains(w)) {
                return new Hit(i, k + 1, true, 0);
            }
            if (INJURY_WORDS.contains(w)) {
                return new Hit(i, k + 1, false, 0);
            }
        }
        return null;
    }

    private static Hit verbThenNumber(List<Token> t, int i, int to, boolean killed) {
        int j = i + 1;
        boolean range = j < to && (t.get(j).is("between") || t.get(j).is("from"));
        if (range) {
            j++;
        }
        while (j < to && j < i + 4 && QUALIFIERS.contains(t.get(j).lower()) && !t.get(j).is("a")) {
            j++;
        }
        if (j < to && t.get(j).is("a") && j + 1 < to && t.get(j + 1).is("dozen")) {
            j++;
        }
        if (j >= to) {
            return null;
        }
        int n = Numbers.value(t.get(j));
        if (n < 0 && (t.get(j).is("a") || t.get(j).is("an")) && j + 2 < to && isPersonAhead(t, j + 1, to)) {
            n = 1;
        }
        if (n < 0 || DateFinder.isYear(t.get(j))) {
            return null;
        }
        if (range && j + 2 < to && (t.get(j + 1).is("and") || t.get(j + 1).is("to")) && Numbers.value(t.get(j + 2)) > n) {
            // "killed between 5 and 12 people": the lowest figure, with the whole range as its evidence
            return new Hit(i, j + 3, killed, n);
        }
        int[] more = moreGroups(t, j + 1, to);
        return new Hit(i, more == null ? j + 1 : more[1], killed, n + (more == null ? 0 : more[0]));
    }

    /**
     * "killing 13 fighters and 16 civilians": a second group of people joined by "and" after the first figure counts
     * towards the same toll. Returns the added count and the token after the second group, or null.
     */
    private static int[] moreGroups(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && k < from + 4 && !t.get(k).is("and") && !t.get(k).punct()) {
            k++;
        }
        if (k + 2 >= to || !t.get(k).is("and") || !PEOPLE.contains(t.get(k - 1).lower())) {
            return null;
        }
        int n = Numbers.value(t.get(k + 1));
        if (n <= 0 || DateFinder.isYear(t.get(k + 1))) {
            return null;
        }
        for (int m = k + 2; m < Math.min(to, k + 5); m++) {
            if (t.get(m).punct()) {
                return null;
            }
            if (PEOPLE.contains(t.get(m).lower())) {
                return new int[] {n, m + 1};
            }
        }
        return null;
    }

    private static boolean isPersonAhead(List<Token> t, int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (PEOPLE.contains(t.get(k).lower())) {
                return true;
            }
            if (t.get(k).punct()) {
                return false;
            }
        }
        return false;
    }

    private static Hit numberThenWord(List<Token> t, int i, int to) {
        int n = Numbers.value(t.get(i));
        if (t.get(i).is("dozen") && i > 0 && t.get(i - 1).is("a")) {
            n = 12;
        }
        if (n < 0) {
            return null;
        }
        int k = i + 1;
        if (k < to && (KILL_WORDS.contains(t.get(k).lower()) || INJURY_WORDS.contains(t.get(k).lower()))) {
            return new Hit(i, k + 1, KILL_WORDS.contains(t.get(k).lower()), n);
        }
        Hit passive = passiveWithoutNoun(t, i, k, to, n);
        if (passive != null) {
            return passive;
        }
        int noun = -1;
        for (; k < Math.min(to, i + 7); k++) {
            Token x = t.get(k);
            if (x.punct() && !x.is(".")) {
                return null;
            }
            if (PEOPLE.contains(x.lower())) {
                noun = k;
                break;
            }
        }
        if (noun < 0) {
            return null;
        }
        int[] more = moreGroups(t, noun, to);
        if (more != null) {
            n += more[0];
            noun = more[1] - 1;
        }
        for (int m = noun + 1; m < Math.min(to, noun + 7); m++) {
            Token x = t.get(m);
            if (x.punct() && !x.is(".")) {
                return null;
            }
            String w = x.lower();
            if (w.equals("among")) {
                // "four commanders were among the dead": a share of a toll, not the toll
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

    /** "the death toll had risen to two": the dead counted anew, up to the number after "to". */
    private static Hit risenToll(List<Token> t, int i, int to) {
        for (int k = i + 1; k + 2 < to && k < i + TOLL_REACH; k++) {
            Token w = t.get(k);
            if (w.is(".") || w.is(";")) {
                return null;
            }
            if (RISES.contains(w.lower()) && t.get(k + 1).is("to")) {
                int n = Numbers.value(t.get(k + 2));
                return n > 0 && !DateFinder.isYear(t.get(k + 2)) ? new Hit(i, k + 3, true, n) : null;
            }
        }
        return null;
    }

    /** Whether the toll is a risen count ("the toll rose to nine"), which replaces a lower one told before it. */
    static boolean risen(List<Token> t, Hit h) {
        return h.killed() && h.toTok() - 3 >= h.fromTok() && t.get(h.toTok() - 2).is("to")
                && RISES.contains(t.get(h.toTok() - 3).lower());
    }

    /** "at least four have been killed", "two were wounded": the figure stands for the people, with no noun after it. */
    private static Hit passiveWithoutNoun(List<Token> t, int i, int k, int to, int n) {
        int m = k;
        while (m < to && m < k + 3 && PASSIVE_AUX.contains(t.get(m).lower())) {
            m++;
        }
        if (m == k || m >= to || i > 0 && PASSIVE_AUX.contains(t.get(i - 1).lower())) {
            return null;
        }
        String w = t.get(m).lower();
        if (KILL_VERBS.contains(w) || INJURY_VERBS.contains(w)) {
            return new Hit(i, m + 1, KILL_VERBS.contains(w), n);
        }
        return null;
    }

    /** "lost their lives": said of the people before it, the same as "were killed". */
    private static boolean lostLives(List<Token> t, int m, int to) {
        return m + 2 < to && t.get(m).is("lost") && (t.get(m + 1).is("their") || t.get(m + 1).is("his")
                || t.get(m + 1).is("her")) && (t.get(m + 2).is("lives") || t.get(m + 2).is("life"));
    }

    /** "killing Qassem Soleimani, commander of ..., and Abu Mahdi al-Muhandis": one per named person. */
    private static Hit namedVictims(List<Token> t, int verb, int to) {
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
            for (int m = k; m < segEnd; m++) {
                Token x = t.get(m);
                if (x.punct()) {
                    continue;
                }
                if (first) {
                    startsCapital = x.capitalized();
                    first = false;
                }
                if (PEOPLE.contains(x.lower()) && !TITLE_WORDS.contains(x.lower())) {
                    people = true;
                }
                if (x.capitalized() && !TITLE_WORDS.contains(x.lower()) || NAME_PARTICLES.contains(x.lower()) && capitals > 0) {
                    capitals++;
                }
            }
            if (startsCapital && capitals >= 2 && !people) {
                count++;
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
}
