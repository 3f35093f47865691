package io.strikeline.extract;

import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.LocationPrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage: keeps the strikes in scope. In an article about Iraq and Syria, a strike placed in another country, or on
 * a party of another war with no place, is a background mention of another conflict (the Gaza war in a story on a
 * Kirkuk strike); only a named site in Jordan tied to the campaign (Tower 22) is kept from outside. An article
 * about another conflict altogether still yields what it reports: the reader chose to ingest it. A mention dated
 * only by its year is background unless it is all the article reports; one placed only as a whole country, or
 * nowhere, is kept when it is the only strike or the only one on its day.
 */
final class Scope {

    private static final Set<String> CAMPAIGN = Set.of("IQ", "SY");
    /** Parties of other wars: a strike on or by them with no place in the region belongs to that war. */
    private static final Set<String> OTHER_WARS = Set.of("Houthis", "Hezbollah", "Hamas");

    private Scope() {}

    /** The in-scope events, in order; {@code regionArticle}: the article's places and nationalities are mostly of the region. */
    static List<Candidate> keep(List<Candidate> events, boolean regionArticle) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate e : events) {
            if ((!regionArticle || inRegion(e)) && e.date != null) {
                out.add(e);
            }
        }
        if (out.size() > 1) {
            out.removeIf(e -> e.date.precision() == DatePrecision.YEAR);
        }
        if (out.isEmpty()) {
            return out;
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate e : out) {
            if (!vague(e) || e == out.get(0) && out.size() == 1 || ownDay(e, out)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** A vague strike on a day of its own: no precise strike in the article within a day of it. */
    private static boolean ownDay(Candidate e, List<Candidate> events) {
        if (e.date.precision() != DatePrecision.DAY) {
            return false;
        }
        for (Candidate o : events) {
            if (o != e && !vague(o) && Coreference.daysAgree(o.date, e.date)) {
                return false;
            }
        }
        return true;
    }

    /** Placed nowhere, or only as a whole country. */
    static boolean vague(Candidate e) {
        Place p = e.placeValue();
        return p == null || p.precision() == LocationPrecision.COUNTRY;
    }

    static boolean inRegion(Candidate e) {
        Place p = e.placeValue();
        if (p == null) {
            return !otherWar(e);
        }
        if (CAMPAIGN.contains(p.country())) {
            return true;
        }
        // Tower 22: a base in Jordan hit as part of the Iraq-Syria campaign, never Jordan as a whole
        return p.country().equals("JO") && Places.rank(p.precision()) >= Places.rank(LocationPrecision.CITY);
    }

    private static boolean otherWar(Candidate e) {
        return e.perpetrator != null && OTHER_WARS.contains(e.perpetrator.name())
                || e.target != null && OTHER_WARS.contains(e.target.name());
    }
}
