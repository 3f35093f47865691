package io.strikeline.extract.eval;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;

/**
 * One hand-labelled strike of one article file; nullable: date, place, coordinates, perpetrator, target, killed,
 * injured, notes. {@code main} marks the strike the article is about (at most one a file).
 */
public record GoldEvent(String file, EventType type, EventDate date, String place, Double lat, Double lon,
        String perpetrator, String target, Integer killed, Integer injured, boolean main, String notes) {

    /** A gold event of the original nine columns: no injured figure, not marked main, no notes. */
    public GoldEvent(String file, EventType type, EventDate date, String place, Double lat, Double lon,
            String perpetrator, String target, Integer killed) {
        this(file, type, date, place, lat, lon, perpetrator, target, killed, null, false, null);
    }

    public boolean located() {
        return lat != null && lon != null;
    }
}
