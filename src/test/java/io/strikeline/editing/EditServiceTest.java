package io.strikeline.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.ingest.IngestService;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import io.strikeline.model.Span;
import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's changes on the seed articles, through the real ingest pipeline. */
class EditServiceTest {

    private static final Path SEEDS = Path.of("src/test/resources/articles/seeds");

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void ingestSeeds() {
        db = dir.resolve("work.db");
        ingestSeedsAgain();
    }

    /** Each seed with the day it was published, as the analyst would ingest them. */
    private void ingestSeedsAgain(Path... alsoPublishedOnJanuary8) {
        ingest(LocalDate.of(2020, 1, 8), SEEDS.resolve("000_c15bedc5f9a67cb5.txt"));
        ingest(LocalDate.of(2021, 7, 13), SEEDS.resolve("003_e10c3287c1a65d1c.txt"));
        if (alsoPublishedOnJanuary8.length > 0) {
            ingest(LocalDate.of(2020, 1, 8), alsoPublishedOnJanuary8);
        }
    }

    private void ingest(LocalDate published, Path... paths) {
        try (EventStore store = EventStore.open(db)) {
            IngestService.standard(store).ingest(List.of(paths), published, IngestService.Progress.NONE);
        }
    }

    private void ingest(Path... paths) {
        ingest(LocalDate.of(2021, 7, 13), paths);
    }

    private static Event near(EventStore store, double lat, double lon) {
        return store.events().stream()
                .filter(e -> e.located() && Math.abs(e.lat() - lat) < 0.3 && Math.abs(e.lon() - lon) < 0.3)
                .findFirst().orElseThrow();
    }

    private static Event ofType(EventStore store, EventType type) {
        return store.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anEditedDateSurvivesReingestAndIsInTheHistory() throws Exception {
        long erbil;
        try (EventStore store = EventStore.open(db)) {
            erbil = near(store, 36.19, 44.01).id();
            EditResult result = EditService.standard(store).edit(erbil,
                    Map.of(EditableField.DATE, "2020-01-09", EditableField.NOTE, "local date checked"));
            assertThat(result.primary().date().format()).isEqualTo("2020-01-09");
            assertThat(result.primary().origin()).isEqualTo(Origin.EDITED);
            assertThat(result.primary().curation().editedFields()).containsExactly("date");
        }
        // the same reports again, and one reworded copy that is a new article about the same strikes
        Path copy = dir.resolve("copy.txt");
        Files.writeString(copy, Files.readString(SEEDS.resolve("000_c15bedc5f9a67cb5.txt")) + "\nUpdated at 10:00 GMT.\n");
        ingestSeedsAgain(copy);
        try (EventStore store = EventStore.open(db)) {
            Event e = store.event(erbil);
            assertThat(e.date().format()).isEqualTo("2020-01-09");
            assertThat(e.curation().note()).isEqualTo("local date checked");
            List<String> lines = EditService.standard(store).history(erbil).stream().map(HistoryLines::format).toList();
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("date_start: 2020-01-08 -> 2020-01-09"));
            assertThat(store.read(() -> store.changes().disagreements())).isEmpty();
        }
    }

