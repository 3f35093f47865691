package io.strikeline.extract;

import java.util.List;
import java.util.Set;

/**
 * Stage of {@link DateResolution}: tells the dates that belong to an event that is no strike, told beside the strike
 * ("the election held last month", "a truce agreed on Friday", "the dam, which the militants seized on August 7").
 */
final class OtherEventDates {

    /** Participles of events that are no strike and are told with their day: "held", "signed", "agreed". */
    private static final Set<String> OTHER_EVENT_PARTICIPLES = Set.of(
            "held", "signed", "agreed", "reached", "elected", "scheduled", "sworn", "adopted", "approved", "brokered");
    /** Relative pronouns that open a clause of its own about the noun before them. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom");
    /**
     * Subject pronouns that open a relative clause with no pronoun of its own right after a noun ("the city it recaptured
     * earlier this month").
     */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "they", "he", "she");
    /**
     * Verbs of a relative clause that tell the strike itself, its harm, or its telling ("which came on Monday", "who was
     * wounded", "which the monitor reported on Monday"): the clause's date is then the strike's.
     */
    private static final Set<String> STRIKE_HARM_OR_TELLING = Set.of(
            "wounded", "injured", "damaged", "happened", "occurred", "unfolded", "started", "began", "came", "took",
            "reported", "claimed", "announced", "confirmed", "said");
    /**
     * Verbs of taking, holding or founding a place, whose day a relative clause tells of the place ("which the militants
     * seized on August 7", "the city it recaptured earlier this month", "a base built in 2017").
     */
    private static final Set<String> PLACE_VERBS = Set.of(
            "seized", "captured", "recaptured", "retaken", "taken", "overran", "overrun", "stormed", "liberated",
            "controlled", "held", "occupied", "built", "set", "founded", "established", "opened");
    /** Words before a subject pronoun that make it a clause's subject of its own, not a relative clause's. */
    private static final Set<String> NOT_NOUNS = Set.of(
            "that", "and", "but", "as", "because", "when", "after", "before", "since", "while", "if", "where", "said", "says",
            "than", "so", "what", "how", "why", "until", "though", "although", "whether", "once", "which");
    /** How many words a relative clause may run from its pronoun to the date it tells. */
    private static final int CLAUSE_REACH = 8;

    private final List<Token> tokens;

    OtherEventDates(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Whether a date is told with the participle of an event that is no strike ("the election held last month", "a truce
     * agreed on Friday"), or in a relative clause whose verb is no strike's ("the dam, which was seized by the militants
     * on August 7"): it is that event's day.
     */
    boolean datesAnotherEvent(DateExpr d) {
        int k = d.fromTok() - 1;
        if (k > 0 && (tokens.get(k).is("on") || tokens.get(k).is("in"))) {
            k--;
        }
        return k >= 0 && OTHER_EVENT_PARTICIPLES.contains(tokens.get(k).lower()) || inOtherRelativeClause(d);
    }

    /**
     * Whether the date closes a relative clause ("which ... on August 7") whose words hold a verb of taking, holding or
     * founding a place ("seized", "built", "taken") and none of striking, of harm or of telling.
     */
    private boolean inOtherRelativeClause(DateExpr d) {
        boolean otherVerb = false;
        for (int k = d.fromTok() - 1; k >= 0 && k >= d.fromTok() - CLAUSE_REACH; k--) {
            Token t = tokens.get(k);
            if (t.punct()) {
                return false;
            }
            String w = t.lower();
            if (RELATIVE_PRONOUNS.contains(w) || CLAUSE_SUBJECTS.contains(w) && afterNoun(k)) {
                return otherVerb;
            }
            if (strikeHarmOrTelling(t)) {
                return false;
            }
            otherVerb |= PLACE_VERBS.contains(w);
        }
        return false;
    }

    /**
     * Whether the word before {@code k} is a noun a clause may tell of: a lower-case word that is no verb or particle, nor a
     * strike's word ("the raids it documented on Wednesday" tells the raids' own day).
     */
    private boolean afterNoun(int k) {
        if (k == 0) {
            return false;
        }
        Token t = tokens.get(k - 1);
        String w = t.lower();
        return !t.punct() && !t.capitalized() && !w.endsWith("ed") && !NOT_NOUNS.contains(w) && !t.in(WordClass.REPORTING)
                && !strikeHarmOrTelling(t);
    }

    private static boolean strikeHarmOrTelling(Token t) {
        return t.in(WordClass.ACTION_VERB) || t.in(WordClass.STRIKE_NOUN) || t.in(WordClass.ATTACK_NOUN)
                || UndatedStrikes.STRIKE_VERBS.contains(t.lower()) || STRIKE_HARM_OR_TELLING.contains(t.lower());
    }
}
