package io.strikeline.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word sets that rules test token after token. Every token carries its memberships as bits ({@link Token#in}), found
 * once per distinct word of an article, so a rule tests a bit where it would hash the word into a set. The sets stay
 * with the rules that own them and say what they mean; this enum reads them when it is first used, so no rule class
 * may use it in its own static initialiser.
 */
enum WordClass {
    CLAUSE_OPENER(Tokenizer.CLAUSE_OPENERS),
    MONTH(DateFinder.MONTHS.keySet()),
    WEEKDAY(DateFinder.WEEKDAYS.keySet()),
    MONTH_LEAD(DateFinder.MONTH_LEADS),
    PART_OF_DAY(DateFinder.PART_OF_DAY),
    SPAN_JOINER(DateFinder.SPAN_JOINERS),
    REPORTING(DateFinder.REPORTING),
    RELATIVE_DATE_START(RelativeDates.RELATIVE_STARTS),
    WEAPON(Weapon.WORDS.keySet()),
    NATIONALITY(Roles.NATIONALITY.keySet()),
    TRIGGER_START(Triggers.TRIGGER_STARTS),
    STRIKE_NOUN(Triggers.STRIKE_NOUNS),
    ATTACK_NOUN(Triggers.ATTACK_NOUNS),
    ACTION_VERB(Triggers.ACTION_VERBS),
    MODAL_CUE(Triggers.MODAL_CUES),
    NEGATION_CUE(Triggers.NEGATION_CUES),
    GENERIC_CUE(Triggers.GENERIC_CUES),
    TREND_CUE(Triggers.TREND_CUES),
    MANY(Triggers.MANY),
    SPAN_LEAD(Triggers.SPAN_LEADS),
    SPAN_UNIT(Triggers.SPAN_UNITS),
    SUPERLATIVE(Triggers.SUPERLATIVES),
    TALLY_CUE(Triggers.TALLY_CUES),
    CROWD(Triggers.CROWD),
    DEFINITE(Triggers.DEFINITE),
    MODIFIER(Triggers.MODIFIERS),
    FREQUENCY_CUE(Triggers.FREQUENCY_CUES),
    QUANTITY_CUE(Triggers.QUANTITY_CUES),
    SITE_NOUN(Coreference.SITE_NOUNS),
    BACKGROUND_CUE(Confidence.BACKGROUND_CUES),
    LAUNCH_VERB(Places.LAUNCH_VERBS),
    TARGET_TURN(Places.TARGET_TURNS),
    SITE_ANAPHOR(Coreference.SITE_ANAPHORS),
    STANCE_VERB(Places.STANCE_VERBS),
    ROAD(Places.ROADS),
    WEEKDAY_POSSESSIVE(DateFinder.WEEKDAY_POSSESSIVES),
    HARM_CUE(CasualtyFinder.HARM_CUES),
    GROUND_FIGHTING(TollContext.GROUND_FIGHTING),
    KILL_VERB(CasualtyFinder.KILL_VERBS),
    HEADLINE_KILL_VERB(CasualtyFinder.HEADLINE_KILL_VERBS),
    INJURY_VERB(CasualtyFinder.INJURY_VERBS),
    NUMBER_WORD(Numbers.WORDS.keySet()),
    PARTNER_LEAD(Roles.PARTNER_LEAD),
    BLAME(Roles.BLAME),
    COORDINATION(Roles.COORDINATION),
    ATTRIBUTIVE(Roles.ATTRIBUTIVE),
    PREDICTION_VERB(Triggers.PREDICTION_VERBS),
    ANOTHER_CUE(Coreference.ANOTHER_CUES),
    TARGET_LEAD_WORD(HeadlinePerpetrator.TARGET_LEAD_WORDS),
    ONE_OF(DaySplit.ONE_OF);

    final long bit;
    private final Set<String> words;

    WordClass(Set<String> words) {
        this.words = words;
        this.bit = 1L << ordinal();
    }

    private static final Map<String, Long> CLASSES_BY_WORD = new HashMap<>();

    static {
        for (WordClass c : values()) {
            for (String w : c.words) {
                CLASSES_BY_WORD.merge(w, c.bit, (a, b) -> a | b);
            }
        }
    }

    /** The class's words, lower-cased as tokens are. */
    Set<String> words() {
        return words;
    }

    /** The bits of every class a token whose lower-cased form is {@code lower} belongs to. */
    static long of(String lower) {
        Long bits = CLASSES_BY_WORD.get(lower);
        return bits == null ? 0 : bits;
    }
}
