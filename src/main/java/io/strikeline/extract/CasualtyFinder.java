package io.strikeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage: finds the killed and injured figures of one sentence: "killed four", "the death toll rose to nine", "No
 * casualties", named victims, and through {@link FigureFirstToll} "17 people were wounded". Whether a toll is one
 * strike's at all is {@link TollContext}'s to say, how it counts against others {@link TollCounting}'s.
 */
final class CasualtyFinder {

    record Hit(int fromTok, int toTok, boolean killed, int count) {}

    /** "martyred": the word Syrian and Iranian state media use for the dead of their side. */
    static final Set<String> KILL_WORDS = Set.of(
            "killed", "dead", "died", "slain", "deaths", "death", "fatalities", "killing", "martyred");
    static final Set<String> INJURY_WORDS = Set.of(
            "wounded", "injured", "hurt", "injuries", "wounding", "injuring", "injury", "wounds", "wounded,");
    static final Set<String> KILL_VERBS = Set.of("killed", "killing", "kills", "killing,");
    static final Set<String> HEADLINE_KILL_VERBS = Set.of("killed", "killing", "kills", "kill");
    /** "the death toll rose to nine": a later count of the same dead, which replaces the earlier one. */
    static final Set<String> RISES = Set.of("rose", "risen", "rises", "climbed", "climbs", "increased", "jumped");
    /** How far after "toll" its rise is looked for ("the toll of Tuesday's strikes on the camp has risen to 12"). */
    private static final int TOLL_REACH = 16;
    /** How many words "toll" may stand before its verb for the whole phrase to be the evidence ("the toll has risen"). */
    private static final int SHORT_SUBJECT = 3;
    /** "the toll stood at six", "put the death toll at 12": a toll stated at a figure. */
    private static final Set<String> STANDS = Set.of("toll", "stood", "stands", "was", "is", "remained", "remains");
    static final Set<String> INJURY_VERBS = Set.of("wounded", "wounding", "injured", "injuring", "injures", "wounds");
    /**
     * No single strike in these wars is reported with more dead or wounded than this: a larger figure is a population,
     * a troop count or a war's running total.
     */
    static final int MAX_ONE_STRIKE = 1000;
    static final Set<String> PASSIVE_AUX = Set.of("have", "has", "had", "were", "was", "been", "are", "be");
    static final Set<String> QUALIFIERS = Set.of(
            "at", "least", "more", "than", "up", "to", "nearly", "about", "some", "an", "estimated", "around", "over",
            "almost", "roughly", "approximately", "as", "many", "a", "total", "of", "all");
    static final Set<String> PEOPLE = Set.of(
            "people", "persons", "person", "civilians", "civilian", "fighters", "fighter", "militants", "militant",
            "members", "member", "soldiers", "soldier", "troops", "personnel", "servicemembers", "servicemen", "militiamen",
            "commanders", "commander", "officers", "officer", "guards", "guard", "children", "child", "women", "woman",
            "men", "man", "others", "combatants", "americans", "american", "contractors", "contractor", "insurgents",
            "jihadists", "operatives", "operative", "staff", "workers", "worker", "iraqis", "syrians", "iranians",
            "iranian", "iraqi", "syrian", "lebanese", "leaders", "leader", "individuals", "residents", "recruits",
            "paramilitaries", "gunmen", "volunteers", "policemen", "service", "sailors", "marines", "airmen", "troop",
            "adviser", "advisers", "advisors", "employees", "occupants", "passengers", "rebels", "rebel", "villagers",
            "pilgrims", "students", "refugees", "shoppers", "farmers", "journalists", "doctors", "patients", "aides",
            "aide", "bodyguards", "bodyguard", "nurses", "nurse", "medics", "paramedics", "shepherds", "drivers", "driver",
            "tourists", "tourist", "visitors", "worshippers", "mourners", "guests", "relatives", "boys", "girls", "teenagers",
            "youths", "infants", "babies", "peshmerga", "engineers", "technicians", "herders", "shepherd", "teachers",
            "prisoners", "detainees", "inmates", "hostages", "protesters", "demonstrators", "agents", "scientists",
            "experts", "diplomats", "conscripts", "truckers", "labourers", "laborers", "fishermen", "terrorists",
            "separatists", "extremists", "jihadis", "guerrillas", "briton", "britons", "kurds", "turks", "afghans",
            "pakistanis", "palestinians", "son", "sons", "daughter", "daughters", "wife", "wives", "husband", "brother",
            "brothers", "sister", "sisters", "nephew", "nephews", "cousin", "cousins", "deputy", "deputies", "companion",
            "companions", "escort", "escorts", "assistant", "assistants", "associate", "associates", "commandos", "commando",
            "cadets", "trainees", "paratroopers", "snipers", "mercenaries", "servicemember", "serviceman", "militiaman",
            "gunman", "jihadist", "insurgent", "generals", "colonels", "smugglers", "smuggler", "traffickers", "trafficker",
            "dealers", "dealer");
    /** "killing several fighters", "dozens were wounded": a word for many people, which gives no figure for the value. */
    static final Set<String> VAGUE_COUNTS = Set.of("several", "dozens", "hundreds", "scores", "tens", "thousands");
    /** Verbs that say the people before them died: "four were killed", "nine have died", "two are dead". */
    static final Set<String> DIED = Set.of("killed", "died", "dead", "slain", "martyred");
    /** Words that make a round number rough: "over a dozen", "more than a dozen", "some dozen". */
    private static final Set<String> ROUGHLY = Set.of(
            "over", "than", "nearly", "about", "some", "around", "almost", "roughly", "approximately", "under");
    /** Verbs of saying, which end the phrase a figure's people are named in. */
    static final Set<String> REPORTING = Set.of("said", "says", "told", "reported", "added", "according");
    /** The words every toll this class reads holds one of. */
    static final Set<String> HARM_CUES = harmCues();
    private CasualtyFinder() {}