    @Test
    void aRejectedEventStaysRejectedWhenNewReportsOfItArrive() throws Exception {
        long rocket;
        int before;
        try (EventStore store = EventStore.open(db)) {
            before = store.eventCount();
            rocket = ofType(store, EventType.ROCKET_ATTACK).id();
            EditService.standard(store).setStatus(rocket, ReviewStatus.REJECTED);
        }
        Path copy = dir.resolve("copy.txt");
        Files.writeString(copy, Files.readString(SEEDS.resolve("003_e10c3287c1a65d1c.txt")) + "\nThis story was updated.\n");
        ingest(copy);
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.eventCount()).isEqualTo(before);
            assertThat(store.event(rocket).curation().status()).isEqualTo(ReviewStatus.REJECTED);
            assertThat(store.sources(rocket)).hasSizeGreaterThan(1);
        }
    }

    @Test
    void mergeKeepsEverySourceAndUndoAndRedoRestoreEachState() {
        try (EventStore store = EventStore.open(db)) {
            EditService editing = EditService.standard(store);
            Event asad = near(store, 33.79, 42.44);
            Event erbil = near(store, 36.19, 44.01);
            int events = store.eventCount();
            int sources = store.sources(asad.id()).size() + store.sources(erbil.id()).size();

            EditResult merged = editing.merge(asad.id(), List.of(erbil.id()));
            assertThat(merged.gone()).containsExactly(erbil.id());
            assertThat(store.eventCount()).isEqualTo(events - 1);
            assertThat(store.sources(asad.id())).hasSize(sources);
            assertThat(store.citations().get(asad.id())).isNotEmpty();

            editing.undo();
            assertThat(store.eventCount()).isEqualTo(events);
            assertThat(store.event(erbil.id())).isEqualTo(erbil);
            assertThat(store.event(asad.id())).isEqualTo(asad);

            editing.redo();
            assertThat(store.eventCount()).isEqualTo(events - 1);
            assertThat(store.read(() -> store.changes().disagreements())).isEmpty();
            assertThatThrownBy(() -> editing.edit(erbil.id(), Map.of(EditableField.KILLED, "3")))
                    .isInstanceOf(EditException.class).hasMessageContaining("merged into event " + asad.id());
        }
    }

    @Test
    void splitMovesOneArticleIntoANewEventAndUndoPutsItBack() {
        try (EventStore store = EventStore.open(db)) {
            EditService editing = EditService.standard(store);
            Event airport = store.events().stream().filter(e -> store.sources(e.id()).size() == 2).findFirst().orElseThrow();
            EventSource secondSource = store.sources(airport.id()).get(1);
            long second = secondSource.articleId();
            assertThat(secondSource.fields()).isNotEmpty();

            EditResult split = editing.split(airport.id(), second);
            Event created = split.primary();
            assertThat(created.id()).isNotEqualTo(airport.id());
            // the field provenance goes with the sentence it was read from
            assertThat(store.sources(created.id())).singleElement().satisfies(s -> {
                assertThat(s.articleId()).isEqualTo(second);
                assertThat(s.fields()).isEqualTo(secondSource.fields());
            });
            assertThat(store.sources(airport.id())).extracting(s -> s.articleId()).doesNotContain(second);

            editing.undo();
            assertThat(store.sources(airport.id())).contains(secondSource);
            assertThat(store.events()).extracting(Event::id).doesNotContain(created.id());
            assertThatThrownBy(() -> editing.split(airport.id(), 999)).isInstanceOf(EditException.class);
            assertThat(store.read(() -> store.changes().disagreements())).isEmpty();
        }
    }

    @Test
    void aNewEventFromASentenceIsPrefilledByTheExtractorAndCitesIt() throws Exception {
        Path mine = dir.resolve("mine.txt");
        Files.writeString(mine, "title: Test report\npublished: 2022-03-14\n\nNothing happened on Monday. "
                + "A US drone strike hit a car near Al-Qaim on Sunday, killing two men. The rest is background.\n");
        ingest(mine);
        try (EventStore store = EventStore.open(db)) {
            EditService editing = EditService.standard(store);
            long article = store.articleCount();
            String text = store.article(article).text();
            int from = text.indexOf("A US drone");
            Span sentence = new Span(from, text.indexOf('.', from) + 1);

            Map<EditableField, String> proposed = editing.proposeFromSentence(article, sentence);
            assertThat(proposed).containsEntry(EditableField.EVENT_TYPE, "drone_strike").containsEntry(EditableField.KILLED, "2");
            Event created = editing.create(proposed, article, sentence).primary();
            assertThat(created.origin()).isEqualTo(Origin.MANUAL);
            assertThat(created.date().format()).isEqualTo("2022-03-13");
            assertThat(store.sources(created.id())).singleElement()
                    .satisfies(s -> assertThat(s.evidence()).startsWith("A US drone strike"));
        }
    }

    @Test
    void badIdsFieldsAndValuesAreOneLineErrorsThatChangeNothing() {
        try (EventStore store = EventStore.open(db)) {
            EditService editing = EditService.standard(store);
            long id = store.events().get(0).id();
            assertThatThrownBy(() -> editing.edit(id, Map.of(EditableField.DATE, "2020-13-45")))
                    .isInstanceOf(EditException.class).hasMessageStartingWith("date:");
            assertThatThrownBy(() -> editing.edit(id, Map.of(EditableField.KILLED, "many")))
                    .isInstanceOf(EditException.class).hasMessageStartingWith("killed:");
            assertThatThrownBy(() -> editing.edit(id, Map.of(EditableField.PLACE, "Atlantis")))
                    .hasMessageContaining("not in the gazetteer");
            assertThatThrownBy(() -> editing.edit(id, Map.of(EditableField.LAT, "95")))
                    .hasMessageStartingWith("lat:");
            assertThatThrownBy(() -> editing.edit(424242, Map.of(EditableField.NOTE, "x")))
                    .hasMessageContaining("no event 424242");
            assertThatThrownBy(() -> EditableField.fromName("colour")).hasMessageContaining("unknown field 'colour'");
            assertThat(editing.history()).isEmpty();
            assertThat(editing.canUndo()).isFalse();
        }
    }

    @Test
    void aPlaceFromTheGazetteerSetsPointCountryAndPrecisionAndARangeOfFiguresIsKept() {
        try (EventStore store = EventStore.open(db)) {
            long id = store.events().get(0).id();
            Event e = EditService.standard(store).edit(id, Map.of(EditableField.PLACE, "Al-Qaim",
                    EditableField.KILLED, "10-15", EditableField.DATE, "2020-01-08..2020-01-10")).primary();
            assertThat(e.place()).isEqualTo("Al-Qaim");
            assertThat(e.lat()).isBetween(34.0, 34.6);
            assertThat(e.country()).isEqualTo("IQ");
            assertThat(e.killed()).isEqualTo(10);
            assertThat(e.killedMax()).isEqualTo(15);
            assertThat(e.date().format()).isEqualTo("2020-01-08..2020-01-10");
            assertThat(e.curation().editedFields()).containsExactlyInAnyOrder("place", "killed", "date");
        }
    }

    @Test
    void theEditLogIsAppendOnly() throws Exception {
        try (EventStore store = EventStore.open(db)) {
            EditService.standard(store).setStatus(store.events().get(0).id(), ReviewStatus.CONFIRMED);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE edit_log SET new_value = 'x'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM edit_log")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aVersionOneFileIsUpgradedWithACopyOfItKeptBesideIt() throws Exception {
        Path v1 = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v1-sample.db"), v1); // a real file written by schema 1
        int events;
        try (EventStore old = EventStore.openReadOnly(v1)) {
            assertThat(old.schemaVersion()).isEqualTo(1);
            events = old.eventCount();
            assertThat(old.events()).allSatisfy(e -> assertThat(e.curation().status()).isEqualTo(ReviewStatus.UNREVIEWED));
        }
        try (EventStore upgraded = EventStore.open(v1)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(8);
            assertThat(upgraded.eventCount()).isEqualTo(events);
            assertThat(upgraded.migrationBackup()).isEqualTo(dir.resolve("sample.v1-backup.db"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sample.v1-backup.db"));
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
