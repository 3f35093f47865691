package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation issue's acceptance: the two seed articles, ingested with their published dates. */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final Path IRAN_SEED = SEEDS.resolve("000_c15bedc5f9a67cb5.txt");
    private static final Path BORDER_SEED = SEEDS.resolve("003_e10c3287c1a65d1c.txt");

    @TempDir
    static Path dir;

    private static Path db;
    private static List<Event> events;

    @BeforeAll
    static void ingestSeeds() {
        db = dir.resolve("seeds.db");
        try (EventStore store = EventStore.open(db)) {
            IngestService service = IngestService.standard(store);
            service.ingest(List.of(IRAN_SEED), LocalDate.of(2020, 1, 8), IngestService.Progress.NONE);
            service.ingest(List.of(BORDER_SEED), LocalDate.of(2021, 7, 3), IngestService.Progress.NONE);
            events = store.events();
        }
    }

    private static Event only(Predicate<Event> which) {
        List<Event> found = events.stream().filter(which).toList();
        assertThat(found).as("events matching in %s", events).hasSize(1);
        return found.get(0);
    }

    private static Predicate<Event> on(EventType type, LocalDate day) {
        return e -> e.type() == type && e.date() != null && e.date().start().equals(day) && e.date().end().equals(day);
    }

    private static void near(Event e, double lat, double lon, double km) {
        assertThat(e.located()).as("%s located", e).isTrue();
        double dLat = Math.toRadians(e.lat() - lat);
        double dLon = Math.toRadians(e.lon() - lon) * Math.cos(Math.toRadians(lat));
        assertThat(6371 * Math.hypot(dLat, dLon)).as("km from the real place for %s", e).isLessThan(km);
    }

    @Test
    void iranianMissilesHitAinAlAsadAndErbilOnJanuary8() {
        List<Event> missiles = events.stream().filter(on(EventType.MISSILE_STRIKE, LocalDate.of(2020, 1, 8))).toList();
        assertThat(missiles).hasSize(2);
        assertThat(missiles).allSatisfy(e -> assertThat(e.perpetrator()).isEqualTo("Iran"));
        near(missiles.stream().filter(e -> e.place().contains("Asad")).findFirst().orElseThrow(), 33.80, 42.44, 15);
        near(missiles.stream().filter(e -> e.place().contains("Erbil")).findFirst().orElseThrow(), 36.19, 44.01, 30);
    }

    @Test
    void soleimaniStrikeIsOneEventWithBothSeedArticlesAsSources() {
        Event strike = only(on(EventType.DRONE_STRIKE, LocalDate.of(2020, 1, 3)));
        assertThat(strike.perpetrator()).isEqualTo("United States");
        near(strike, 33.26, 44.23, 15);
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.sources(strike.id())).extracting(s -> store.article(s.articleId()).sourcePath())
                    .anySatisfy(p -> assertThat(p).endsWith("000_c15bedc5f9a67cb5.txt"))
                    .anySatisfy(p -> assertThat(p).endsWith("003_e10c3287c1a65d1c.txt"));
        }
    }

    @Test
    void usAirstrikesOnTheIraqSyriaBorderOnJune27() {
        Event strike = only(on(EventType.AIRSTRIKE, LocalDate.of(2021, 6, 27)));
        assertThat(strike.perpetrator()).isEqualTo("United States");
        assertThat(strike.killed()).isEqualTo(4);
        near(strike, 34.4, 41.0, 150); // the border near Al-Qaim / Albu Kamal
    }

    @Test
    void rocketFireOnUsForcesInEasternSyriaTheDayAfter() {
        Event rockets = only(on(EventType.ROCKET_ATTACK, LocalDate.of(2021, 6, 28)));
        assertThat(rockets.country()).isEqualTo("SY");
        near(rockets, 35.0, 40.0, 250);
    }

    @Test
    void threatsAndGenericStatementsAreNotEvents() {
        assertThat(events).hasSize(5);
    }

    @Test
    void ingestingTheSeedsAgainChangesNothing() throws Exception {
        Path copy = dir.resolve("again.db");
        Files.copy(db, copy);
        IngestReport report;
        try (EventStore store = EventStore.open(copy)) {
            report = IngestService.standard(store).ingest(List.of(SEEDS), LocalDate.of(2020, 1, 8), IngestService.Progress.NONE);
            assertThat(store.events()).isEqualTo(events);
            assertThat(store.articleCount()).isEqualTo(2);
        }
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.articlesStored()).isZero();
    }
}
