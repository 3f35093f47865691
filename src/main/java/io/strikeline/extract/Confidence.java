package io.strikeline.extract;

import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventType;
import java.util.List;

/**
 * Stage: how likely each event of an article is a true, in-scope strike. Calibrated on the development set's tune
 * split: what is placed at a town or a site, in Iraq or Syria, with both sides named, and is what the article
 * leads with, is rarely wrong; a country-level or unplaced mention, one strike among many, a strike on another day
 * than the lead (background), one with no day of its own, one told by a single weak word, or one in an article mostly
 * about other countries often is. The eval command prints the reliability table these weights are checked against.
 */
final class Confidence {

    private Confidence() {}

    /** {@code regionArticle}: the article's places and nationalities are mostly of Iraq, Syria and Jordan. */
    static void assign(List<Candidate> events, boolean regionArticle) {
        Candidate lead = events.isEmpty() ? null : events.get(0);
        for (int i = 0; i < events.size(); i++) {
            Candidate e = events.get(i);
            e.confidence = of(e, i == 0, events.size());
            if (placedTwice(e, events)) {
                e.confidence -= 0.15;
            }
            if (i > 0 && !Coreference.daysAgree(e.date, lead.date)) {
                // a strike on another day than the lead is background: often told too briefly to be right in full
                e.confidence -= 0.1;
            }
            if (!regionArticle) {
                // an article about another war or country names the campaign's strikes only in passing
                e.confidence -= 0.2;
            }
            e.confidence = Math.max(0.05, e.confidence);
        }
    }

    static double of(Candidate e, boolean lead, int eventsInArticle) {
        Place p = e.placeValue();
        double c = 0.3 + placeWeight(p);
        if (p != null && !Scope.inRegion(e)) {
            // an article about another war: extracted as reported, but not a strike of the campaign
            return 0.2;
        }
        if (e.perpetrator != null) {
            c += 0.08;
        }
        if (e.target != null) {
            c += 0.08;
        }
        if (lead) {
            c += 0.1;
        }
        if (eventsInArticle <= 2) {
            c += 0.08;
        } else if (eventsInArticle >= 4) {
            c -= 0.1;
        }
        if (e.dateBorrowed) {
            // the article gives it no day of its own
            c -= 0.1;
        } else if (e.date != null && e.date.precision() == DatePrecision.DAY && e.dateMention != null) {
            c += 0.04;
        }
        if (e.type == EventType.OTHER) {
            c -= 0.1;
        }
        if (e.referential && e.merged == 1) {
            c -= 0.05;
        }
        if (e.merged == 1 && e.trigger.strength() <= 1) {
            // one weak word ("hit", "attack") and nothing else tells of it
            c -= 0.1;
        } else if (e.merged >= 3) {
            // told three times or more: what the article is about
            c += 0.05;
        }
        return Math.max(0.05, Math.min(0.98, c));
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

    private static double placeWeight(Place p) {
        if (p == null) {
            return -0.1;
        }
        return switch (p.precision()) {
            case SITE, CITY -> 0.25;
            case PROVINCE -> 0.15;
            case REGION -> 0.05;
            case COUNTRY -> 0.0;
        };
    }

}
