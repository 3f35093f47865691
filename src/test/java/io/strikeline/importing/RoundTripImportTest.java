package io.strikeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.briefing.KmlWriter;
import io.strikeline.editing.EditService;
import io.strikeline.editing.EditableField;
import io.strikeline.export.EventExporter;
import io.strikeline.ingest.IngestReport;
import io.strikeline.model.Event;
import io.strikeline.model.Origin;
import io.strikeline.store.EventStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own GeoJSON and KML exports import back as the same events, and an import of a stored strike merges into it. */
class RoundTripImportTest {

    /** What identifies a source and who made the record necessarily changes; every other export property must not. */
    private static final List<String> CHANGED_BY_IMPORT = List.of("id", "evidence", "sources", "origin");

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = dir.resolve("sample.db");
        Files.copy(Path.of("data/sample.db"), file);
        return file;
    }

    private static List<Map<String, Object>> exported(EventStore store) throws Exception {
        Path json = Files.createTempFile("events", ".geojson");
        try (OutputStream out = Files.newOutputStream(json)) {
            EventExporter.writeGeoJson(store.events(), store.citations(), out);
        }
        List<Map<String, Object>> rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                .path("features").findValues("properties").stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    p.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().toString()));
                    CHANGED_BY_IMPORT.forEach(m::remove);
                    return m;
                }).toList();
        Files.delete(json);
        return rows;
    }

    /** Writes the store's events to {@code geojson} and returns their properties as the comparisons see them. */
    private static List<Map<String, Object>> exportTo(EventStore store, Path geojson) throws Exception {
        try (OutputStream out = Files.newOutputStream(geojson)) {
            EventExporter.writeGeoJson(store.events(), store.citations(), out);
        }
        return exported(store);
    }

    /** A new database holding what {@code geojson} imports to, without a problem. */
    private EventStore importedIntoAFreshFile(Path geojson) {
        EventStore fresh = EventStore.open(dir.resolve("fresh.db"));
        IngestReport report = ImportService.standard(fresh).importFiles(List.of(geojson), null);
        assertThat(report.problems()).isEmpty();
        return fresh;
    }

    @Test
    void ourGeoJsonExportImportsAsTheSameEvents() throws Exception {
        Path geojson = dir.resolve("events.geojson");
        List<Map<String, Object>> before;
        try (EventStore store = EventStore.open(sample())) {
            before = exportTo(store, geojson);
        }
        try (EventStore fresh = importedIntoAFreshFile(geojson)) {
            assertThat(exported(fresh)).isEqualTo(before);
            assertThat(fresh.events()).allSatisfy(e -> assertThat(e.origin()).isEqualTo(Origin.IMPORTED));
        }
    }

    @Test
    void theReviewAnAnalystGaveTravelsWithOurGeoJsonAndIsLogged() throws Exception {
        Path file = sample();
        Path geojson = dir.resolve("reviewed.geojson");
        List<Map<String, Object>> before;
        try (EventStore store = EventStore.open(file)) {
            long first = store.events().get(0).id();
            EditService.standard(store).edit(first, Map.of(EditableField.STATUS, "rejected",
                    EditableField.NOTE, "not a strike: a depot fire, \"per\" the governor", EditableField.TAGS, "fire,check"));
            before = exportTo(store, geojson);
        }
        try (EventStore fresh = importedIntoAFreshFile(geojson)) {
            assertThat(exported(fresh)).isEqualTo(before);
            Event rejected = fresh.events().stream().filter(e -> e.curation().rejected()).findFirst().orElseThrow();
            assertThat(EditService.standard(fresh).history(rejected.id())).isNotEmpty();
        }
    }

    @Test
    void anUnknownReviewStatusIsThatFeaturesProblem() throws Exception {
        Path geojson = dir.resolve("odd.geojson");
        Files.writeString(geojson, "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"event_type\": \"airstrike\","
                + " \"date\": \"2024-02-03\", \"status\": \"maybe\"}},\n"
                + "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"event_type\": \"airstrike\","
                + " \"date\": \"2024-02-04\", \"status\": \"confirmed\"}}\n]}\n");
        try (EventStore fresh = EventStore.open(dir.resolve("fresh.db"))) {
            IngestReport report = ImportService.standard(fresh).importFiles(List.of(geojson), null);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.where()).endsWith("odd.geojson:2");
                assertThat(p.reason()).contains("status").contains("maybe");
            });
            assertThat(fresh.events()).singleElement().satisfies(e ->
                    assertThat(e.curation().status().code()).isEqualTo("confirmed"));
        }
    }

    @Test
    void ourKmlExportImportsWithWhatKmlCarries() throws Exception {
        Path kml = dir.resolve("events.kml");
        List<Event> before;
        try (EventStore store = EventStore.open(sample()); OutputStream out = Files.newOutputStream(kml)) {
            before = store.events();
            KmlWriter.write("sample", before, store.citations(), type -> "#336699", out);
        }
        try (EventStore fresh = EventStore.open(dir.resolve("fresh.db"))) {
            IngestReport report = ImportService.standard(fresh).importFiles(List.of(kml), null);
            assertThat(report.problems()).isEmpty();
            List<Event> after = fresh.events();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                Event b = before.get(i);
                Event a = after.get(i);
                assertThat(List.of(a.type(), a.date(), String.valueOf(a.place()), String.valueOf(a.perpetrator()),
                        String.valueOf(a.killed()), String.valueOf(a.injured()), String.valueOf(a.lat()),
                        String.valueOf(a.lon())))
                        .isEqualTo(List.of(b.type(), b.date(), String.valueOf(b.place()), String.valueOf(b.perpetrator()),
                                String.valueOf(b.killed()), String.valueOf(b.injured()), String.valueOf(b.lat()),
                                String.valueOf(b.lon())));
            }
        }
    }

    @Test
    void anImportedReportOfAStoredStrikeMergesIntoItThroughTheIngestRule() throws Exception {
        Path file = sample();
        Path geojson = dir.resolve("one.geojson");
        try (EventStore store = EventStore.open(file); OutputStream out = Files.newOutputStream(geojson)) {
            EventExporter.writeGeoJson(List.of(store.events().get(0)), Map.of(), out);
        }
        try (EventStore store = EventStore.open(file)) {
            int events = store.eventCount();
            Event target = store.events().get(0);
            int sources = store.sources(target.id()).size();
            IngestReport report = ImportService.standard(store).importFiles(List.of(geojson), null);
            assertThat(report.eventsMerged()).isEqualTo(1);
            assertThat(report.eventsCreated()).isZero();
            assertThat(store.eventCount()).isEqualTo(events);
            assertThat(store.sources(target.id())).hasSize(sources + 1);
            assertThat(store.event(target.id()).origin()).isEqualTo(target.origin()); // an extracted event stays extracted
        }
    }
}
