package io.strikeline.extract;

import io.strikeline.geo.Place;
import io.strikeline.model.EventType;
import java.util.List;

/**
 * Stage: how likely each event of an article is a true, in-scope strike, as a logistic score. The weights of the
 * evidence were fitted by logistic regression on the development set's tune split and checked by five-fold
 * cross-validation over articles: the place named in the headline, a town or a site (a province counts half), the party
 * hit named, the strike told three times or more, the article's first strike (its lead), and a date the strike's own
 * clause gives. A named perpetrator, the trigger's strength and the toll predicted nothing beyond these. The intercept
 * is set a full unit below the fitted one: the rules were tuned on those reports and are less precise on fresh copy,
 * and with that margin an event reaches 0.8 only with most of the evidence at once (a named town, target and day in
 * the lead), so that 0.8 and above stays right about nine times in ten. The penalties after it are priors from the
 * earlier rules (too rare on tune to fit). The eval command prints the reliability table they are checked against.
 */
final class Confidence {

    /** Fitted -0.24, lowered by 1.0 for copy the rules were not written on. */
    private static final double INTERCEPT = -1.24;
    private static final double NAMED_IN_HEADLINE = 0.35;
    private static final double PLACED_AT_TOWN_OR_SITE = 0.9;
    private static final double PLACED_IN_PROVINCE = 0.45;
    private static final double UNPLACED = -0.5;
    private static final double TARGET_NAMED = 0.85;
    private static final double TOLD_THREE_TIMES = 0.9;
    private static final double LEAD_STRIKE = 0.35;
    private static final double DATED_IN_ITS_CLAUSE = 0.45;

    private static final double PLACED_TWICE = -0.6;
    private static final double OTHER_DAY_THAN_LEAD = -0.5;
    private static final double NO_DAY_OF_ITS_OWN = -0.4;
    private static final double UNSPECIFIED_ATTACK = -0.4;
    private static final double OTHER_COUNTRY_ARTICLE = -0.8;

    private Confidence() {}

    /** {@code regionArticle}: the article's places and nationalities are mostly of Iraq, Syria and Jordan. */
    static void assign(List<Candidate> events, boolean regionArticle) {
        Candidate lead = events.isEmpty() ? null : events.get(0);
        for (int i = 0; i < events.size(); i++) {
            Candidate e = events.get(i);
            double score = logit(e, i == 0);
            if (placedTwice(e, events)) {
                score += PLACED_TWICE;
            }
            if (i > 0 && !Coreference.daysAgree(e.date, lead.date)) {
                // a strike on another day than the lead is background: often told too briefly to be right in full
                score += OTHER_DAY_THAN_LEAD;
            }
            if (!regionArticle) {
                // an article about another war or country names the campaign's strikes only in passing
                score += OTHER_COUNTRY_ARTICLE;
            }
            e.confidence = 1 / (1 + Math.exp(-score));
        }
    }

    /** The log-odds of one event being right, from what it holds on its own. */
    static double logit(Candidate e, boolean lead) {
        double score = INTERCEPT;
        if (e.namedInHeadline) {
            score += NAMED_IN_HEADLINE;
        }
        Place p = e.placeValue();
        if (p == null) {
            score += UNPLACED;
        } else {
            score += switch (p.precision()) {
                case SITE, CITY -> PLACED_AT_TOWN_OR_SITE;
                case PROVINCE -> PLACED_IN_PROVINCE;
                case REGION, COUNTRY -> 0;
            };
        }
        if (e.target != null) {
            score += TARGET_NAMED;
        }
        if (e.merged >= 3) {
            score += TOLD_THREE_TIMES;
        }
        if (lead) {
            score += LEAD_STRIKE;
        }
        if (e.dateExpr != null) {
            score += DATED_IN_ITS_CLAUSE;
        }
        if (e.dateBorrowed) {
            score += NO_DAY_OF_ITS_OWN;
        }
        if (e.type == EventType.OTHER) {
            score += UNSPECIFIED_ATTACK;
        }
        return score;
    }

    /**
     * Another strike of the article on the same day, by the same side, with the same toll or on the same party, far
     * enough away not to be merged: often one strike placed twice (the site and the city it is reported from).
     */
    static boolean placedTwice(Candidate e, List<Candidate> events) {
        for (Candidate o : events) {
            if (o == e || o.date == null || e.date == null || !Coreference.daysAgree(o.date, e.date)
                    || !CandidateMerger.perpetratorsAgree(o.perpetrator, e.perpetrator)) {
                continue;
            }
            boolean sameToll = e.killed != null && e.killed.equals(o.killed) && e.killed > 0;
            // a party named at both places, with no perpetrator named for one of them (the site and a mention)
            boolean sameTarget = e.target != null && o.target != null && e.target.name().equals(o.target.name())
                    && (e.perpetrator == null) != (o.perpetrator == null);
            if (sameToll || sameTarget) {
                return true;
            }
        }
        return false;
    }
}
