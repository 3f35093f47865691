package io.strikeline.model;

/**
 * A strike as the analyst sees it, merged over all its sources. {@code lat}/{@code lon} are null when
 * the event could not be located. {@code killed}/{@code injured} are the lowest reported figures and
 * {@code killedMax}/{@code injuredMax} the highest, so disagreeing sources show as a range; all four
 * are null when no source gave a figure. {@code curation} is what the analyst decided about it.
 */
public record Event(
        long id,
        EventType type,
        EventDate date,
        String place,
        Double lat,
        Double lon,
        LocationPrecision locationPrecision,
        String country,
        String perpetrator,
        String target,
        Integer killed,
        Integer killedMax,
        Integer injured,
        Integer injuredMax,
        double confidence,
        Origin origin,
        Curation curation) {

    public Event {
        curation = curation == null ? Curation.NONE : curation;
    }

    /** An event nobody has reviewed yet. */
    public Event(long id, EventType type, EventDate date, String place, Double lat, Double lon,
            LocationPrecision locationPrecision, String country, String perpetrator, String target, Integer killed,
            Integer killedMax, Integer injured, Integer injuredMax, double confidence, Origin origin) {
        this(id, type, date, place, lat, lon, locationPrecision, country, perpetrator, target, killed, killedMax, injured,
                injuredMax, confidence, origin, Curation.NONE);
    }

    public boolean located() {
        return lat != null && lon != null;
    }

    public boolean rejected() {
        return curation.rejected();
    }
}
