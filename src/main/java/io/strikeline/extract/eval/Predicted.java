package io.strikeline.extract.eval;

import io.strikeline.extract.ExtractedEvent;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;

/**
 * The fields scoring looks at, from either a freshly extracted event or a stored, merged one (whose killed and
 * injured figures are the lowest its sources gave). Nullable like {@link ExtractedEvent}; {@code confidence} is NaN
 * when unknown.
 */
public record Predicted(EventType type, EventDate date, String place, Double lat, Double lon, String perpetrator,
        String target, Integer killed, Integer injured, double confidence) {

    /** A prediction of unknown confidence. */
    public Predicted(EventType type, EventDate date, String place, Double lat, Double lon, String perpetrator,
            String target, Integer killed, Integer injured) {
        this(type, date, place, lat, lon, perpetrator, target, killed, injured, Double.NaN);
    }

    /** A prediction without target and casualty figures. */
    public Predicted(EventType type, EventDate date, String place, Double lat, Double lon, String perpetrator) {
        this(type, date, place, lat, lon, perpetrator, null, null, null, Double.NaN);
    }

    public static Predicted of(ExtractedEvent e) {
        return new Predicted(e.type(), e.date(), e.place(), e.lat(), e.lon(), e.perpetrator(), e.target(), e.killed(),
                e.injured(), e.confidence());
    }

    public static Predicted of(Event e) {
        return new Predicted(e.type(), e.date(), e.place(), e.lat(), e.lon(), e.perpetrator(), e.target(), e.killed(),
                e.injured(), e.confidence());
    }

    public boolean located() {
        return lat != null && lon != null;
    }
}
