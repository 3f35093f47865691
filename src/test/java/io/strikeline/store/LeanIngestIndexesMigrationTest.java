package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
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

/** Version 7 drops the unread status index and lets the full-text index merge its segments less eagerly. */
class LeanIngestIndexesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSixFileKeepsItsEventsAndSearchesWithoutTheStatusIndex() throws Exception {
        Path file = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v3-sample.db"), file); // a real file with events and articles
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 3, 6);
        }
        List<Event> before;
        List<Long> foundBefore;
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThat(store.schemaVersion()).isEqualTo(6);
            before = store.events();
            foundBefore = store.eventIdsMatching("strike").stream().sorted().toList();
        }
        assertThat(before).isNotEmpty();
        assertThat(foundBefore).isNotEmpty();

        try (EventStore store = EventStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.migrationBackup()).isEqualTo(dir.resolve("sample.v6-backup.db"));
            assertThat(store.events()).isEqualTo(before);
            assertThat(store.eventIdsMatching("strike").stream().sorted().toList()).isEqualTo(foundBefore);
            assertThat(store.eventsBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).hasSameSizeAs(before);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_status'").getInt(1)).isZero();
            try (ResultSet rs = st.executeQuery("SELECT v FROM articles_fts_config WHERE k = 'automerge'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(8);
            }
            assertThat(st.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
            st.executeUpdate("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
        }
    }
}