    private static Set<String> harmCues() {
        Set<String> cues = new HashSet<>(KILL_WORDS);
        cues.addAll(INJURY_WORDS);
        cues.addAll(KILL_VERBS);
        cues.addAll(HEADLINE_KILL_VERBS);
        cues.addAll(INJURY_VERBS);
        cues.addAll(DIED);
        cues.addAll(List.of("toll", "lives", "life", "lost", "casualties", "casualty", "victims", "martyrdom", "martyrs"));
        return Set.copyOf(cues);
    }

    static List<Hit> find(List<Token> t, int from, int to) {
        return find(t, from, to, WordClass.KILL_VERB);
    }

    /** The tolls of a headline, whose present tense says "Airstrikes kill eight". */
    static List<Hit> findInHeadline(List<Token> t) {
        return find(t, 0, t.size(), WordClass.HEADLINE_KILL_VERB);
    }

    private static List<Hit> find(List<Token> t, int from, int to, WordClass killVerbs) {
        List<Hit> out = new ArrayList<>();
        if (!mentionsHarm(t, from, to)) {
            return out;
        }
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.punct()) {
                continue;
            }
            String w = tok.lower();
            Hit h = null;
            if (w.equals("no") || w.equals("nobody") || w.equals("without") || w.equals("neither")) {
                h = ZeroTolls.zero(t, i, to);
            } else if (w.equals("not") || w.equals("never") || w.equals("failed")) {
                h = ZeroTolls.denied(t, i, to);
            } else if ((w.equals("martyred") || w.equals("slain")) && i > from) {
                h = NamedVictims.beforePassive(t, from, i, to);
            } else if (w.equals("toll") || w.equals("number") && i + 1 < to && t.get(i + 1).is("of")) {
                h = tollFigure(t, i, to);
            } else if (tok.in(killVerbs) || tok.in(WordClass.INJURY_VERB)) {
                if (TollContext.motive(t, i)) {
                    continue;
                }
                h = verbThenNumber(t, i, to, tok.in(killVerbs));
                if (h == null && tok.in(killVerbs)) {
                    h = NamedVictims.afterVerb(t, i, to);
                }
                if (h == null && i > from) {
                    h = NamedVictims.beforePassive(t, from, i, to);
                }
                if (h != null && h.fromTok() == i && i > from && t.get(i - 1).is("also")) {
                    // "also killed two guards": the word that says these dead are besides others is part of the toll
                    h = new Hit(i - 1, h.toTok(), h.killed(), h.count());
                }
            } else if ((w.equals("death") || w.equals("deaths")) && i + 2 < to && t.get(i + 1).is("of")
                    && (t.get(i + 2).capitalized() || t.get(i + 2).is("a") || t.get(i + 2).is("an"))
                    && Numbers.value(t.get(i + 2)) < 0 && !TollContext.motive(t, i)) {
                // "resulted in the death of Usama X", "the deaths of X and Y", "led to the death of a contractor"
                h = deathOf(t, i, to);
            } else if ((w.equals("deaths") || w.equals("lives") || w.equals("martyrdom")) && i + 2 < to
                    && t.get(i + 1).is("of") && !TollContext.motive(t, i)) {
                // "the deaths of three soldiers", "claimed the lives of four", "the deaths of at least nine civilians"
                int at = pastQualifiers(t, i + 2, to);
                if (at < to && Numbers.value(t.get(at)) > 0 && !DateFinder.isYear(t.get(at)) && !roundPlural(t.get(at))
                        && !VAGUE_COUNTS.contains(t.get(at).lower())) {
                    // "the deaths of several fighters" gives no figure (VAGUE_COUNTS)
                    h = new Hit(i, at + 1, true, Numbers.value(t.get(at)));
                }
            } else if ((Numbers.value(tok) >= 0 && !DateFinder.isYear(tok) && !dayOfMonth(t, i) && !clockTime(t, i, to)
                    && !designation(t, i)
                    || w.equals("a") || w.equals("an") || PeopleGroups.POSSESSIVES.contains(w)) && !counted(out, i)) {
                h = PeopleGroups.deadWere(t, from, i, to);
                h = h != null ? h : FigureFirstToll.read(t, i, to);
            }
            boolean diedVerb = h != null && h.killed() && h.count() > 0 && DIED.contains(t.get(h.toTok() - 1).lower());
            int[] besides = diedVerb ? PeopleGroups.companions(t, h.toTok(), to) : null;
            besides = besides == null && diedVerb ? PeopleGroups.gapped(t, h.toTok(), to) : besides;
            if (besides != null) {
                h = new Hit(h.fromTok(), besides[1], true, h.count() + besides[0]);
            }
            if (h != null && h.count() <= MAX_ONE_STRIKE && !overlapsSameKind(out, h)
                    && !TollContext.runningTotal(t, h, from, to)) {
                out.add(h);
                String last = t.get(h.toTok() - 1).lower();
                if (h.count() == 0 && (last.equals("casualties") || last.equals("casualty") || last.equals("hurt")
                        || last.equals("victims"))) {
                    // "no casualties", "no victims", "nobody was hurt" cover the wounded as well as the dead
                    out.add(new Hit(h.fromTok(), h.toTok(), false, 0));
                } else if (!h.killed() && ZeroTolls.ofPeople(t, h)) {
                    // "no one was injured": nobody was harmed, the dead as well
                    out.add(new Hit(h.fromTok(), h.toTok(), true, 0));
                }
            }
        }
        return out;
    }

    /** The dead named or counted one by one after "the death(s) of" at {@code i}, or null. */
    private static Hit deathOf(List<Token> t, int i, int to) {
        Token after = t.get(i + 2);
        if ((after.is("a") || after.is("an")) && PeopleGroups.groupCount(t, i + 2, to) == 1) {
            int noun = PeopleGroups.nounAfter(t, i + 3, to);
            return noun < 0 ? null : new Hit(i, noun + 1, true, 1);
        }
        Hit named = after.capitalized() ? NamedVictims.afterVerb(t, i + 1, to) : null;
        return named == null ? null : new Hit(i, named.toTok(), true, named.count());
    }

    /** "a strike on July 30 killed four": a number right after a month's name is a day of that month, not a toll. */
    private static boolean dayOfMonth(List<Token> t, int i) {
        int k = i - 1;
        if (k >= 0 && t.get(k).is(".")) {
            k--; // "Jan. 28"
        }
        return k >= 0 && t.get(k).in(WordClass.MONTH) && t.get(i).isNumber();
    }

    /**
     * "a Dutch F-16 fighter killed 70", "Su-24 jets": a number hyphenated to the letters before it names a model of
     * aircraft or weapon, not people, though "fighter" after it is a people noun too.
     */
    private static boolean designation(List<Token> t, int i) {
        if (i == 0 || !t.get(i).isNumber()) {
            return false;
        }
        Token before = t.get(i - 1);
        return before.hyphenAfter() && !before.punct() && !before.isNumber() && Numbers.value(before) < 0;
    }

    /** "9:40 p.m.", "9 am", "2300 GMT": a number that tells the hour, not a count of people. */
    private static boolean clockTime(List<Token> t, int i, int to) {
        if (!t.get(i).isNumber() || i + 1 >= to) {
            return false;
        }
        Token next = t.get(i + 1);
        boolean minutes = next.is(":") && i + 2 < to && t.get(i + 2).isNumber();
        return minutes || next.is("a") || next.is("p") || next.is("am") || next.is("pm") || next.is("gmt")
                || next.is("utc") || next.is("local") || next.is("hours") && t.get(i).raw().length() == 4;
    }

    /** Whether any word of the sentence tells of dead or wounded: most sentences do not, and are passed over at once. */
    private static boolean mentionsHarm(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).in(WordClass.HARM_CUE)) {
                return true;
            }
        }
        return false;
    }

    /** "the deaths of dozens", "the lives of hundreds": a round plural counts a wider toll, not one strike's dead. */
    private static boolean roundPlural(Token t) {
        return t.is("dozens") || t.is("hundreds") || t.is("scores");
    }

    /** Whether the word names the dead or the wounded ("killed", "deaths", "injured"). */
    static boolean harmWord(String w) {
        return KILL_WORDS.contains(w) || INJURY_WORDS.contains(w);
    }

    /** Whether token {@code i} is part of a toll already found ("killing four soldiers and two civilians"). */
    private static boolean counted(List<Hit> found, int i) {
        for (Hit o : found) {
            if (i >= o.fromTok() && i < o.toTok()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsSameKind(List<Hit> found, Hit h) {
        for (Hit o : found) {
            if (o.killed() == h.killed() && o.fromTok() < h.toTok() && h.fromTok() < o.toTok()) {
                return true;
            }
        }
        return false;
    }

    private static Hit verbThenNumber(List<Token> t, int i, int to, boolean killed) {
        int j = i + 1;
        boolean range = j < to && (t.get(j).is("between") || t.get(j).is("from"));
        if (range) {
            j++;
        } else if (j + 1 < to && (t.get(j).is("the") || PeopleGroups.POSSESSIVES.contains(t.get(j).lower()))
                && Numbers.value(t.get(j + 1)) > 0) {
            j++; // "killing the three men inside", "killing its four occupants"
        } else if (j + 1 < to && t.get(j).is("the") && PeopleGroups.onePerson(t, j + 1, to)) {
            return new Hit(i, j + 2, killed, 1); // "killing the driver", "killed the commander of a local militia"
        }
        int qualifiersEnd = i + 4;
        if (j + 2 < to && t.get(j).is("a") && t.get(j + 1).is("total") && t.get(j + 2).is("of")) {
            j += 3; // "killing a total of six members": the sum of the dead, not one of them
            qualifiersEnd += 3; // "a total of at least six"
        }
        while (j < to && j < qualifiersEnd && QUALIFIERS.contains(t.get(j).lower()) && !t.get(j).is("a")) {
            if (t.get(j).is("at") && !(j + 1 < to && t.get(j + 1).is("least"))) {
                return null; // "killed at 9:40 p.m.", "killed at dawn": a time, not a figure
            }
            j++;
        }
        if (j < to && t.get(j).is("a") && j + 1 < to && t.get(j + 1).is("dozen")) {
            j++;
        }
        if (j >= to || VAGUE_COUNTS.contains(t.get(j).lower()) || roughDozen(t, j) || aNumberOf(t, j, to)) {
            return null;
        }
        int n = Numbers.value(t, j);
        int words = n < 0 ? 1 : Numbers.words(t, j);
        if (n < 0 && (t.get(j).is("a") || t.get(j).is("an")) && j + 2 < to && PeopleGroups.isPersonAhead(t, j + 1, to)) {
            n = 1;
        } else if (n < 0 && t.get(j).is("both") && PeopleGroups.isPersonAhead(t, j + 1, to)) {
            n = 2; // "killing both men inside"
        }
        if (n < 0 || DateFinder.isYear(t.get(j)) || clockTime(t, j, to)) {
            return null;
        }
        if (range && j + 2 < to && (t.get(j + 1).is("and") || t.get(j + 1).is("to")) && Numbers.value(t.get(j + 2)) > n) {
            // "killed between 5 and 12 people": the lowest figure, with the whole range as its evidence
            return new Hit(i, j + 3, killed, n);
        }
        int end = j + words;
        int total = n;
        for (int[] more = PeopleGroups.moreGroups(t, end, to, true); more != null;
                more = PeopleGroups.moreGroups(t, end, to, true)) {
            total += more[0];
            end = more[1];
        }
        return new Hit(i, end == j + words ? throughNoun(t, end, to) : end, killed, total);
    }

    /**
     * The end of a toll told by its verb, through the people its figure counts ("killing at least 15 civilians"), so that
     * its evidence says whose dead it counts; {@code end} when no people noun follows within a few words.
     */
    private static int throughNoun(List<Token> t, int end, int to) {
        for (int k = end; k < Math.min(to, end + 3); k++) {
            if (t.get(k).punct()) {
                return end;
            }
            if (PEOPLE.contains(t.get(k).lower())) {
                return k + 1;
            }
        }
        return end;
    }

    /** The first token from {@code k} past the words that bound a figure ("at least", "more than", "some"). */
    private static int pastQualifiers(List<Token> t, int k, int to) {
        int j = k;
        while (j < to && j < k + 3 && QUALIFIERS.contains(t.get(j).lower()) && !t.get(j).is("a") && !t.get(j).is("of")) {
            j++;
        }
        return j;
    }

    /** "killing a number of people", "wounding an unknown number of fighters": a word for many people, no figure. */
    private static boolean aNumberOf(List<Token> t, int j, int to) {
        if (!t.get(j).is("a") && !t.get(j).is("an")) {
            return false;
        }
        return j + 1 < to && t.get(j + 1).is("number") || j + 2 < to && t.get(j + 2).is("number");
    }

    /** "over a dozen", "nearly a dozen": a round word with a bound, which gives no figure. */
    static boolean roughDozen(List<Token> t, int k) {
        return t.get(k).is("dozen") && k >= 2 && t.get(k - 1).is("a") && ROUGHLY.contains(t.get(k - 2).lower());
    }

    /**
     * "the death toll had risen to two", "the number of dead rose to 11": the dead counted anew, up to the number after
     * "to"; "state radio put the death toll at six", "the toll stood at six": the dead as one source counts them.
     */
    private static Hit tollFigure(List<Token> t, int i, int to) {
        if (t.get(i).is("number") && !(i + 2 < to && (t.get(i + 2).is("dead") || t.get(i + 2).is("deaths")
                || t.get(i + 2).is("fatalities") || t.get(i + 2).is("victims") || t.get(i + 2).is("martyrs")))) {
            return null;
        }
        for (int k = i + 1; k + 1 < to && k < i + TOLL_REACH; k++) {
            Token w = t.get(k);
            if (w.is(".") || w.is(";")) {
                return null;
            }
            boolean risen = RISES.contains(w.lower()) && t.get(k + 1).is("to") && k + 2 < to;
            boolean stated = w.is("at") && STANDS.contains(t.get(k - 1).lower()) || w.is("reached");
            if (risen || stated) {
                int at = risen ? k + 2 : k + 1;
                int n = Numbers.value(t.get(at));
                // the words between a long subject and its verb ("the number of dead from the raids on X rose to 11") are
                // left out of the evidence, so the places they name stay the strike's
                int from = k - i <= SHORT_SUBJECT ? i : k;
                return n > 0 && !DateFinder.isYear(t.get(at)) ? new Hit(from, at + 1, true, n) : null;
            }
        }
        return null;
    }

}
