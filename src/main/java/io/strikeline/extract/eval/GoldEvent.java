package io.strikeline.extract.eval;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;

/** One hand-labelled strike of one article file; nullable: date, place, coordinates, perpetrator, target, killed. */
public record GoldEvent(String file, EventType type, EventDate date, String place, Double lat, Double lon,
        String perpetrator, String target, Integer killed) {}
