package io.strikeline.ingest;

import io.strikeline.extract.ExtractedEvent;
import io.strikeline.model.Event;
import io.strikeline.model.Origin;

/**
 * How a new report of a strike changes the stored event: the more precise date and location win,
 * missing actors are filled in, casualty figures widen to the range all sources gave, and agreeing
 * sources raise confidence. An event the analyst edited or created keeps its fields.
 */
final class EventMerging {

    private EventMerging() {}

    static Event newEvent(ExtractedEvent e) {
        return new Event(0, e.type(), e.date(), e.place(), e.lat(), e.lon(), e.locationPrecision(), e.country(),
                e.perpetrator(), e.target(), e.killed(), e.killed(), e.injured(), e.injured(), clamp(e.confidence()),
                Origin.EXTRACTED);
    }

    static Event merge(Event existing, ExtractedEvent report) {
        if (existing.origin() != Origin.EXTRACTED) {
            return existing;
        }
        boolean betterDate = report.date() != null
                && (existing.date() == null || report.date().precision().compareTo(existing.date().precision()) < 0);
        boolean betterPlace = report.lat() != null && (existing.lat() == null
                || report.locationPrecision() != null && existing.locationPrecision() != null
                        && report.locationPrecision().compareTo(existing.locationPrecision()) < 0);
        return new Event(existing.id(), existing.type(),
                betterDate ? report.date() : existing.date(),
                betterPlace ? report.place() : existing.place(),
                betterPlace ? report.lat() : existing.lat(),
                betterPlace ? report.lon() : existing.lon(),
                betterPlace ? report.locationPrecision() : existing.locationPrecision(),
                betterPlace ? report.country() : existing.country(),
                existing.perpetrator() != null ? existing.perpetrator() : report.perpetrator(),
                existing.target() != null ? existing.target() : report.target(),
                min(existing.killed(), report.killed()), max(existing.killedMax(), report.killed()),
                min(existing.injured(), report.injured()), max(existing.injuredMax(), report.injured()),
                corroborated(existing.confidence(), report.confidence()),
                Origin.EXTRACTED);
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
