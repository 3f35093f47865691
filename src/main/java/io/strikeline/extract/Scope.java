package io.strikeline.extract;

import io.strikeline.geo.Place;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage: keeps the strikes in scope. Conflicts unrelated to Iraq and Syria are not extracted: a strike placed in
 * another country (Yemen, Lebanon, Gaza, Israel, Afghanistan, Libya, at sea) is dropped, whatever the article is
 * mostly about and whoever carried it out, unless it hit a named site in Jordan tied to the campaign (Tower 22). A
 * strike with no place, on or by a party of another war, belongs to that war; in an article mostly about other
 * countries a strike with no place is kept only when a party of the campaign struck or was struck. A mention dated
 * only by its year is background unless it is all the article reports; one placed only as a whole country, or
 * nowhere, is kept when it is the only strike the article tells (of any war) or the only one on its day.
 */
final class Scope {

    private static final Set<String> CAMPAIGN = Set.of("IQ", "SY");
    /** Parties of other wars: a strike on or by them with no place in the region belongs to that war. */
    private static final Set<String> OTHER_WARS = Set.of("Houthis", "Hezbollah", "Hamas", "al-Shabaab", "Taliban");

    private Scope() {}

    /**
     * The in-scope events, in order; {@code regionArticle}: the article's places and nationalities are mostly of the
     * region. {@code undatable}: the article has no published date and none could be inferred, so its weekdays name no
     * day; a strike it places is kept undated (for the analyst to date) rather than lost, one it does not place is not.
     */
    static List<Candidate> keep(List<Candidate> events, boolean regionArticle, boolean undatable) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate e : events) {
            boolean dated = e.date != null || undatable && !vague(e);
            if (dated && inRegion(e) && (regionArticle || e.placeValue() != null || campaignParty(e))) {
                out.add(e);
            }
        }
        // the article leads with a strike elsewhere: strikes it places only in Iraq or Syria are the background it gives
        boolean leadElsewhere = !events.isEmpty() && !out.contains(events.get(0)) && !inRegion(events.get(0));
        if (out.size() > 1) {
            out.removeIf(e -> e.date != null && e.date.precision() == DatePrecision.YEAR);
        }
        if (out.isEmpty()) {
            return out;
        }
        // the only strike the article tells, in scope or not: a vague one is then all it reports ("the strikes followed a
        // drone strike in Syria" beside a raid on Yemen is background)
        boolean alone = out.size() == 1 && events.size() == 1;
        List<Candidate> kept = new ArrayList<>();
        for (Candidate e : out) {
            boolean placedOrAlone = !vague(e) || !leadElsewhere && (alone || ownDay(e, out));
            if (placedOrAlone && (e == out.get(0) || !background(e, out.get(0)))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * A strike the article mentions beside its lead, placed only by a country or nowhere (or by a wide region, not a named
     * mountain area, with no day of its own in its sentence), and not part of the lead's operation (the same side on the
     * same day, such as its strikes in the next country): background told too vaguely to place, which is no event. So is
     * a known strike the article names with neither a day nor a place of its own (both would be the landmark's).
     */
    private static boolean background(Candidate e, Candidate lead) {
        if (e.place == null && e.landmarkPlace != null && e.dateExpr == null) {
            // "after the general's killing in a U.S. drone strike": neither the day nor the place is the article's own,
            // only our list of known strikes gives them
            return true;
        }
        Place p = e.placeValue();
        int rank = p == null ? 0 : Places.rank(p.precision());
        if (rank > Places.rank(LocationPrecision.REGION) || p != null && Places.mountains(p)
                || rank == Places.rank(LocationPrecision.REGION) && dayOfItsOwn(e)) {
            return false;
        }
        return !sameOperation(e, lead);
    }

    /**
     * After the kinds are settled (a background strike may still tell the lead's kind): a strike of the lead's kind placed
     * only by a wide region ("a drone hit fighters in northern Iraq on Sunday" beside a drone strike on an airfield),
     * even on a day of its own, is background too vague to place, unless it is the lead's operation (the same side within
     * a day, as its own sentence tells it) or a named mountain area. An attack of another kind (the raid on a base the
     * strikes answered) is a happening the story tells for itself.
     */
    static void dropRegionWideBackground(List<Candidate> events) {
        if (events.size() < 2) {
            return;
        }
        Candidate lead = events.get(0);
        events.removeIf(e -> e != lead && regionWide(e) && e.type != EventType.OTHER
                && StrikeClass.compatible(e.type, lead.type) && !sameOperation(e, lead));
    }

    private static boolean regionWide(Candidate e) {
        Place p = e.placeValue();
        return p != null && p.precision() == LocationPrecision.REGION && !Places.mountains(p);
    }

    private static boolean sameOperation(Candidate e, Candidate lead) {
        return e.perpetrator != null && lead.perpetrator != null && e.perpetrator.name().equals(lead.perpetrator.name())
                && Coreference.daysAgree(e.date, lead.date);
    }

    /** Its sentence dates it to a day: "last month" gives a region-wide strike no day of its own. */
    private static boolean dayOfItsOwn(Candidate e) {
        return e.dateExpr != null && e.date != null && e.date.precision() == DatePrecision.DAY;
    }

    /**
     * A vague strike on a day of its own: no precise strike in the article within a day of it, or none on that very day
     * when its own sentence names the day ("on Sunday, air raids killed 17 in the province" beside Monday's strike on a
     * town is the day before's strike, not the town's told again).
     */
    private static boolean ownDay(Candidate e, List<Candidate> events) {
        if (e.date == null || e.date.precision() != DatePrecision.DAY) {
            return false;
        }
        boolean named = dayOfItsOwn(e);
        for (Candidate o : events) {
            boolean sameDay = named ? o.date == null || o.date.overlaps(e.date.start(), e.date.end())
                    : Coreference.daysAgree(o.date, e.date);
            if (o != e && !vague(o) && sameDay) {
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
            return !otherWar(e) && !onIsrael(e);
        }
        if (CAMPAIGN.contains(p.country())) {
            // strikes on Israel (Hezbollah's rockets on the occupied Golan) are the Israel-Lebanon war, even where a map
            // says Syria; in Iraq, Israel is named as the target only of strikes on a place there ("Israeli spy centres"
            // in Erbil), while a militia's drones told only as "from Iraq" fell on Israel
            return !onIsrael(e) || p.country().equals("IQ") && p.precision() != LocationPrecision.COUNTRY;
        }
        if (otherWar(e)) {
            return false;
        }
        // Tower 22: a base in Jordan hit as part of the Iraq-Syria campaign, never Jordan as a whole nor one of its towns
        // (a name Jordan shares with a town across another border); a militia's strike anywhere else (Beirut, Eilat, the
        // Red Sea) belongs to that country's war
        return p.country().equals("JO") && p.precision() == LocationPrecision.SITE;
    }

    /** An attack launched from Iraq or Syria: carried out by one of the region's militias. */
    private static boolean fromRegion(Candidate e) {
        return e.perpetrator != null && (e.perpetrator.kind() == Actor.Kind.MILITIA
                || e.perpetrator.kind() == Actor.Kind.MILITIA_GENERIC);
    }

    /** A party of the Iraq-Syria campaign struck or was struck. */
    private static boolean campaignParty(Candidate e) {
        return fromRegion(e) || e.target != null && switch (e.target.kind()) {
            case MILITIA, MILITIA_GENERIC, ISLAMIC_STATE, IRAQI_FORCES -> true;
            default -> false;
        };
    }

    /** Israel was hit: a militia's drones told as launched at Israel, with no place in Iraq or Syria, fell there. */
    private static boolean onIsrael(Candidate e) {
        return e.target != null && e.target.name().equals("Israel");
    }

    private static boolean otherWar(Candidate e) {
        return e.perpetrator != null && OTHER_WARS.contains(e.perpetrator.name())
                || e.target != null && OTHER_WARS.contains(e.target.name());
    }
}
