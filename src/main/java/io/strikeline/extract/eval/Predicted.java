package io.strikeline.extract.eval;

import io.strikeline.extract.ExtractedEvent;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;

/** The fields scoring looks at, from either a freshly extracted event or a stored, merged one. */
public record Predicted(EventType type, EventDate date, String place, Double lat, Double lon, String perpetrator) {

    public static Predicted of(ExtractedEvent e) {
        return new Predicted(e.type(), e.date(), e.place(), e.lat(), e.lon(), e.perpetrator());
    }

    public static Predicted of(Event e) {
        return new Predicted(e.type(), e.date(), e.place(), e.lat(), e.lon(), e.perpetrator());
    }
}
