package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlines the viewer draws first, read into columns: every live event once, each field as the whole event has it. */
class OutlineColumnReadTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("outlines.db");
        try (EventStore store = EventStore.open(db)) {
            store.writer().insertEvent(new Event(0, EventType.MISSILE_STRIKE, EventDate.day(LocalDate.of(2020, 2, 29)), "A depot",
                    34.5, 43.1234567, LocationPrecision.SITE, "IQ", "Unknown", "a depot", 2, 4, 6, null, 0.625,
                    Origin.EXTRACTED));
            store.writer().insertEvent(new Event(0, EventType.ARTILLERY, new EventDate(LocalDate.of(1965, 3, 1),
                    LocalDate.of(1965, 3, 31), DatePrecision.MONTH), null, -33.75, -70.5, null, null, null, null, null,
                    null, null, null, 0.2, Origin.MANUAL));
            store.writer().insertEvent(new Event(0, EventType.OTHER, null, "Somewhere", null, null, null, "SY", null, null, 0,
                    null, null, null, 1.0, Origin.IMPORTED));
            store.writer().insertEvent(new Event(0, EventType.DRONE_ATTACK, EventDate.year(2018), "A town", 36.2, 37.1,
                    LocationPrecision.CITY, "SY", null, null, null, null, 3, 3, 0.4, Origin.EDITED));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET status = 'disputed' WHERE event_type = 'other'");
            // merged away: not an event of its own, so not an outline
            st.executeUpdate("UPDATE events SET merged_into = (SELECT min(id) FROM events) WHERE event_type = 'drone_attack'");
        }
    }

    @Test
    void eachLiveEventComesOnceWithTheFieldsOfTheWholeEvent() {
        try (EventStore store = EventStore.openReadOnly(db)) {
            Map<Long, Event> whole = new HashMap<>();
            store.events().forEach(e -> whole.put(e.id(), e));
            for (int connections = 1; connections <= 2; connections++) {
                OutlineColumns outlines = OutlineColumnReader.read(store, connections);
                assertThat(outlines.size()).isEqualTo(3);
                for (int row = 0; row < outlines.size(); row++) {
                    Event e = whole.remove(outlines.id(row));
                    assertThat(e).as("outline %d is a live event read once", outlines.id(row)).isNotNull();
                    assertSameOutline(outlines, row, e);
                }
                assertThat(whole).isEmpty();
                store.events().forEach(e -> whole.put(e.id(), e));
            }
        }
    }

    @Test
    void idsFarApartAndCodesInAnotherCaseAreRead() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET id = 9000001 WHERE event_type = 'artillery'");
            st.executeUpdate("PRAGMA ignore_check_constraints = ON");
            st.executeUpdate("UPDATE events SET event_type = 'Missile_Strike ', status = 'CONFIRMED', id = 40000"
                    + " WHERE event_type = 'missile_strike'");
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            OutlineColumns outlines = OutlineColumnReader.read(store, 2);
            Map<Long, Integer> rows = new HashMap<>();
            for (int row = 0; row < outlines.size(); row++) {
                rows.put(outlines.id(row), row);
            }
            assertThat(rows.keySet()).containsExactlyInAnyOrder(40000L, 9000001L, 3L);
            assertThat(outlines.type(rows.get(40000L))).isEqualTo((byte) EventType.MISSILE_STRIKE.ordinal());
            assertThat(outlines.status(rows.get(40000L))).isEqualTo((byte) ReviewStatus.CONFIRMED.ordinal());
            assertThat(outlines.startDay(rows.get(9000001L))).isEqualTo((int) LocalDate.of(1965, 3, 1).toEpochDay());
        }
    }

    @Test
    void aCodeNoConstantHasFailsTheReadNamingTheEvent() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA ignore_check_constraints = ON");
            st.executeUpdate("UPDATE events SET origin = 'guessed' WHERE event_type = 'artillery'");
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThatThrownBy(() -> OutlineColumnReader.read(store, 2)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Origin code that is not known");
        }
    }

    private static void assertSameOutline(OutlineColumns outlines, int row, Event e) {
        assertThat(outlines.type(row)).isEqualTo((byte) e.type().ordinal());
        if (e.date() == null) {
            assertThat(outlines.precision(row)).isEqualTo(OutlineColumns.UNDATED);
        } else {
            assertThat(outlines.precision(row)).isEqualTo((byte) e.date().precision().ordinal());
            assertThat(outlines.startDay(row)).isEqualTo((int) e.date().start().toEpochDay());
            assertThat(outlines.endDay(row)).isEqualTo((int) e.date().end().toEpochDay());
        }
        if (e.located()) {
            assertThat(outlines.lat(row)).isCloseTo(e.lat(), offset(1e-7));
            assertThat(outlines.lon(row)).isCloseTo(e.lon(), offset(1e-7));
        } else {
            assertThat(outlines.lat(row)).isNaN();
            assertThat(outlines.lon(row)).isNaN();
        }
        assertThat(outlines.killed(row)).isEqualTo(e.killed() == null ? OutlineColumns.NOT_GIVEN : e.killed());
        assertThat(outlines.injured(row)).isEqualTo(e.injured() == null ? OutlineColumns.NOT_GIVEN : e.injured());
        assertThat(outlines.confidence(row)).isCloseTo(e.confidence(), offset(1e-6));
        assertThat(outlines.origin(row)).isEqualTo((byte) e.origin().ordinal());
        assertThat(outlines.status(row)).isEqualTo((byte) e.curation().status().ordinal());
    }
}
