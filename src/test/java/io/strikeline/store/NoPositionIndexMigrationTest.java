package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 8 drops the position index, which only a box query no view calls read; the box query scans instead. */
class NoPositionIndexMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSevenFileKeepsItsEventsAndFindsTheSameOnesInABox() throws Exception {
        Path file = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v3-sample.db"), file); // a real file with located events
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 3, 7);
        }
        List<Event> before;
        List<Long> inBoxBefore;
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThat(store.schemaVersion()).isEqualTo(7);
            before = store.events();
            inBoxBefore = store.eventsInBox(29, 38, 38, 49).stream().map(Event::id).sorted().toList();
        }
        assertThat(inBoxBefore).isNotEmpty();

        try (EventStore store = EventStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.migrationBackup()).isEqualTo(dir.resolve("sample.v7-backup.db"));
            assertThat(store.events()).isEqualTo(before);
            assertThat(store.eventsInBox(29, 38, 38, 49).stream().map(Event::id).sorted().toList()).isEqualTo(inBoxBefore);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_position'").getInt(1))
                    .isZero();
            assertThat(st.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
        }
    }
}
