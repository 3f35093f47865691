package io.strikeline.extract;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Span;
import java.util.List;

/**
 * One strike found in one article, before it is merged with reports of the same strike from other
 * articles. Nullable: date (undatable), place/lat/lon/locationPrecision/country (unlocated),
 * perpetrator, target, killed, injured. {@code sentence} is the evidence span in the article text;
 * {@code fields} says which mention each field came from.
 */
public record ExtractedEvent(
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
        Integer injured,
        double confidence,
        Span sentence,
        List<FieldEvidence> fields) {

    public ExtractedEvent {
        fields = List.copyOf(fields);
    }
}
