package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage: tolls told in a sentence of their own ("A hospital source said four had died.") go to the strike told just
 * before them. When that strike was on several sites, the toll goes to the site it names ("... died in Syria", "killed
 * 18 members of the Syrian militia"), and to none when it names none: a figure shared by strikes on several places is
 * no one strike's. A toll stated by another source ("state radio put the death toll at six") lowers the figure held,
 * as the lowest credible figure is the value; a risen toll replaces a lower one.
 */
final class TollChain {

    /** How many sentences back an orphan toll looks for its strike. */
    private static final int ORPHAN_REACH = 2;
    /** How many sentences back a toll that names its country looks for a strike there ("... died in Syria"). */
    private static final int PLACED_REACH = 4;
    /** How many words after a toll its victims and their place are looked for ("nine gunmen died in eastern Syria"). */
    private static final int VICTIMS_REACH = 8;
    /** A town named with a toll this near the strike's place is the strike's own (a village and its district town). */
    private static final double NEAR_KM = 25;

    /** The nouns a toll names its strike by ("in the attack", "in the raids"). */
    private static final Set<String> STRIKE_NOUNS = Set.of(
            "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombardment",
            "shelling", "assault");

    private final ArticleDoc doc;

    TollChain(ArticleDoc doc) {
        this.doc = doc;
    }

    /** Gives each toll of a sentence that tells of no strike to the strike told in one of the sentences before. */
    void attachOrphans(List<Candidate> events) {
        List<SentenceInfo> sentences = doc.sentences;
        for (SentenceInfo s : sentences) {
            if (s.casualties.isEmpty() || tellsOwnStrike(s, events) || s.index == 0 || otherTally(s) || setApart(s)) {
                continue;
            }
            for (CasualtyFinder.Hit h : s.casualties) {
                // "..., after raids that killed 11 fighters": the dead of the incident before, not of the strike told
                List<Candidate> targets = TollContext.priorIncident(doc.tokens, s.from, h.fromTok()) >= 0 ? List.of()
                        : targets(events, s, h);
                if (targets.isEmpty()) {
                    continue;
                }
                Mention m = doc.mention(MentionKind.CASUALTY, h.fromTok(), h.toTok(),
                        (h.killed() ? "killed=" : "injured=") + h.count());
                boolean others = TollCounting.othersToll(doc.tokens, h, s.casualties);
                for (Candidate e : targets) {
                    if (!otherDay(s, e) && !otherTown(s, h, e)) {
                        give(e, h, m, others);
                    }
                }
            }
        }
    }

    /**
     * The strikes of the nearest sentence before that tells of one, passing over a sentence whose strikes all lie outside
     * the country the toll places itself in ("... died in Syria"). When that sentence tells of strikes on several places,
     * the toll goes to those in the countries it names by place or nationality; a toll above zero that singles out none
     * of them goes to none, while "no one was hurt" holds for all.
     */
    private List<Candidate> targets(List<Candidate> events, SentenceInfo s, CasualtyFinder.Hit h) {
        int to = Math.min(s.to, h.toTok() + VICTIMS_REACH);
        Set<String> placedIn = placeCountries(s, h.fromTok(), to);
        Set<String> named = new HashSet<>(placedIn);
        for (int i = h.fromTok(); i < to; i++) {
            String nation = Roles.NATIONALITY.get(doc.tokens.get(i).lower());
            if (nation != null) {
                named.add(nation);
            }
        }
        int reach = namesTheStrike(s, h) ? s.index : placedIn.isEmpty() ? ORPHAN_REACH : PLACED_REACH;
        for (int back = 1; back <= reach && back <= s.index; back++) {
            SentenceInfo prev = doc.sentences.get(s.index - back);
            List<Candidate> told = new ArrayList<>();
            for (Candidate e : events) {
                if (e.sentence == prev || e.sentences.contains(prev.index)) {
                    told.add(e);
                }
            }
            if (told.isEmpty() || !placedIn.isEmpty() && told.stream().noneMatch(e -> inCountries(e, placedIn))) {
                continue;
            }
            if (!severalPlaces(told)) {
                boolean shared = h.count() > 0 && named.isEmpty() && operationWide(prev)
                        && told.stream().anyMatch(e -> otherSiteSameDay(e, events));
                return shared ? List.of() : told;
            }
            List<Candidate> there = told.stream().filter(e -> inCountries(e, named)).toList();
            if (!there.isEmpty() && there.size() < told.size()) {
                return there;
            }
            return h.count() == 0 ? told : List.of();
        }
        return List.of();
    }

    /**
     * "Elsewhere, ...", "Separately, ...", "In a separate attack, ...", "... died in a separate incident": a sentence set
     * apart from the strike told before.
     */
    private boolean setApart(SentenceInfo s) {
        List<Token> t = doc.tokens;
        Token first = t.get(s.from);
        if (first.is("elsewhere") || first.is("separately")) {
            return true;
        }
        for (int k = s.from + 1; k < s.to; k++) {
            if ((t.get(k).is("separate") || t.get(k).is("unrelated")) && (t.get(k - 1).is("a") || t.get(k - 1).is("an"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a strike read from the sentence itself holds its tolls: a sentence whose strike words made no strike of
     * their own ("... closed the airport after the attack; no one was hurt") passes its tolls to the strike before.
     */
    private static boolean tellsOwnStrike(SentenceInfo s, List<Candidate> events) {
        if (s.ownedClauses.isEmpty()) {
            return false;
        }
        for (Candidate e : events) {
            if (e.sentence == s || e.sentences.contains(s.index)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the toll names the strike it counts with a definite noun ("... were killed in the attack", "no one was hurt
     * in the strikes"): it counts a strike told before, however many sentences back.
     */
    private boolean namesTheStrike(SentenceInfo s, CasualtyFinder.Hit h) {
        List<Token> t = doc.tokens;
        for (int k = h.toTok(); k + 2 < Math.min(s.to, h.toTok() + VICTIMS_REACH); k++) {
            boolean of = t.get(k).is("in") || t.get(k).is("by") || t.get(k).is("from");
            if (of && (t.get(k + 1).is("the") || t.get(k + 1).is("that")) && STRIKE_NOUNS.contains(t.get(k + 2).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... a roadside bomb killed three soldiers near Tikrit": a toll above zero whose words name a town or site, none of
     * them near the strike's own place, counts the dead of another incident.
     */
    private static boolean otherTown(SentenceInfo s, CasualtyFinder.Hit h, Candidate e) {
        Place own = e.placeValue();
        if (own == null || h.count() == 0) {
            return false; // "no one was hurt at X" is said of the whole attack as often as of one site
        }
        boolean townNamed = false;
        for (PlaceHit p : s.places) {
            Place named = p.chosen();
            if (named == null || p.origin() || p.from() < h.fromTok() - VICTIMS_REACH || p.from() >= h.toTok() + VICTIMS_REACH
                    || named.precision().compareTo(LocationPrecision.CITY) > 0) {
                continue;
            }
            if (named.id().equals(own.id()) || Places.contains(named, own) || Places.contains(own, named)
                    || Gazetteer.distanceKm(named, own) <= NEAR_KM) {
                return false;
            }
            townNamed = true;
        }
        return townNamed;
    }

    /** The countries of the places named in tokens [from, to) of the sentence, origins ("fired from Iran") aside. */
    private static Set<String> placeCountries(SentenceInfo s, int from, int to) {
        Set<String> out = new HashSet<>();
        for (PlaceHit p : s.places) {
            if (p.from() >= from && p.from() < to && p.chosen() != null && !p.origin()) {
                out.add(p.chosen().country());
            }
        }
        return out;
    }

    /**
     * Whether the sentence tells of the strikes no finer than a country or region ("American jets hit militia sites
     * across Iraq"): a toll after it counts the whole operation.
     */
    private static boolean operationWide(SentenceInfo s) {
        for (PlaceHit p : s.places) {
            boolean finer = p.chosen() != null && Places.rank(p.chosen().precision()) > Places.rank(LocationPrecision.REGION);
            if (finer && !p.origin()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the article tells of a strike of the same kind on the same day at another place ("it hit two sites"). */
    private static boolean otherSiteSameDay(Candidate e, List<Candidate> events) {
        for (Candidate o : events) {
            Place a = e.placeValue();
            Place b = o.placeValue();
            if (o != e && b != null && b.precision().compareTo(LocationPrecision.PROVINCE) < 0
                    && (a == null || !a.id().equals(b.id()) && !Places.contains(a, b))
                    && StrikeClass.compatible(o.type, e.type) && Coreference.daysAgree(o.date, e.date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCountries(Candidate e, Set<String> countries) {
        Place p = e.placeValue();
        return p != null && countries.contains(p.country());
    }

    /** Whether the strikes are placed in more than one place (unplaced ones aside). */
    private static boolean severalPlaces(List<Candidate> told) {
        Set<String> places = new HashSet<>();
        for (Candidate e : told) {
            if (e.placeValue() != null) {
                places.add(e.placeValue().id());
            }
        }
        return places.size() > 1;
    }

    /** Gives the toll to the strike; {@code others} says it counts dead besides those told before ("three others died"). */
    private void give(Candidate e, CasualtyFinder.Hit h, Mention m, boolean others) {
        if (h.killed()) {
            if (e.killed == null) {
                e.killed = h.count();
                e.killedMention = m;
                return;
            }
            TollWords held = TollWords.of(e.killedMention);
            TollWords told = TollWords.of(m);
            boolean otherSide = e.killedMention != null && !m.equals(e.killedMention) && held.side().opposes(told.side());
            boolean added = (others || TollCounting.addedToll(doc.tokens, h)) && (told.figured() || !held.figured());
            if ((added || otherSide) && !m.equals(e.killedMention)) {
                e.killed += h.count();
                e.killedMention = m;
                return;
            }
            boolean replaces = TollCounting.risen(doc.tokens, h) && h.count() > e.killed
                    || told.figured() && h.count() > e.killed && !held.figured()
                    || lowerOfSame(e.killed, held, h.count(), told)
                    || TollCounting.statedToll(doc.tokens, h)
                            && replaces(e.killed, kindOf(e.killedMention), h.count(), kindOf(m));
            if (replaces) {
                e.killed = h.count();
                e.killedMention = m;
            }
        } else if (e.injured == null) {
            e.injured = h.count();
            e.injuredMention = m;
        }
    }

    /**
     * The killed figure of a strike when another reading of it is merged in: the higher, as the later count or the one
     * that counts every group; the sum when the other counts dead besides ("the strike also killed two guards"); but a
     * toll one source states whole ("put the death toll at six") against another count is the lower of the two, unless
     * the one held is a risen toll; a count of the other side's dead (civilians, then militants) adds to it. A named
     * victim told as added ("X was also killed") adds to other named dead only: the dead a figure counts may include him.
     */
    static void absorbKilled(Candidate e, Candidate c) {
        if (c.killed == null || c.killedMention != null && c.killedMention.equals(e.killedMention)) {
            return;
        }
        if (e.killed == null) {
            e.killed = c.killed;
            e.killedMention = c.killedMention;
            return;
        }
        TollKind offered = kindOf(c.killedMention); // each kind read once: reading re-tokenizes the evidence
        TollWords held = TollWords.of(e.killedMention);
        TollWords told = TollWords.of(c.killedMention);
        boolean otherSide = e.killedMention != null && c.killedMention != null && held.side().opposes(told.side());
        boolean added = offered == TollKind.ADDED && (told.figured() || !held.figured());
        if (added || otherSide) {
            e.killed += c.killed;
            e.killedMention = c.killedMention;
        } else if (offered == TollKind.COUNTED ? countReplaces(e.killed, held, c.killed, told, toldFirst(c, e))
                : replaces(e.killed, kindOf(e.killedMention), c.killed, offered)) {
            e.killed = c.killed;
            e.killedMention = c.killedMention;
        }
    }

    /**
     * Whether a lower count of the same dead replaces the one held, as the lowest credible figure is the value: "six people
     * were killed" against "seven people were killed" told after it, "at least 96 have died" against "100 people killed"; a
     * count of another group ("four children were killed" after "12 people", "25 people" after "38 civilians") is a share
     * or another source's reading, not a second count of the same dead; a risen toll or a count of named dead is not
     * lowered.
     */
    private static boolean lowerOfSame(int held, TollWords heldWords, int offered, TollWords offeredWords) {
        if (offered >= held || offered == 0 || !heldWords.figured() || !offeredWords.figured()
                || heldWords.risen() || offeredWords.risen()) {
            return false;
        }
        String a = heldWords.noun();
        String b = offeredWords.noun();
        return WHOLE.contains(a) && WHOLE.contains(b) || a.equals(b);
    }

    /**
     * Whether another reading's count replaces the one held. Two counts of the same dead ({@link #lowerOfSame}) give the
     * lower; a risen count gives the higher; two figures that count different groups or come from different sources ("the
     * army said two officers and a soldier were killed" ... "the mayor said the strike killed five") give the one told
     * first, the lead figure of a report that contradicts itself, unless the one held counts children or women, a share
     * of the dead; a figure against named dead gives the higher, which may count them.
     */
    private static boolean countReplaces(int held, TollWords heldWords, int offered, TollWords offeredWords,
            Boolean offeredFirst) {
        if (lowerOfSame(held, heldWords, offered, offeredWords)) {
            return true;
        }
        if (offered <= held || lowerOfSame(offered, offeredWords, held, heldWords)) {
            return false;
        }
        boolean twoFigures = heldWords.figured() && offeredWords.figured() && offeredFirst != null;
        return !twoFigures || offeredWords.risen() || SHARES.contains(heldWords.noun()) || offeredFirst;
    }

    /** People a toll counts only a share of the dead by ("four children were killed", then "the strike killed 12"). */
    private static final Set<String> SHARES = Set.of(
            "children", "child", "women", "woman", "girls", "boys", "babies", "infants", "teenagers");

    /** Whether the offered reading's toll is told before the held one's, or null when either has no evidence. */
    private static Boolean toldFirst(Candidate offered, Candidate held) {
        if (offered.killedMention == null || held.killedMention == null) {
            return null;
        }
        return offered.killedMention.start() < held.killedMention.start();
    }

    /**
     * What a toll's evidence says of its dead, read once from its words: whether it gives a figure ("four were killed")
     * rather than naming them ("X was killed", "killing a commander"), a figure counting dead a name may be one of; the
     * first word that names the people ("" when none does); whether it ends in a rise ("the toll ... had climbed to
     * five"), a later count of the same dead; and whose dead it counts.
     */
    private record TollWords(boolean figured, String noun, boolean risen, Side side) {

        static TollWords of(Mention m) {
            if (m == null) {
                return new TollWords(true, "", false, Side.EITHER);
            }
            List<Token> tokens = Tokenizer.tokenize(m.text());
            String noun = "";
            for (Token t : tokens) {
                if (CasualtyFinder.PEOPLE.contains(t.lower())) {
                    noun = t.lower();
                    break;
                }
            }
            CasualtyFinder.Hit whole = new CasualtyFinder.Hit(0, tokens.size(), true, 1);
            return new TollWords(TollCounting.figured(tokens, whole), noun, TollCounting.risen(tokens, whole),
                    Side.of(tokens));
        }
    }

    /** Words that count all the dead, not a group of them: "six people", "nine have died", "five others". */
    private static final Set<String> WHOLE = Set.of("", "people", "persons", "person", "others");

    /** Whether an offered toll replaces the one held, by the rules of {@link #absorbKilled}. */
    private static boolean replaces(int held, TollKind heldKind, int offered, TollKind offeredKind) {
        if (heldKind == TollKind.RISEN) {
            return offered > held;
        }
        if (offeredKind == TollKind.STATED || heldKind == TollKind.STATED) {
            return offered < held;
        }
        return offered > held;
    }

    private enum TollKind { STATED, RISEN, ADDED, COUNTED }

    /**
     * Whose dead a toll counts: "14 civilians were killed" and, told after it, "nine militants were killed in the raids"
     * count people on two sides, whose sum is the strike's toll.
     */
    private enum Side {
        CIVILIANS, COMBATANTS, EITHER;

        private static final Set<String> CIVILIAN_WORDS = Set.of(
                "civilians", "civilian", "children", "child", "women", "residents", "villagers", "farmers", "shepherds",
                "tourists", "worshippers", "students", "patients");
        private static final Set<String> COMBATANT_WORDS = Set.of(
                "militants", "militant", "fighters", "fighter", "soldiers", "soldier", "troops", "jihadists", "gunmen",
                "militiamen", "insurgents", "combatants", "rebels", "operatives");

        static Side of(List<Token> evidence) {
            Side side = EITHER;
            for (Token t : evidence) {
                Side word = CIVILIAN_WORDS.contains(t.lower()) ? CIVILIANS : COMBATANT_WORDS.contains(t.lower()) ? COMBATANTS
                        : EITHER;
                if (word != EITHER && side != EITHER && word != side) {
                    return EITHER; // a toll that counts both sides is a whole toll
                }
                side = word == EITHER ? side : word;
            }
            return side;
        }

        boolean opposes(Side other) {
            return this != EITHER && other != EITHER && this != other;
        }
    }

    /** How a toll's evidence gives it, read again from its own words (merges of two tolls are few). */
    private static TollKind kindOf(Mention m) {
        if (m == null || !mayBeRead(m.text())) {
            return TollKind.COUNTED;
        }
        List<Token> tokens = Tokenizer.tokenize(m.text());
        for (CasualtyFinder.Hit h : CasualtyFinder.find(tokens, 0, tokens.size())) {
            if (TollCounting.risen(tokens, h)) {
                return TollKind.RISEN;
            }
            if (TollCounting.statedToll(tokens, h)) {
                return TollKind.STATED;
            }
            if (TollCounting.addedToll(tokens, h)) {
                return TollKind.ADDED;
            }
        }
        return TollKind.COUNTED;
    }

    /** Whether the words hold what a stated, risen or added toll needs ("toll", "rose to", "also", "more"). */
    private static boolean mayBeRead(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("toll") || lower.contains(" to ") || lower.contains("also") || lower.contains("more");
    }

    /**
     * Whether the toll's sentence names a calendar day of its own ("... killed six on Sept. 7") that is not the strike's:
     * a toll dated to another day, or told with a day when the strike has none, counts another incident.
     */
    private static boolean otherDay(SentenceInfo s, Candidate e) {
        for (DateExpr d : s.dates) {
            boolean calendarDay = (d.kind() == DateExpr.Kind.ABSOLUTE || d.kind() == DateExpr.Kind.PARTIAL) && d.day() > 0;
            if (!calendarDay || d.statement()) {
                continue;
            }
            boolean sameDay = e.date != null && e.date.precision() == DatePrecision.DAY
                    && (d.month() == 0 || e.date.start().getMonthValue() == d.month())
                    && e.date.start().getDayOfMonth() == d.day();
            if (!sameDay) {
                return true;
            }
        }
        return false;
    }

    /** A toll of a sentence of its own: the tally of days of fighting, or of an incident of another month or year. */
    private boolean otherTally(SentenceInfo s) {
        if (TollContext.countsGroundFighting(doc.tokens, s.from, s.to) || Triggers.overSpan(doc.tokens, s.from, s.to)) {
            return true;
        }
        return s.dates.stream().anyMatch(d -> d.kind() == DateExpr.Kind.YEAR || d.kind() == DateExpr.Kind.MONTH_YEAR);
    }
}
