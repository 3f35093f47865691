package io.strikeline.extract;

import io.strikeline.extract.CasualtyFinder.Hit;
import java.util.List;
import java.util.Set;

/**
 * Stage of {@link CasualtyFinder}: tolls of zero ("no casualties", "no victims", "nobody was hurt", "no lives were
 * lost", "did not cause any casualties"), told apart from tolls nobody gave ("no word on casualties", "without specifying
 * the number of dead", "no immediate reports of casualties": not yet known). "No casualties were reported" and "no reports
 * of casualties" are zero: copy uses them for an attack that hurt nobody, and the development set's gold reads them so
 * (devset/README.md, killed and injured).
 */
final class ZeroTolls {

    /** "no word on casualties", "no immediate reports", "without specifying the number of dead": unknown, not zero. */
    private static final Set<String> VAGUE = Set.of(
            "immediate", "word", "information", "details", "indication", "indications", "confirmation",
            "specifying", "giving", "providing", "saying", "detailing", "elaborating", "number", "toll", "figure", "figures");
    /**
     * "did not cause any casualties", "failed to leave any casualty", "did not record any casualties": verbs whose denial
     * says nobody was harmed (one not recorded or reported counts as none, as "no casualties were reported" does).
     */
    private static final Set<String> CAUSING = Set.of(
            "cause", "caused", "causing", "result", "resulted", "leave", "left", "lead", "led", "inflict", "inflicted",
            "suffer", "suffered", "incur", "incurred", "sustain", "sustained", "record", "recorded", "report", "reported",
            "register", "registered");
    /**
     * "no reports of casualties", "no indication of any casualties": a word for what was told, whose absence with nothing
     * before it ("no immediate indication" stays unknown) says nobody was harmed.
     */
    private static final Set<String> REPORTS_OF = Set.of("reports", "report", "indication", "indications", "sign", "signs");
    /** The nouns a denied verb may take: "any casualties", "any injuries", "deaths". */
    private static final Set<String> HARM_NOUNS = Set.of(
            "casualties", "casualty", "injuries", "injury", "deaths", "death", "fatalities");
    /** How far after "not" the denied verb may stand ("did not immediately cause"). */
    private static final int VERB_REACH = 3;

    /** "no American casualties", "no coalition troops were hurt": one side unharmed says nothing of the rest. */
    private static final Set<String> SIDES = Set.of(
            "american", "americans", "us", "u.s.", "coalition", "british", "french", "russian", "russians", "allied");

    private ZeroTolls() {}

    /** The toll of zero that "no", "nobody", "without" or "neither" at {@code i} opens, or null. */
    static Hit zero(List<Token> t, int i, int to) {
        int j = i + 1;
        if (j < to && t.get(j).is("one") && t.get(i).is("no")) {
            j++;
        }
        if (j < to && t.get(j).is("else")) {
            return null; // "killing one soldier; no one else was hurt": the others are unharmed, not all
        }
        if (j < to && (t.get(j).is("causing") || t.get(j).is("any") || t.get(j).is("reported"))) {
            j++;
        }
        if (j + 1 < to && REPORTS_OF.contains(t.get(j).lower()) && t.get(j + 1).is("of")) {
            j += 2; // "no reports of casualties", "no indication of any casualties"
            if (j < to && t.get(j).is("any")) {
                j++;
            }
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
            if (oneSide(t, k, to)) {
                return null;
            }
            if (w.equals("casualties") || w.equals("casualty") || w.equals("hurt") || w.equals("victims")) {
                return new Hit(i, k + 1, true, 0);
            }
            if (CasualtyFinder.KILL_WORDS.contains(w) || livesLost(t, k, to)) {
                return new Hit(i, k + 1, true, 0);
            }
            if (CasualtyFinder.INJURY_WORDS.contains(w)) {
                return new Hit(i, k + 1, false, 0);
            }
        }
        return null;
    }

    /**
     * "the blast did not cause any casualties", "failed to leave any casualty", "did not suffer any casualties": a denied
     * verb of causing whose object is the harm, opened by "not", "never" or "failed" at {@code i}; null otherwise ("did
     * not confirm the casualties" gives no figure).
     */
    static Hit denied(List<Token> t, int i, int to) {
        int k = i + 1;
        while (k < to && k <= i + VERB_REACH && !CAUSING.contains(t.get(k).lower())) {
            if (t.get(k).punct()) {
                return null;
            }
            k++;
        }
        if (k >= to || k > i + VERB_REACH) {
            return null;
        }
        k++;
        if (k < to && (t.get(k).is("in") || t.get(k).is("to"))) {
            k++;
        }
        if (k < to && t.get(k).is("any")) {
            k++;
        }
        if (k >= to || !HARM_NOUNS.contains(t.get(k).lower())) {
            return null;
        }
        String noun = t.get(k).lower();
        boolean injuries = noun.startsWith("injur");
        return new Hit(i, k + 1, !injuries, 0);
    }

    /**
     * Whether a toll of zero said of people ("no one was injured", "nobody was wounded") covers the dead too: nobody was
     * harmed at all. "No injuries" says nothing of the dead.
     */
    static boolean ofPeople(List<Token> t, Hit h) {
        Token first = t.get(h.fromTok());
        return h.count() == 0 && (first.is("nobody") || first.is("no") && h.fromTok() + 1 < h.toTok()
                && t.get(h.fromTok() + 1).is("one"));
    }

    /** A side named alone; "no American or Iraqi lives were lost" names the sides present, which is everyone. */
    private static boolean oneSide(List<Token> t, int k, int to) {
        String w = t.get(k).lower();
        boolean joined = k + 1 < to && (t.get(k + 1).is("or") || t.get(k + 1).is("and"))
                || t.get(k - 1).is("or") || t.get(k - 1).is("and");
        return (SIDES.contains(w) || Roles.NATIONALITY.containsKey(w)) && !joined;
    }

    /** "no lives were lost", "no loss of life": nobody was killed. */
    private static boolean livesLost(List<Token> t, int k, int to) {
        Token x = t.get(k);
        if (x.is("loss")) {
            return k + 2 < to && t.get(k + 1).is("of") && (t.get(k + 2).is("life") || t.get(k + 2).is("lives"));
        }
        if (!x.is("lives") && !x.is("life")) {
            return false;
        }
        for (int m = k + 1; m < Math.min(to, k + 4); m++) {
            if (t.get(m).is("lost")) {
                return true;
            }
        }
        return false;
    }
}
