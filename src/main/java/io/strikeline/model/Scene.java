package io.strikeline.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A saved view for a briefing: where the map looks, which time window is brushed and which time range the
 * timeline shows, the filters, the timeline's lanes, the selected event, and the words around it.
 * Null {@code map}, {@code window} or {@code range} mean "as the view opens"; {@code id} is 0 before saving.
 */
public record Scene(long id, int position, String name, String title, String caption, Extent map, Period window,
                    Period range, Filter filter, String lanes, Long selectedEventId) {

    public Scene {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        filter = filter == null ? Filter.NONE : filter;
    }

    public Scene withId(long newId, int newPosition) {
        return new Scene(newId, newPosition, name, title, caption, map, window, range, filter, lanes, selectedEventId);
    }

    /** A latitude/longitude box. */
    public record Extent(double minLat, double minLon, double maxLat, double maxLon) {}

    /** A half-open interval of time {@code [start, end)}. */
    public record Period(Instant start, Instant end) {}

    /**
     * The view's filters by their codes (event type and date precision codes, perpetrator names, ISO countries);
     * an empty set does not restrict. {@code textQuery} is re-run on restore, so its matches follow later edits.
     */
    public record Filter(Set<String> types, Set<String> perpetrators, Set<String> countries, Set<String> precisions,
                         String textQuery, Extent region, double minConfidence, boolean includeRejected) {

        public static final Filter NONE = new Filter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, 0, false);

        public Filter {
            types = Set.copyOf(types);
            perpetrators = Set.copyOf(perpetrators);
            countries = Set.copyOf(countries);
            precisions = Set.copyOf(precisions);
        }

        /** The active filters in a few words ("type missile_strike; text "Erbil""), or "none". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            addIfAny(parts, "type", types);
            addIfAny(parts, "perpetrator", perpetrators);
            addIfAny(parts, "country", countries);
            addIfAny(parts, "date precision", precisions);
            if (textQuery != null && !textQuery.isBlank()) {
                parts.add("text \"" + textQuery + "\"");
            }
            if (region != null) {
                parts.add("region box");
            }
            if (minConfidence > 0) {
                parts.add("confidence at least " + Math.round(minConfidence * 100) + "%");
            }
            if (includeRejected) {
                parts.add("rejected shown");
            }
            return parts.isEmpty() ? "none" : String.join("; ", parts);
        }

        private static void addIfAny(List<String> parts, String name, Set<String> values) {
            if (!values.isEmpty()) {
                parts.add(name + " " + String.join(", ", new TreeSet<>(values)));
            }
        }
    }
}
