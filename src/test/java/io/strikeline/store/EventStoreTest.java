package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.strikeline.model.Article;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventSource;
import io.strikeline.model.EventType;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Origin;
import io.strikeline.model.Span;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileNeverTakesTheNameOfOneThatAppearedWhileItWasMade() throws Exception {
        Path theirs = dir.resolve("shared.db");
        Files.writeString(theirs, "another process's file, already written to");
        Path ours = dir.resolve(".shared.db.creating-1");
        Files.writeString(ours, "ours");

        assertThatThrownBy(() -> EventStore.takeName(ours, theirs)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(theirs)).isEqualTo("another process's file, already written to");

        Path free = dir.resolve("free.db");
        EventStore.takeName(ours, free);
        assertThat(Files.readString(free)).isEqualTo("ours");
    }

    @Test
    void newDatabaseIsAtLatestSchemaAndMarkedAsStrikeline() throws Exception {
        Path db = dir.resolve("new.db");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.APPLICATION_ID);
        }
    }

    @Test
    void closedDatabaseIsOneSelfContainedFile() {
        Path db = dir.resolve("one.db");
        try (EventStore store = EventStore.open(db)) {
            store.writer().insertEvent(event(LocalDate.of(2020, 1, 3), 33.26, 44.23));
        }
        assertThat(dir.resolve("one.db-wal")).doesNotExist();
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.eventCount()).isEqualTo(1);
        }
    }

    @Test
    void reopeningDoesNotMigrateAgain() {
        Path db = dir.resolve("again.db");
        EventStore.open(db).close();
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.eventCount()).isZero();
        }
    }

    @Test
    void foreignSqliteFileIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE customers (id INTEGER, name TEXT)");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> EventStore.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("foreign.db")
                .hasMessageContaining("not a Strikeline")
                .hasMessageContaining("customers");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void corruptFileIsRefusedWithItsName() throws Exception {
        Path db = dir.resolve("corrupt.db");
        Files.writeString(db, "this is a text file pretending to be a database");
        assertThatThrownBy(() -> EventStore.openReadOnly(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("corrupt.db")
                .hasMessageContaining("not an SQLite database");
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        Path db = dir.resolve("future.db");
        EventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> EventStore.open(db)).hasMessageContaining("newer Strikeline");
    }

    @Test
    void readOnlyStoreCannotWrite() {
        Path db = dir.resolve("ro.db");
        EventStore.open(db).close();
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThatThrownBy(() -> store.writer().insertEvent(event(LocalDate.of(2020, 1, 3), 1.0, 1.0)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void dateAndBoxQueriesUseTheirIndexes() {
        try (EventStore store = EventStore.open(dir.resolve("q.db"))) {
            long baghdad = store.writer().insertEvent(event(LocalDate.of(2020, 1, 3), 33.26, 44.23));
            long qaim = store.writer().insertEvent(event(LocalDate.of(2021, 6, 27), 34.37, 41.09));
            long monthLong = store.writer().insertEvent(new Event(0, EventType.ROCKET_ATTACK,
                    EventDate.month(java.time.YearMonth.of(2021, 6)), null, null, null, null, "IQ", null, null,
                    null, null, null, null, 0.4, Origin.EXTRACTED));

            assertThat(store.eventsBetween(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30)))
                    .extracting(Event::id).containsExactlyInAnyOrder(qaim, monthLong);
            assertThat(store.eventsBetween(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 6, 15)))
                    .extracting(Event::id).containsExactly(monthLong);
            assertThat(store.eventsInBox(33, 44, 34, 45)).extracting(Event::id).containsExactly(baghdad);
            assertThat(queryPlan(dir.resolve("q.db"), "SELECT id FROM events WHERE date_start <= '2021' AND date_end >= '2020'"))
                    .contains("events_by_date");
        }
    }

    @Test
    void updatingCoordinatesMovesTheEventInTheSpatialIndex() {
        try (EventStore store = EventStore.open(dir.resolve("move.db"))) {
            long id = store.writer().insertEvent(event(LocalDate.of(2020, 1, 3), 33.26, 44.23));
            Event moved = store.event(id);
            store.writer().updateEvent(new Event(id, moved.type(), moved.date(), "Erbil", 36.19, 44.01, LocationPrecision.CITY,
                    "IQ", moved.perpetrator(), moved.target(), moved.killed(), moved.killedMax(), moved.injured(),
                    moved.injuredMax(), moved.confidence(), Origin.EDITED));
            assertThat(store.eventsInBox(33, 44, 34, 45)).isEmpty();
            assertThat(store.eventsInBox(36, 43.5, 37, 44.5)).extracting(Event::place).containsExactly("Erbil");
            assertThat(store.event(id).origin()).isEqualTo(Origin.EDITED);
        }
    }

    @Test
    void sourcesKeepEvidenceAndFieldProvenance() {
        try (EventStore store = EventStore.open(dir.resolve("src.db"))) {
            String body = "On Friday a U.S. drone struck a convoy at Baghdad airport. More text.";
            Mention place = new Mention(MentionKind.PLACE, 42, 57, "Baghdad airport", "baghdad-airport");
            long[] ids = store.inTransaction(() -> {
                ChunkWriter chunk = store.chunkWriter();
                long article = chunk.addArticle(new Article(0, "Title", "AP", null, LocalDate.of(2020, 1, 8),
                        DateStatus.GIVEN, "given", body, "hash1", "a.txt"), PackedMentions.of(List.of(place, place), body));
                long event = chunk.addEvent(event(LocalDate.of(2020, 1, 3), 33.26, 44.23));
                chunk.addSource(new EventSource(event, article, new Span(0, 58), body.substring(0, 58), 2, null,
                        List.of(new FieldEvidence("place", place))));
                Mention unqueued = new Mention(MentionKind.PLACE, 0, 2, "On", null);
                assertThatThrownBy(() -> chunk.addSource(new EventSource(event, article, new Span(0, 58), "x", null, null,
                        List.of(new FieldEvidence("place", unqueued))))).isInstanceOf(IllegalArgumentException.class);
                assertThat(chunk.holds("hash1")).isTrue();
                assertThat(store.articleCount()).isZero(); // nothing is written before the flush
                chunk.flush();
                return new long[] {article, event};
            });
            long article = ids[0];
            long event = ids[1];

            List<EventSource> sources = store.sources(event);
            assertThat(sources).hasSize(1);
            assertThat(sources.get(0).evidence()).startsWith("On Friday");
            assertThat(sources.get(0).fields()).containsExactly(new FieldEvidence("place", place));
            assertThat(store.mentions(article)).containsExactly(place);
            assertThat(store.citations().get(event)).singleElement()
                    .satisfies(c -> assertThat(c.title()).isEqualTo("Title"));
            assertThat(store.eventIdsMatching("drone convoy")).containsExactly(event);
            assertThat(store.eventIdsMatching("bagh")).containsExactly(event);
            assertThat(store.eventIdsMatching("missile")).isEmpty();
        }
    }

    @Test
    void aChunkNumbersAfterStoredRowsAndWritesEachChangedEventOnce() {
        try (EventStore store = EventStore.open(dir.resolve("chunk.db"))) {
            long stored = store.writer().insertEvent(event(LocalDate.of(2020, 1, 3), 33.26, 44.23));
            long queued = store.inTransaction(() -> {
                ChunkWriter chunk = store.chunkWriter();
                long id = chunk.addEvent(event(LocalDate.of(2020, 2, 1), 33.26, 44.23));
                chunk.changeEvent(store.event(stored), moved(store.event(stored), stored, "Erbil", 36.19, 44.01));
                Event queuedEvent = moved(event(LocalDate.of(2020, 2, 1), 33.26, 44.23), id, "Mosul", 36.34, 43.13);
                chunk.changeEvent(queuedEvent, queuedEvent);
                chunk.flush();
                return id;
            });
            assertThat(queued).isEqualTo(stored + 1);
            assertThat(store.event(stored).place()).isEqualTo("Erbil");
            assertThat(store.event(queued).place()).isEqualTo("Mosul");
            assertThat(store.eventsInBox(36, 43, 37, 43.5)).extracting(Event::id).containsExactly(queued);
            assertThatThrownBy(() -> store.inTransaction(() -> {
                ChunkWriter chunk = store.chunkWriter();
                Event missing = moved(store.event(stored), 999, "Nowhere", 1.0, 1.0);
                chunk.changeEvent(missing, missing);
                chunk.flush();
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("no event with id 999");
            assertThatThrownBy(store::chunkWriter).hasMessageContaining("inside a transaction");
        }
    }

    @Test
    void aChangeKeepingDateAndPositionWritesItsFiguresAndAMoveEarlierInTheChunkStillLands() {
        try (EventStore store = EventStore.open(dir.resolve("figures.db"))) {
            long kept = store.writer().insertEvent(event(LocalDate.of(2020, 1, 3), 33.26, 44.23));
            long movedThenCounted = store.writer().insertEvent(event(LocalDate.of(2020, 1, 4), 33.26, 44.23));
            store.inTransaction(() -> {
                ChunkWriter chunk = store.chunkWriter();
                Event before = store.event(kept);
                chunk.changeEvent(before, counted(before, 7, 0.9));
                Event stored = store.event(movedThenCounted);
                Event moved = moved(stored, movedThenCounted, "Erbil", 36.19, 44.01);
                chunk.changeEvent(stored, moved);
                chunk.changeEvent(moved, counted(moved, 5, 0.95));
                chunk.flush();
                return null;
            });
            Event first = store.event(kept);
            assertThat(first.killedMax()).isEqualTo(7);
            assertThat(first.confidence()).isEqualTo(0.9);
            assertThat(first.lat()).isEqualTo(33.26);
            assertThat(store.eventsInBox(36, 44, 37, 44.5)).extracting(Event::id, Event::place, Event::killedMax)
                    .containsExactly(tuple(movedThenCounted, "Erbil", 5));
            assertThat(store.eventsInBox(33, 44, 34, 45)).extracting(Event::id).containsExactly(kept);
        }
    }

    @Test
    void plainWordsBecomePrefixQueriesAndFtsSyntaxPassesThrough() {
        assertThat(FullTextSearch.ftsQuery("Al-Qaim strike")).isEqualTo("\"Al\"* \"Qaim\"* \"strike\"*");
        assertThat(FullTextSearch.ftsQuery("\"air base\" OR airport")).isEqualTo("\"air base\" OR airport");
        assertThat(FullTextSearch.ftsQuery("  ")).isEmpty();
    }

    @Test
    void migrationScriptSplitsTriggersAsWholeStatements() {
        List<String> statements = Migrations.statements("CREATE TABLE t (a);\n-- note\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
                + "  DELETE FROM t;\n  INSERT INTO t VALUES (1);\nEND;\nCREATE INDEX i ON t (a);\n");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }

    private static Event event(LocalDate day, double lat, double lon) {
        return new Event(0, EventType.DRONE_STRIKE, EventDate.day(day), "Somewhere", lat, lon, LocationPrecision.SITE, "IQ",
                "United States", null, 2, 2, null, null, 0.8, Origin.EXTRACTED);
    }

    /** {@code e} under id {@code id}, moved to another place. */
    private static Event moved(Event e, long id, String place, double lat, double lon) {
        return new Event(id, e.type(), e.date(), place, lat, lon, LocationPrecision.CITY, "IQ", e.perpetrator(), e.target(),
                e.killed(), e.killedMax(), e.injured(), e.injuredMax(), e.confidence(), Origin.EDITED);
    }

    /** {@code e} with more killed reported and another confidence, in the same place on the same day. */
    private static Event counted(Event e, int killedMax, double confidence) {
        return new Event(e.id(), e.type(), e.date(), e.place(), e.lat(), e.lon(), e.locationPrecision(), e.country(),
                e.perpetrator(), e.target(), e.killed(), killedMax, e.injured(), e.injuredMax(), confidence, e.origin());
    }

    private static String queryPlan(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(4)).append('\n');
            }
            return plan.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
