package io.strikeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ingest.IngestReport;
import io.strikeline.ingest.Problem;
import io.strikeline.model.Article;
import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format imports its good rows as 'imported' events with the record as their source, and names every bad row. */
class ImportServiceTest {

    private static final Path FIXTURES = Path.of("src/test/resources/imports");

    @TempDir
    Path dir;

    private IngestReport importing(EventStore store, String fixture) {
        return ImportService.standard(store).importFiles(List.of(FIXTURES.resolve(fixture)), null);
    }

    private static List<String> problemLines(IngestReport report) {
        return report.problems().stream().map(Problem::toString).toList();
    }

    private static Event byPlace(EventStore store, String place) {
        return store.events().stream().filter(e -> place.equals(e.place())).findFirst().orElseThrow();
    }

    @Test
    void acledRowsWithCommasQuotesAndLineBreaksImportAndBadRowsAreNamed() {
        try (EventStore store = EventStore.open(dir.resolve("a.db"))) {
            IngestReport report = importing(store, "acled-sample.csv");

            String file = FIXTURES.resolve("acled-sample.csv").toString();
            assertThat(problemLines(report)).containsExactly(
                    file + ":6: event_date is not a date: '2024-02-31'",
                    file + ":7: not a strike: event_type 'Protests', sub_event_type 'Peaceful protest'",
                    file + ":8: latitude/longitude not numbers: 'north', '43.13'");
            assertThat(report.articlesStored()).isEqualTo(3);
            assertThat(store.events()).allSatisfy(e -> assertThat(e.origin()).isEqualTo(Origin.IMPORTED));

            Event qaim = byPlace(store, "Al-Qaim");
            assertThat(qaim.type()).isEqualTo(EventType.AIRSTRIKE);
            assertThat(qaim.date().format()).isEqualTo("2024-02-03");
            assertThat(qaim.country()).isEqualTo("IQ");
            assertThat(qaim.killed()).isEqualTo(4);
            assertThat(qaim.perpetrator()).isEqualTo("Military Forces of the United States (2021-)");
            assertThat(byPlace(store, "Baghdad - Mashtal").type()).isEqualTo(EventType.DRONE_STRIKE);
            Event omar = byPlace(store, "Al-Omar oil field");
            assertThat(omar.type()).isEqualTo(EventType.ROCKET_ATTACK);
            assertThat(omar.date().precision()).isEqualTo(DatePrecision.MONTH);

            EventSource source = store.sources(qaim.id()).get(0);
            Article article = store.article(source.articleId());
            assertThat(article.title()).isEqualTo("ACLED IRQ90001");
            assertThat(article.source()).isEqualTo("ACLED");
            assertThat(article.text()).contains("a \"\"militia\"\" depot near Al-Qaim, the town's\nborder crossing");
            assertThat(source.evidence()).isEqualTo(article.text());
        }
    }

    @Test
    void reimportingChangesNothing() {
        try (EventStore store = EventStore.open(dir.resolve("again.db"))) {
            importing(store, "acled-sample.csv");
            int events = store.eventCount();
            IngestReport again = importing(store, "acled-sample.csv");
            assertThat(again.duplicates()).isEqualTo(3);
            assertThat(again.eventsCreated()).isZero();
            assertThat(store.eventCount()).isEqualTo(events);
        }
    }

