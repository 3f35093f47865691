package io.strikeline.extract;

import io.strikeline.model.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage of {@link TollChain} and {@link CandidateMerger}: weighs a toll offered to a strike against the one it holds. Counts
 * of the same dead give the lower, the lowest credible figure; a risen toll or a toll stated whole by a source have their
 * own say; dead told as added ("also killed", "three others") or of the other side add to the toll; two figures of
 * different groups or sources give the one told first, the lead figure.
 */
final class TollWeighing {

    /** Words that count all the dead, not a group of them: "six people", "nine have died", "five others". */
    private static final Set<String> WHOLE = Set.of("", "people", "persons", "person", "others");
    /** People a toll counts only a share of the dead by ("four children were killed", then "the strike killed 12"). */
    private static final Set<String> SHARES = Set.of(
            "children", "child", "women", "woman", "girls", "boys", "babies", "infants", "teenagers");

    private TollWeighing() {}

    /**
     * Gives a toll read from {@code tokens} to the strike; {@code others} says it counts dead besides those told before
     * ("three others died").
     */
    static void offer(List<Token> tokens, Candidate e, CasualtyFinder.Hit h, Mention m, boolean others) {
        if (h.killed()) {
            if (e.killed == null) {
                e.killed = h.count();
                e.killedMention = m;
                return;
            }
            TollWords held = TollWords.of(e.killedMention);
            TollWords told = TollWords.of(m);
            boolean otherSide = e.killedMention != null && !m.equals(e.killedMention) && held.side().opposes(told.side());
            boolean added = (others || TollCounting.addedToll(tokens, h)) && (told.figured() || !held.figured())
                    && countsOn(e.killed, told) || besides(held, e.killedMention, told, m);
            if ((added || otherSide) && !m.equals(e.killedMention)) {
                e.killed += h.count();
                e.killedMention = m;
                return;
            }
            boolean replaces = TollCounting.risen(tokens, h) && h.count() > e.killed
                    || told.figured() && h.count() > e.killed && !held.figured()
                    || lowerOfSame(e.killed, held, h.count(), told)
                    || TollCounting.statedToll(tokens, h)
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
        boolean added = (offered == TollKind.ADDED || told.ordinal() > 0) && (told.figured() || !held.figured())
                && countsOn(e.killed, told) || besides(held, e.killedMention, told, c.killedMention);
        if (besides(told, c.killedMention, held, e.killedMention)) {
            e.killed += c.killed; // the toll held is the first of the two, and stays the evidence the others count besides
        } else if (added || otherSide) {
            e.killed += c.killed;
            e.killedMention = c.killedMention;
        } else if (offered == TollKind.COUNTED ? countReplaces(e.killed, held, c.killed, told, toldFirst(c, e))
                : replaces(e.killed, kindOf(e.killedMention), c.killed, offered)) {
            e.killed = c.killed;
            e.killedMention = c.killedMention;
        }
    }

    /**
     * Whether {@code others}, a toll of dead counted besides others ("one other person was killed", "three others died"),
     * is told after {@code first}, the dead it names: "X was killed ... The strike also killed one other person" counts
     * X and one more, whichever of the two reached the strike first. After a figure ("killed five, including X") the
     * others may be counted within it.
     */
    private static boolean besides(TollWords others, Mention othersMention, TollWords first, Mention firstMention) {
        return others.others() && !first.figured() && othersMention != null && firstMention != null
                && firstMention.start() < othersMention.start();
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
     * five"), a later count of the same dead; whose dead it counts; and the rank it counts one more dead at ("a third
     * militant": 3, else 0); and whether it counts dead besides others ("one other person").
     */
    private record TollWords(boolean figured, String noun, boolean risen, Side side, int ordinal, boolean others) {

        static TollWords of(Mention m) {
            if (m == null) {
                return new TollWords(true, "", false, Side.EITHER, 0, false);
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
                    Side.of(tokens), TollCounting.ordinal(tokens, whole), TollCounting.othersToll(tokens, whole, List.of()));
        }
    }

    /**
     * Whether a toll told as one more dead counts on from the toll held: "a third militant" after two dead does, after
     * nine it counts on from a share named between ("his two daughters were among the nine killed").
     */
    private static boolean countsOn(int held, TollWords told) {
        return told.ordinal() == 0 || told.ordinal() == held + 1;
    }

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
}
