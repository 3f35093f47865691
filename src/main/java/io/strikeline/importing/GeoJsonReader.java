package io.strikeline.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.model.Curation;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.ReviewStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GeoJSON FeatureCollections with our export's properties ({@code event_type, date, place, location_precision,
 * country, perpetrator, target, killed, injured, confidence}) and a Point {@code [lon, lat]} or null geometry, so
 * {@code export --format geojson} round-trips, with the review ({@code status, note, tags}) an analyst gave. The article
 * keeps the feature as JSON.
 */
final class GeoJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A feature without a confidence of its own: some other tool's judgement, taken at half. */
    private static final double DEFAULT_CONFIDENCE = 0.5;

    private GeoJsonReader() {}

    static Parsed read(Path file) throws IOException {
        Parsed parsed = new Parsed(file.toString());
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (!toFeatures(json)) {
                parsed.bad(json.currentLocation().getLineNr(), "not a GeoJSON FeatureCollection (no \"features\" array)");
                return parsed;
            }
            String name = file.getFileName().toString();
            while (json.nextToken() == JsonToken.START_OBJECT) {
                long line = json.currentTokenLocation().getLineNr();
                JsonNode feature = json.readValueAsTree();
                parsed.row(line, () -> coded(feature).record(title(name, feature, line), "GeoJSON", null, null,
                        feature.toPrettyString(), parsed.where(line), curation(feature.path("properties"))));
            }
        } catch (JsonProcessingException e) {
            parsed.bad(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        }
        return parsed;
    }

    /** Moves the parser into the top-level "features" array; false when there is none. */
    private static boolean toFeatures(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("features") && value == JsonToken.START_ARRAY) {
                return true;
            }
            json.skipChildren();
        }
        return false;
    }

    private static CodedRow coded(JsonNode feature) {
        JsonNode p = feature.path("properties");
        if (!p.isObject()) {
            throw new IllegalArgumentException("feature has no properties object");
        }
        String type = text(p, "event_type");
        if (type == null) {
            throw new IllegalArgumentException("feature has no event_type");
        }
        EventType eventType = code(() -> EventType.fromCode(type), "event_type", type);
        String date = text(p, "date");
        double[] at = point(feature.path("geometry"));
        String precision = text(p, "location_precision");
        return new CodedRow(eventType, date == null ? null : EventDate.parse(date), text(p, "place"),
                at == null ? null : at[0], at == null ? null : at[1],
                precision == null ? null : code(() -> LocationPrecision.fromCode(precision), "location_precision", precision),
                text(p, "country"),
                text(p, "perpetrator"), text(p, "target"), CodedRow.count(text(p, "killed"), "killed"),
                CodedRow.count(text(p, "injured"), "injured"),
                p.path("confidence").isNumber() ? clamp(p.path("confidence").asDouble()) : DEFAULT_CONFIDENCE);
    }

    /** The review our export wrote ({@code status}, {@code note}, {@code tags}); none when the feature has none. */
    private static Curation curation(JsonNode p) {
        String status = text(p, "status");
        String tags = text(p, "tags");
        return new Curation(status == null ? ReviewStatus.UNREVIEWED
                : code(() -> ReviewStatus.fromCode(status), "status", status), text(p, "note"),
                tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                Set.of());
    }

    /** [lat, lon] of a Point geometry; null for a null geometry. */
    private static double[] point(JsonNode geometry) {
        if (geometry.isMissingNode() || geometry.isNull()) {
            return null;
        }
        JsonNode c = geometry.path("coordinates");
        if (!"Point".equals(geometry.path("type").asText()) || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IllegalArgumentException("geometry is not a Point [lon, lat]");
        }
        return CodedRow.coordinates(c.get(1).asText(), c.get(0).asText());
    }

    /** Our vocabulary's code, or the row's error naming the field. */
    static <T> T code(Supplier<T> parse, String field, String value) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " '" + value + "'");
        }
    }

    private static String title(String file, JsonNode feature, long line) {
        JsonNode id = feature.path("properties").path("id");
        return "GeoJSON " + file + (id.isMissingNode() || id.isNull() ? " line " + line : " #" + id.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static double clamp(double confidence) {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
        return confidence;
    }
}
