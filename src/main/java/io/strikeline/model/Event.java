package io.strikeline.model;

/**
 * A strike as the analyst sees it, merged over all its sources. {@code lat}/{@code lon} are null when
 * the event could not be located. {@code killed}/{@code injured} are the lowest reported figures and
 * {@code killedMax}/{@code injuredMax} the highest, so disagreeing sources show as a range; all four
 * are null when no source gave a figure.
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
        Origin origin) {

    public boolean located() {
        return lat != null && lon != null;
    }
}
