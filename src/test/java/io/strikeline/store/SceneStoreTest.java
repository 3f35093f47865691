package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.model.Scene;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneStoreTest {

    @TempDir
    Path dir;

    static Scene everyFieldSet(String name) {
        Scene.Filter filter = new Scene.Filter(Set.of("airstrike", "missile_strike"), Set.of("Iran", "United States"),
                Set.of("IQ"), Set.of("day"), "militia leader", new Scene.Extent(33.0, 42.0, 37.0, 45.5), 0.4, true);
        return new Scene(0, 0, name, "Iran strikes back", "Missiles on two bases, 8 January 2020",
                new Scene.Extent(32.5, 41.25, 37.125, 46.0),
                new Scene.Period(Instant.parse("2020-01-07T00:00:00Z"), Instant.parse("2020-01-09T12:30:00Z")),
                new Scene.Period(Instant.parse("2019-12-01T00:00:00Z"), Instant.parse("2020-02-01T00:00:00Z")),
                filter, "BY_PERPETRATOR", 2L);
    }

    @Test
    void aSavedSceneComesBackWithEveryField() {
        Path db = dir.resolve("s.db");
        Scene saved;
        try (EventStore store = EventStore.open(db)) {
            saved = new SceneStore(store).save(everyFieldSet("retaliation"));
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            Scene back = new SceneStore(store).byName("retaliation").orElseThrow();
            assertThat(back).isEqualTo(saved);
            assertThat(back).usingRecursiveComparison().ignoringFields("id").isEqualTo(everyFieldSet("retaliation"));
        }
    }

    @Test
    void aSceneWithNothingPinnedComesBackOpen() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            SceneStore scenes = new SceneStore(store);
            scenes.save(new Scene(0, 0, "all", null, null, null, null, null, null, null, null));
            Scene back = scenes.byName("all").orElseThrow();
            assertThat(back.map()).isNull();
            assertThat(back.window()).isNull();
            assertThat(back.filter()).isEqualTo(Scene.Filter.NONE);
            assertThat(back.selectedEventId()).isNull();
        }
    }

    @Test
    void scenesAreOrderedRenamedReplacedAndDeleted() {
        try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
            SceneStore scenes = new SceneStore(store);
            scenes.save(everyFieldSet("a"));
            scenes.save(everyFieldSet("b"));
            scenes.save(everyFieldSet("c"));
            scenes.reorder(List.of("c", "a"));
            assertThat(scenes.list()).extracting(Scene::name).containsExactly("c", "a", "b");
            scenes.save(new Scene(0, 0, "a", "new title", null, null, null, null, null, null, null));
            assertThat(scenes.list()).extracting(Scene::name).containsExactly("c", "a", "b");
            assertThat(scenes.byName("a").orElseThrow().title()).isEqualTo("new title");
            scenes.rename("b", "bee");
            assertThatThrownBy(() -> scenes.rename("bee", "c")).isInstanceOf(StoreException.class);
            assertThat(scenes.delete("c")).isTrue();
            assertThat(scenes.delete("c")).isFalse();
            assertThat(scenes.list()).extracting(Scene::name).containsExactly("a", "bee");
        }
    }

    @Test
    void olderFilesOpenedReadOnlyHaveNoScenesAndRefuseToSave() throws Exception {
        Path v1 = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v1-sample.db"), v1);
        try (EventStore store = EventStore.openReadOnly(v1)) {
            assertThat(store.schemaVersion()).isEqualTo(1);
            assertThat(new SceneStore(store).list()).isEmpty();
            assertThatThrownBy(() -> new SceneStore(store).save(everyFieldSet("x"))).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aVersionTwoFileIsBackedUpAsVersionTwoBeforeGainingScenes() throws Exception {
        Path v2 = dir.resolve("work.db");
        Files.copy(Path.of("src/test/resources/db/v1-sample.db"), v2);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v2); Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(script("V2__curation.sql"))) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("PRAGMA user_version = 2");
        }
        try (EventStore store = EventStore.openReadOnly(v2)) {
            assertThat(new SceneStore(store).list()).isEmpty();
        }
        try (EventStore store = EventStore.open(v2)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.migrationBackup()).isEqualTo(dir.resolve("work.v2-backup.db"));
            new SceneStore(store).save(everyFieldSet("kept"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("work.v2-backup.db"));
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    private static String script(String name) throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
