package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 6 drops the R*Tree over positions for a B-tree index; "events in a box" answers as the R*Tree did. */
class PositionIndexMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionFiveFileFindsTheSameEventsInABoxWithoutItsRtree() throws Exception {
        Path file = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v3-sample.db"), file); // a real file with located events
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 3, 5);
        }
        double[][] boxes = {{29, 38, 38, 49}, {33, 44, 34, 45}, {36, 43, 37, 44.5}, {10, 10, 11, 11}};
        List<List<Long>> before;
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThat(store.schemaVersion()).isEqualTo(5);
            before = inBoxes(store, boxes);
        }
        assertThat(before.get(0)).isNotEmpty(); // the whole region holds the sample's located events

        try (EventStore store = EventStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.migrationBackup()).isEqualTo(dir.resolve("sample.v5-backup.db"));
            assertThat(inBoxes(store, boxes)).isEqualTo(before);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name LIKE 'events_rtree%'").getInt(1)).isZero();
            assertThat(st.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
        }
    }

    private static List<List<Long>> inBoxes(EventStore store, double[][] boxes) {
        return Arrays.stream(boxes)
                .map(b -> store.eventsInBox(b[0], b[1], b[2], b[3]).stream().map(Event::id).sorted().toList())
                .toList();
    }
}
