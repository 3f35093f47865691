package io.strikeline.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import io.strikeline.model.ReviewStatus;
import io.strikeline.store.EventStore;
import io.strikeline.store.OutlineColumnReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog of outline columns is the catalog of the whole events: same order, same columns, same outline fields. */
class OutlineCatalogTest {

    @TempDir
    Path dir;

    @Test
    void outlineCatalogMatchesTheWholeEventsCatalogIndexByIndex() throws Exception {
        Path db = dir.resolve("catalog.db");
        Random random = new Random(17);
        try (EventStore store = EventStore.open(db)) {
            for (int i = 0; i < 300; i++) {
                // a few days shared by many events, some undated, some unlocated, some without figures
                LocalDate day = LocalDate.of(1969, 11, 1).plusDays(random.nextInt(90));
                EventDate date = random.nextInt(9) == 0 ? null : EventDate.day(day);
                boolean located = random.nextInt(6) != 0;
                store.writer().insertEvent(new Event(0, EventType.values()[random.nextInt(7)], date, "place " + i,
                        located ? 30 + random.nextDouble() : null, located ? 40 + random.nextDouble() : null, null, null, null,
                        null, random.nextInt(3) == 0 ? null : random.nextInt(50), null, random.nextBoolean() ? null : 2, null,
                        0.5, Origin.EXTRACTED));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET status = 'rejected' WHERE id % 5 = 0");
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            EventCatalog whole = EventCatalog.of(store.eventsUnordered(2));
            EventCatalog outlines = EventCatalog.ofOutlines(OutlineColumnReader.read(store, 2));
            assertThat(outlines.size()).isEqualTo(whole.size());
            for (int i = 0; i < whole.size(); i++) {
                Event w = whole.get(i);
                Event o = outlines.get(i);
                assertThat(o.id()).isEqualTo(w.id());
                assertThat(outlines.indexOf(w.id())).isEqualTo(i);
                assertThat(o.date()).isEqualTo(w.date());
                assertThat(o.type()).isEqualTo(w.type());
                assertThat(o.killed()).isEqualTo(w.killed());
                assertThat(o.injured()).isEqualTo(w.injured());
                assertThat(o.rejected()).isEqualTo(w.rejected()).isEqualTo(w.id() % 5 == 0);
                assertThat(o.curation().status()).isEqualTo(w.rejected() ? ReviewStatus.REJECTED : ReviewStatus.UNREVIEWED);
                assertThat(o.place()).isNull();
                assertThat(outlines.startMillis(i)).isEqualTo(whole.startMillis(i));
                assertThat(outlines.endMillis(i)).isEqualTo(whole.endMillis(i));
                assertThat(outlines.precisionOrdinal(i)).isEqualTo(whole.precisionOrdinal(i));
                assertThat(outlines.typeOrdinal(i)).isEqualTo(whole.typeOrdinal(i));
                assertThat(outlines.casualties(i)).isEqualTo(whole.casualties(i));
                assertThat(outlines.rejected(i)).isEqualTo(whole.rejected(i));
                assertThat(Double.isNaN(outlines.lat(i))).isEqualTo(Double.isNaN(whole.lat(i)));
                assertThat(outlines.longestSpanMillis()).isEqualTo(whole.longestSpanMillis());
            }
            assertThat(outlines.indexOf(-5)).isEqualTo(-1);
        }
    }
}
