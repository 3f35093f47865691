package io.strikeline.ingest;

import io.strikeline.extract.ExtractedEvent;
import io.strikeline.model.Curation;
import io.strikeline.model.Event;
import io.strikeline.model.Origin;

/**
 * How a new report of a strike changes the stored event: the more precise date and location win,
 * missing actors are filled in, casualty figures widen to the range all sources gave, and agreeing
 * sources raise confidence. A field the analyst set keeps its value; status, note and tags are never touched.
 */
final class EventMerging {

    private EventMerging() {}

    static Event newEvent(ExtractedEvent e, Origin origin) {
        return new Event(0, e.type(), e.date(), e.place(), e.lat(), e.lon(), e.locationPrecision(), e.country(),
                e.perpetrator(), e.target(), e.killed(), e.killed(), e.injured(), e.injured(), clamp(e.confidence()),
                origin);
    }

    /** The same event under the id the store gave it. */
    static Event withId(Event e, long id) {
        return new Event(id, e.type(), e.date(), e.place(), e.lat(), e.lon(), e.locationPrecision(), e.country(),
                e.perpetrator(), e.target(), e.killed(), e.killedMax(), e.injured(), e.injuredMax(), e.confidence(),
                e.origin(), e.curation());
    }

    static Event merge(Event existing, ExtractedEvent report) {
        Curation analyst = existing.curation();
        boolean betterDate = report.date() != null && !analyst.edited("date")
                && (existing.date() == null || report.date().precision().compareTo(existing.date().precision()) < 0);
        boolean betterPlace = report.lat() != null && !analyst.edited("place") && !analyst.edited("location_precision")
                && (existing.lat() == null || report.locationPrecision() != null && existing.locationPrecision() != null
                        && report.locationPrecision().compareTo(existing.locationPrecision()) < 0);
        boolean keepKilled = analyst.edited("killed");
        boolean keepInjured = analyst.edited("injured");
        return new Event(existing.id(), existing.type(),
                betterDate ? report.date() : existing.date(),
                betterPlace ? report.place() : existing.place(),
                betterPlace ? report.lat() : existing.lat(),
                betterPlace ? report.lon() : existing.lon(),
                betterPlace ? report.locationPrecision() : existing.locationPrecision(),
                betterPlace ? report.country() : existing.country(),
                existing.perpetrator() != null || analyst.edited("perpetrator") ? existing.perpetrator() : report.perpetrator(),
                existing.target() != null || analyst.edited("target") ? existing.target() : report.target(),
                keepKilled ? existing.killed() : min(existing.killed(), report.killed()),
                keepKilled ? existing.killedMax() : max(existing.killedMax(), report.killed()),
                keepInjured ? existing.injured() : min(existing.injured(), report.injured()),
                keepInjured ? existing.injuredMax() : max(existing.injuredMax(), report.injured()),
                analyst.edited("confidence") ? existing.confidence() : corroborated(existing.confidence(), report.confidence()),
                existing.origin(), analyst);
    }

    /** Two independent reports agreeing make the event more certain than either alone. */
    private static double corroborated(double a, double b) {
        return clamp(1 - (1 - a) * (1 - clamp(b) * 0.5));
    }

    private static double clamp(double confidence) {
        return Math.max(0, Math.min(1, confidence));
    }

    private static Integer min(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }
}
