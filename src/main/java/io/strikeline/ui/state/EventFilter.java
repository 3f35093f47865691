package io.strikeline.ui.state;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import java.util.Set;

/**
 * The non-time filters, immutable. An empty set means "no restriction" for that field.
 * {@code textMatchIds} holds the event ids whose articles match the full-text query (null: no query).
 * {@code region} is the box drawn on the map (null: anywhere; unlocated events fail a region filter).
 * Rejected events are left out unless {@code includeRejected}; {@code onlyIds} (null: all) keeps just those events.
 */
public record EventFilter(
        Set<EventType> types,
        Set<String> perpetrators,
        Set<String> countries,
        Set<DatePrecision> precisions,
        String textQuery,
        Set<Long> textMatchIds,
        GeoBox region,
        double minConfidence,
        boolean includeRejected,
        Set<Long> onlyIds) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, 0,
            false, null);

    public EventFilter {
        types = Set.copyOf(types);
        perpetrators = Set.copyOf(perpetrators);
        countries = Set.copyOf(countries);
        precisions = Set.copyOf(precisions);
        textMatchIds = textMatchIds == null ? null : Set.copyOf(textMatchIds);
        onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
    }

    public boolean accepts(Event e) {
        return (types.isEmpty() || types.contains(e.type()))
                && (perpetrators.isEmpty() || perpetrators.contains(nullToEmpty(e.perpetrator())))
                && (countries.isEmpty() || countries.contains(nullToEmpty(e.country())))
                && (precisions.isEmpty() || e.date() != null && precisions.contains(e.date().precision()))
                && (textMatchIds == null || textMatchIds.contains(e.id()))
                && (region == null || e.located() && region.contains(e.lat(), e.lon()))
                && e.confidence() >= minConfidence
                && (includeRejected || !e.rejected())
                && (onlyIds == null || onlyIds.contains(e.id()));
    }

    public EventFilter withTypes(Set<EventType> value) {
        return new EventFilter(value, perpetrators, countries, precisions, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds);
    }

    public EventFilter withPerpetrators(Set<String> value) {
        return new EventFilter(types, value, countries, precisions, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds);
    }

    public EventFilter withCountries(Set<String> value) {
        return new EventFilter(types, perpetrators, value, precisions, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds);
    }

    public EventFilter withPrecisions(Set<DatePrecision> value) {
        return new EventFilter(types, perpetrators, countries, value, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds);
    }

    public EventFilter withText(String query, Set<Long> matchIds) {
        return new EventFilter(types, perpetrators, countries, precisions, query, matchIds, region,
                minConfidence, includeRejected, onlyIds);
    }

    public EventFilter withRegion(GeoBox value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, value,
                minConfidence, includeRejected, onlyIds);
    }

    public EventFilter withMinConfidence(double value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds,
                region, value, includeRejected, onlyIds);
    }

    /** Rejected events are hidden unless asked for. */
    public EventFilter withRejected(boolean value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, region, minConfidence,
                value, onlyIds);
    }

    /** Only these events (null: no such restriction), e.g. the ones the last ingest created. */
    public EventFilter withOnlyIds(Set<Long> value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, region, minConfidence,
                includeRejected, value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
