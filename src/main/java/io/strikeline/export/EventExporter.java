package io.strikeline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.csv.CsvRows;
import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes events as GeoJSON (one Feature per event, Point [lon, lat] or null geometry) or CSV with the
 * same fields. The property set is a contract with the analyst's other tools: see docs/export.md.
 */
public final class EventExporter {

    /** The exported properties, in order; CSV uses them as its header. */
    public static final List<String> FIELDS = List.of("id", "event_type", "date", "date_precision", "place",
            "location_precision", "country", "perpetrator", "target", "killed", "injured", "confidence", "evidence", "sources",
            "status", "note", "tags", "origin", "edited_fields");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The export formats; the command line accepts them in any case. */
    public enum Format {
        GEOJSON,
        CSV
    }

    private EventExporter() {}

    public static void write(Format format, List<Event> events, Map<Long, List<Citation>> citations, OutputStream out)
            throws IOException {
        if (format == Format.CSV) {
            writeCsv(events, citations, out);
        } else {
            writeGeoJson(events, citations, out);
        }
    }

    public static void writeGeoJson(List<Event> events, Map<Long, List<Citation>> citations, OutputStream out)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Event e : events) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeFieldName("geometry");
                if (e.located()) {
                    json.writeStartObject();
                    json.writeStringField("type", "Point");
                    json.writeArrayFieldStart("coordinates");
                    json.writeNumber(round(e.lon()));
                    json.writeNumber(round(e.lat()));
                    json.writeEndArray();
                    json.writeEndObject();
                } else {
                    json.writeNull();
                }
                json.writeFieldName("properties");
                JSON.writeValue(json, properties(e, citations.getOrDefault(e.id(), List.of())));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    public static void writeCsv(List<Event> events, Map<Long, List<Citation>> citations, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> row = properties(e, citations.getOrDefault(e.id(), List.of()));
            List<String> cells = new ArrayList<>();
            for (String field : FIELDS) {
                Object value = row.get(field);
                cells.add(value instanceof List<?> ? JSON.writeValueAsString(value) : value == null ? null : value.toString());
            }
            rows.add(cells);
        }
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvRows.write(csv, FIELDS, rows);
        csv.flush();
    }

    /** The contract's properties of one event; {@code killed}/{@code injured} are the lowest figure any source gave. */
    static Map<String, Object> properties(Event e, List<Citation> sources) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", e.id());
        p.put("event_type", e.type().code());
        p.put("date", e.date() == null ? null : e.date().format());
        p.put("date_precision", e.date() == null ? null : e.date().precision().code());
        p.put("place", e.place());
        p.put("location_precision", e.locationPrecision() == null ? null : e.locationPrecision().code());
        p.put("country", e.country());
        p.put("perpetrator", e.perpetrator());
        p.put("target", e.target());
        p.put("killed", e.killed());
        p.put("injured", e.injured());
        p.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        p.put("evidence", sources.isEmpty() ? null : sources.get(0).evidence());
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Citation c : sources) {
            if (refs.stream().anyMatch(r -> r.get("article_id").equals(c.articleId()))) {
                continue; // one entry per article even when several of its sentences support the event
            }
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("article_id", c.articleId());
            ref.put("title", c.title());
            ref.put("published", c.published() == null ? null : c.published().toString());
            refs.add(ref);
        }
        p.put("sources", refs);
        p.put("status", e.curation().status().code());
        p.put("note", e.curation().note());
        p.put("tags", String.join(",", e.curation().tags()));
        p.put("origin", e.origin().code());
        p.put("edited_fields", String.join(",", new TreeSet<>(e.curation().editedFields())));
        return p;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
