package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 4 rebuilds the events table to allow origin 'imported'; a real version 3 file keeps every row. */
class ImportedOriginMigrationTest {

    private static final String[] TABLES = {"events", "events_rtree", "event_sources", "event_field_evidence", "mentions",
        "articles", "edit_log", "scenes", "gazetteer"};

    @TempDir
    Path dir;

    @Test
    void aVersionThreeFileKeepsEveryRowIndexAndTriggerAndAcceptsImportedEvents() throws Exception {
        Path file = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v3-sample.db"), file); // a real file written by schema 3
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(3);
            // every column of events carries a value somewhere, so a column moved by the rebuild would show
            st.executeUpdate("UPDATE events SET note = 'seen, \"twice\"', tags = 'a,b', status = 'confirmed',"
                    + " edited_fields = 'killed', origin = 'edited' WHERE id = (SELECT min(id) FROM events)");
            st.executeUpdate("UPDATE events SET merged_into = (SELECT min(id) FROM events), withdrawn = 1"
                    + " WHERE id = (SELECT max(id) FROM events)");
        }
        List<List<String>> before = dump(file);
        List<String> objects = schemaObjectsOfEvents(file);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 3, 4); // version 5 packs mentions: its own test follows this one's rows
        }
        assertThat(dump(file)).isEqualTo(before);
        assertThat(schemaObjectsOfEvents(file)).isEqualTo(objects);

        try (EventStore store = EventStore.open(file)) {
            assertThat(store.migrationBackup()).isEqualTo(dir.resolve("sample.v4-backup.db"));
            long id = store.writer().insertEvent(new Event(0, EventType.AIRSTRIKE, EventDate.day(LocalDate.of(2024, 2, 2)),
                    "Al-Qaim", 34.37, 41.09, LocationPrecision.CITY, "IQ", "United States", null, 3, 3, null, null, 0.8,
                    Origin.IMPORTED));
            assertThat(store.event(id).origin()).isEqualTo(Origin.IMPORTED);
            assertThat(store.eventsInBox(34, 41, 35, 42)).extracting(Event::id).contains(id); // found by position
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
            assertThat(st.executeQuery("PRAGMA foreign_key_check").next()).isFalse();
        }
    }

    /** Every row of every table, as text, in key order. */
    private static List<List<String>> dump(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> header = new ArrayList<>(List.of(table));
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        header.add(meta.getColumnName(i));
                    }
                    rows.add(header);
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> schemaObjectsOfEvents(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name = 'events'"
                        + " ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