    @Test
    void gdeltStrikesImportWithTheirSourceUrlAndOtherRowsAreNamed() {
        try (EventStore store = EventStore.open(dir.resolve("g.db"))) {
            IngestReport report = importing(store, "20240207.export.CSV");

            String file = FIXTURES.resolve("20240207.export.CSV").toString();
            assertThat(problemLines(report)).containsExactly(
                    file + ":3: not a strike: CAMEO root code '04' (want 18, 19 or 20)",
                    file + ":4: 60 tab-separated columns, a GDELT 2.0 event has 61",
                    file + ":5: SQLDATE is not a date (YYYYMMDD): '2024011'");
            Event baghdad = byPlace(store, "Baghdad, Baghdad, Iraq");
            assertThat(baghdad.type()).isEqualTo(EventType.AIRSTRIKE);
            assertThat(baghdad.country()).isEqualTo("IQ");
            assertThat(baghdad.perpetrator()).isEqualTo("UNITED STATES");
            assertThat(baghdad.target()).isEqualTo("KATAIB HEZBOLLAH");
            assertThat(baghdad.locationPrecision()).isEqualTo(LocationPrecision.CITY);
            Article article = store.article(store.sources(baghdad.id()).get(0).articleId());
            assertThat(article.url()).isEqualTo("https://news.example.org/2024/02/07/baghdad-strike");
            assertThat(article.title()).isEqualTo("GDELT 990000001");
            assertThat(article.text().split("\t", -1)).hasSize(61);
            Event erbil = byPlace(store, "Arbil, Arbil, Iraq");
            assertThat(erbil.type()).isEqualTo(EventType.DRONE_STRIKE);
            assertThat(erbil.locationPrecision()).isEqualTo(LocationPrecision.PROVINCE);
        }
    }

    @Test
    void geoJsonFeaturesImportAndBadFeaturesAreNamed() {
        try (EventStore store = EventStore.open(dir.resolve("j.db"))) {
            IngestReport report = importing(store, "other-tool.geojson");

            String file = FIXTURES.resolve("other-tool.geojson").toString();
            assertThat(problemLines(report)).containsExactly(
                    file + ":17: unknown event_type 'bombardment'",
                    file + ":22: geometry is not a Point [lon, lat]");
            Event jurf = byPlace(store, "Jurf al-Nasr");
            assertThat(jurf.lat()).isEqualTo(34.4537);
            assertThat(jurf.lon()).isEqualTo(40.9178);
            assertThat(jurf.confidence()).isEqualTo(0.8);
            assertThat(jurf.target()).isEqualTo("Kata'ib Hezbollah");
            assertThat(store.events()).hasSize(2).anySatisfy(e -> {
                assertThat(e.located()).isFalse();
                assertThat(e.date().format()).isEqualTo("2024-01");
            });
        }
    }

    @Test
    void kmlPlacemarksWithTimesImportAndBadPlacemarksAreNamed() {
        try (EventStore store = EventStore.open(dir.resolve("k.db"))) {
            IngestReport report = importing(store, "other-tool.kml");

            String file = FIXTURES.resolve("other-tool.kml").toString();
            assertThat(problemLines(report)).containsExactly(
                    file + ":23: placemark has no style naming its event type (styleUrl #airstrike ...)",
                    file + ":28: time is not a date: 'yesterday'");
            Event bukamal = byPlace(store, "Al-Bukamal");
            assertThat(bukamal.type()).isEqualTo(EventType.AIRSTRIKE);
            assertThat(bukamal.killed()).isEqualTo(5);
            assertThat(bukamal.injured()).isEqualTo(2);
            assertThat(bukamal.perpetrator()).isEqualTo("United States");
            assertThat(bukamal.lat()).isEqualTo(34.45);
            Event missile = store.events().stream().min(Comparator.comparing(e -> e.date().start())).orElseThrow();
            assertThat(missile.type()).isEqualTo(EventType.MISSILE_STRIKE);
            assertThat(missile.date().precision()).isEqualTo(DatePrecision.MONTH);
        }
    }

    @Test
    void aFileOfNoKnownFormatIsOneProblem() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "a,b,c\n1,2,3\n");
        try (EventStore store = EventStore.open(dir.resolve("o.db"))) {
            IngestReport report = ImportService.standard(store).importFiles(List.of(odd), null);
            assertThat(report.problems()).singleElement()
                    .satisfies(p -> assertThat(p.toString()).startsWith(odd + ": cannot tell"));
        }
    }
}
