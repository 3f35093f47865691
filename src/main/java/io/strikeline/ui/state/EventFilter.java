package io.strikeline.ui.state;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.util.Set;

/**
 * The non-time filters, immutable. An empty set means "no restriction" for that field.
 * {@code textMatchIds} holds the event ids whose articles match the full-text query (null: no query).
 * {@code region} is the box drawn on the map (null: anywhere; unlocated events fail a region filter).
 * Rejected events are left out unless {@code includeRejected}; {@code onlyIds} (null: all) keeps just those events.
 * {@code origins} tells imported events from extracted or analyst-made ones.
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
        Set<Long> onlyIds,
        Set<Origin> origins) {

    private static final EventType[] TYPES = EventType.values();

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, 0,
            false, null);

    /** Any origin. */
    public EventFilter(Set<EventType> types, Set<String> perpetrators, Set<String> countries, Set<DatePrecision> precisions,
            String textQuery, Set<Long> textMatchIds, GeoBox region, double minConfidence, boolean includeRejected,
            Set<Long> onlyIds) {
        this(types, perpetrators, countries, precisions, textQuery, textMatchIds, region, minConfidence, includeRejected,
                onlyIds, Set.of());
    }

    public EventFilter {
        types = Set.copyOf(types);
        perpetrators = Set.copyOf(perpetrators);
        countries = Set.copyOf(countries);
        precisions = Set.copyOf(precisions);
        textMatchIds = textMatchIds == null ? null : Set.copyOf(textMatchIds);
        onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
        origins = Set.copyOf(origins);
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
                && (onlyIds == null || onlyIds.contains(e.id()))
                && (origins.isEmpty() || origins.contains(e.origin()));
    }

    /**
     * {@link #accepts(Event)} for the event at this catalog index, deciding the usual case (rejected hidden, maybe
     * some types) from the catalog's columns and reading the event itself only for the other restrictions.
     */
    public boolean accepts(EventCatalog catalog, int index) {
        if (!includeRejected && catalog.rejected(index)
                || !types.isEmpty() && !types.contains(TYPES[catalog.typeOrdinal(index)])) {
            return false;
        }
        boolean restrictsMore = !perpetrators.isEmpty() || !countries.isEmpty() || !precisions.isEmpty()
                || textMatchIds != null || region != null || minConfidence > 0 || onlyIds != null || !origins.isEmpty();
        return !restrictsMore || accepts(catalog.get(index));
    }

    /** The events of a catalog this filter accepts. */
    public EventSet select(EventCatalog catalog) {
        return catalog.all().filter(i -> accepts(catalog, i));
    }

    public EventFilter withTypes(Set<EventType> value) {
        return new EventFilter(value, perpetrators, countries, precisions, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds, origins);
    }

    public EventFilter withPerpetrators(Set<String> value) {
        return new EventFilter(types, value, countries, precisions, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds, origins);
    }

    public EventFilter withCountries(Set<String> value) {
        return new EventFilter(types, perpetrators, value, precisions, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds, origins);
    }

    public EventFilter withPrecisions(Set<DatePrecision> value) {
        return new EventFilter(types, perpetrators, countries, value, textQuery, textMatchIds, region,
                minConfidence, includeRejected, onlyIds, origins);
    }

    public EventFilter withText(String query, Set<Long> matchIds) {
        return new EventFilter(types, perpetrators, countries, precisions, query, matchIds, region,
                minConfidence, includeRejected, onlyIds, origins);
    }

    public EventFilter withRegion(GeoBox value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, value,
                minConfidence, includeRejected, onlyIds, origins);
    }

    public EventFilter withMinConfidence(double value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds,
                region, value, includeRejected, onlyIds, origins);
    }

    /** Rejected events are hidden unless asked for. */
    public EventFilter withRejected(boolean value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, region, minConfidence,
                value, onlyIds, origins);
    }

    /** Only these events (null: no such restriction), e.g. the ones the last ingest created. */
    public EventFilter withOnlyIds(Set<Long> value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, region, minConfidence,
                includeRejected, value, origins);
    }

    /** Only events of these origins (empty: any), e.g. just the imported ones. */
    public EventFilter withOrigins(Set<Origin> value) {
        return new EventFilter(types, perpetrators, countries, precisions, textQuery, textMatchIds, region, minConfidence,
                includeRejected, onlyIds, value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
