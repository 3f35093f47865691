package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.util.Set;

/**
 * Decides whether a strike extracted from one article is a strike already stored from another article,
 * so ingest can attach a new source instead of creating a duplicate. Pure and thread-safe.
 */
public final class StrikeMatcher {

    /** Places within this distance count as the same target area. */
    public static final double SAME_PLACE_KM = 50;
    /** A region-level or country-level place only says "somewhere in this area". */
    private static final double SAME_REGION_KM = 250;
    private static final Set<String> MILITIA_NAMES = Set.of(
            Actor.IRAN_BACKED, "Kata'ib Hezbollah", "Kata'ib Sayyid al-Shuhada", "Harakat al-Nujaba", "Asa'ib Ahl al-Haq",
            "Kata'ib al-Imam Ali", "Badr Organization", "Islamic Resistance in Iraq", "Popular Mobilization Forces");

    private StrikeMatcher() {}

    /**
     * True when both describe one strike: compatible kinds (an airstrike and a drone strike by the same party
     * are one class; missile and rocket attacks are not), dates a day apart at most (overlapping ranges for
     * month/year dates), places within {@value #SAME_PLACE_KM} km or the same named place, perpetrators
     * that do not conflict, and neither side's attacker being the other's target. Undated events never match.
     */
    public static boolean sameStrike(ExtractedEvent candidate, Event existing) {
        // the place test folds names and measures distance: it runs last, on the few pairs the cheap tests leave
        return typesMatch(candidate.type(), existing.type(), candidate.perpetrator(), existing.perpetrator())
                && datesMatch(candidate.date(), existing.date())
                && perpetratorsAgree(candidate.perpetrator(), existing.perpetrator())
                && !sidesSwapped(candidate, existing)
                && placesMatch(candidate, existing);
    }

    /** One report's attacker is the other's target (a Turkish strike, and an attack on Turkish troops). */
    private static boolean sidesSwapped(ExtractedEvent c, Event e) {
        return c.perpetrator() != null && c.perpetrator().equals(e.target())
                || e.perpetrator() != null && e.perpetrator().equals(c.target());
    }

    static boolean typesMatch(EventType a, EventType b, String perpA, String perpB) {
        if (!StrikeClass.compatible(a, b)) {
            return false;
        }
        boolean mixedAerial = a != b && StrikeClass.aerial(a) && StrikeClass.aerial(b);
        return !mixedAerial || perpA == null || perpB == null || perpA.equals(perpB);
    }

    static boolean datesMatch(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            return Math.abs(a.start().toEpochDay() - b.start().toEpochDay()) <= 1;
        }
        return a.overlaps(b.start().minusDays(1), b.end().plusDays(1));
    }

    private static boolean placesMatch(ExtractedEvent c, Event e) {
        if (c.place() != null && e.place() != null && Gazetteer.fold(c.place()).equals(Gazetteer.fold(e.place()))) {
            return true;
        }
        if (c.lat() == null || c.lon() == null || !e.located()) {
            // nothing to compare: only an unlocated pair with the same kind of strike is taken as one
            return c.lat() == null && !e.located() && c.type() == e.type();
        }
        if (c.country() != null && e.country() != null && !c.country().equals(e.country())
                && !coarse(c.locationPrecision()) && !coarse(e.locationPrecision())) {
            return false;
        }
        if (c.locationPrecision() == LocationPrecision.COUNTRY || e.locationPrecision() == LocationPrecision.COUNTRY) {
            return c.country() != null && c.country().equals(e.country());
        }
        boolean wide = c.locationPrecision() == LocationPrecision.REGION || e.locationPrecision() == LocationPrecision.REGION
                || c.locationPrecision() == LocationPrecision.PROVINCE || e.locationPrecision() == LocationPrecision.PROVINCE;
        return Gazetteer.withinKm(c.lat(), c.lon(), e.lat(), e.lon(), wide ? SAME_REGION_KM : SAME_PLACE_KM);
    }

    private static boolean coarse(LocationPrecision p) {
        return p == LocationPrecision.REGION || p == LocationPrecision.COUNTRY;
    }

    static boolean perpetratorsAgree(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        return MILITIA_NAMES.contains(a) && MILITIA_NAMES.contains(b)
                && (a.equals(Actor.IRAN_BACKED) || b.equals(Actor.IRAN_BACKED) || a.equals("Islamic Resistance in Iraq")
                || b.equals("Islamic Resistance in Iraq"));
    }
}
