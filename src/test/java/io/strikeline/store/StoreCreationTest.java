package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new database appears under its name only when complete; what a killed creation left is cleared. */
class StoreCreationTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsCompleteUnderItsNameAndLeftoversOfAKilledCreationGo() throws Exception {
        Path db = dir.resolve("new.db");
        Path leftover = dir.resolve(".new.db.creating-999999999"); // no such process
        Files.writeString(leftover, "half made");
        Files.writeString(dir.resolve(".new.db.creating-999999999-journal"), "its journal");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(3);
        }
        assertThat(Files.size(db)).isPositive();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("new.db");
        }
    }
}
