package io.strikeline.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.editing.EditableField;
import io.strikeline.ingest.IngestService;
import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the viewer may edit a file, and what it does when it may not. */
class ViewerSessionTest {

    @TempDir
    Path dir;

    private Path copyOfSample(String name) throws Exception {
        Path db = dir.resolve(name);
        Files.copy(Path.of("data", "sample.db"), db);
        return db;
    }

    @Test
    void aSecondViewerOnTheSameFileOpensItReadOnlyUntilTheFirstCloses() throws Exception {
        Path db = copyOfSample("shared.db");
        try (ViewerSession first = ViewerSession.open(db, false)) {
            assertThat(first.readOnlyReason()).isNull();
            try (ViewerSession second = ViewerSession.open(db, false)) {
                assertThat(second.readOnlyReason()).contains("Another Strikeline window");
                assertThatThrownBy(() -> second.edit(1, Map.of(EditableField.NOTE, "x"))).hasMessageContaining("read-only");
            }
            first.edit(first.events().get(0).id(), Map.of(EditableField.NOTE, "only the first one writes"));
        }
        try (ViewerSession again = ViewerSession.open(db, false)) {
            assertThat(again.readOnlyReason()).isNull();
            assertThat(again.events().get(0).curation().note()).isEqualTo("only the first one writes");
        }
    }

    @Test
    void theSampleAReadOnlyFileAndANewerSchemaOpenReadOnlyWithTheReason() throws Exception {
        try (ViewerSession sample = ViewerSession.open(copyOfSample("sample.db"), true)) {
            assertThat(sample.readOnlyReason()).contains("bundled sample");
        }
        Path locked = copyOfSample("locked.db");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        if (!Files.isWritable(locked)) { // root may write anyway; then there is nothing to test here
            try (ViewerSession readOnly = ViewerSession.open(locked, false)) {
                assertThat(readOnly.readOnlyReason()).contains("read-only");
                assertThat(readOnly.events()).isNotEmpty();
            }
        }
        Path newer = copyOfSample("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 99");
        }
        try (ViewerSession future = ViewerSession.open(newer, false)) {
            assertThat(future.readOnlyReason()).contains("newer Strikeline");
            assertThat(future.events()).isNotEmpty();
        }
    }

    @Test
    void aCancelledIngestLeavesTheFileAsItWas() throws Exception {
        Path db = copyOfSample("ingest.db");
        Path articles = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(articles.resolve("a" + i + ".txt"), "title: Report " + i + "\npublished: 2022-04-0" + (i + 1)
                    + "\n\nA US drone strike hit a depot near Al-Qaim on Sunday, killing " + (i + 2) + " fighters.\n");
        }
        try (ViewerSession session = ViewerSession.open(db, false)) {
            int before = session.events().size();
            assertThatThrownBy(() -> session.ingest(List.of(articles), new IngestService.Progress() {
                @Override
                public void update(int done, int total) {
                    // nothing to show
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            })).isInstanceOf(IngestService.CancelledException.class);
            assertThat(session.reloadEvents()).hasSize(before);
            var report = session.ingest(List.of(articles), IngestService.Progress.NONE);
            assertThat(report.newEventIds()).isNotEmpty();
            assertThat(session.events()).hasSize(before + report.newEventIds().size());
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.articleCount()).isEqualTo(7);
        }
    }
}
