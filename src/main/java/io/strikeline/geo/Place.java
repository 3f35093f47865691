package io.strikeline.geo;

import io.strikeline.model.LocationPrecision;
import java.util.List;

/**
 * One gazetteer entry. {@code category} is what the place is (airbase, airport, camp, oilfield,
 * crossing, city, town, governorate, country, region); {@code precision} is how exactly its point
 * locates an event there. {@code country} is an ISO 3166-1 alpha-2 code.
 */
public record Place(
        String id,
        String name,
        String category,
        LocationPrecision precision,
        String country,
        String admin1,
        double lat,
        double lon,
        long population,
        List<String> aliases,
        String arabicName) {

    public Place {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinate out of range for " + name + ": " + lat + ", " + lon);
        }
        aliases = List.copyOf(aliases);
    }
}
