package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edit, merge, split and history over one file, as the analyst types them; bad input is one line and changes nothing. */
class CurationCommandsTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void ingestSeeds() {
        db = dir.resolve("c.db");
        assertThat(Main.run("ingest", "--db", db.toString(), "--published", "2020-01-08",
                "../shared/seeds/000_c15bedc5f9a67cb5.txt")).isZero();
        assertThat(Main.run("ingest", "--db", db.toString(), "--published", "2021-07-13",
                "../shared/seeds/003_e10c3287c1a65d1c.txt")).isZero();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private List<Event> events() {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.events();
        }
    }

    private long idOf(EventType type) {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow().id();
        }
    }

    @Test
    void anEditShowsInTheHistoryAndTheExport() throws Exception {
        long airstrike = idOf(EventType.AIRSTRIKE);
        CommandRun edit = run("edit", "--db", db.toString(), "--event", Long.toString(airstrike), "--set", "killed=4-6",
                "--set", "tags=border, checked", "--note", "two outlets differ", "--status", "confirmed");
        assertThat(edit.code()).as(edit.err()).isZero();

        CommandRun history = run("history", "--db", db.toString(), "--event", Long.toString(airstrike));
        assertThat(history.out()).contains("killed_max: 4 -> 6", "status: unreviewed -> confirmed", "note: (none) -> two");

        Path out = dir.resolve("e.geojson");
        assertThat(run("export", "--db", db.toString(), "--format", "geojson", "--out", out.toString()).code()).isZero();
        JsonNode props = null;
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("features")) {
            if (f.at("/properties/id").asLong() == airstrike) {
                props = f.get("properties");
            }
        }
        assertThat(props).isNotNull();
        assertThat(props.get("status").asText()).isEqualTo("confirmed");
        assertThat(props.get("note").asText()).isEqualTo("two outlets differ");
        assertThat(props.get("tags").asText()).isEqualTo("border,checked");
        assertThat(props.get("origin").asText()).isEqualTo("edited");
        assertThat(props.get("edited_fields").asText()).isEqualTo("killed");
    }

    @Test
    void aRejectedEventLeavesTheExportUnlessAskedFor() throws Exception {
        long rocket = idOf(EventType.ROCKET_ATTACK);
        assertThat(run("edit", "--db", db.toString(), "--event", Long.toString(rocket), "--status", "rejected").code()).isZero();
        Path plain = dir.resolve("plain.csv");
        Path all = dir.resolve("all.csv");
        assertThat(run("export", "--db", db.toString(), "--format", "csv", "--out", plain.toString()).code()).isZero();
        assertThat(run("export", "--db", db.toString(), "--format", "csv", "--out", all.toString(), "--include-rejected")
                .code()).isZero();
        assertThat(Files.readAllLines(plain)).noneMatch(l -> l.startsWith(rocket + ","));
        assertThat(Files.readAllLines(all)).anyMatch(l -> l.startsWith(rocket + ",") && l.contains(",rejected,"));
    }

    @Test
    void badIdsFieldsAndValuesAreOneLineErrorsThatChangeNothing() throws Exception {
        List<Event> before = events();
        for (List<String> args : List.of(
                List.of("edit", "--db", db.toString(), "--event", "999", "--set", "killed=3"),
                List.of("edit", "--db", db.toString(), "--event", "1", "--set", "colour=red"),
                List.of("edit", "--db", db.toString(), "--event", "1", "--set", "date=2020-02-30"),
                List.of("edit", "--db", db.toString(), "--event", "1", "--set", "killed"),
                List.of("edit", "--db", db.toString(), "--event", "1", "--status", "maybe"),
                List.of("merge", "--db", db.toString(), "--into", "1", "1"),
                List.of("split", "--db", db.toString(), "--event", "1", "--article", "77"))) {
            CommandRun r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).doesNotContain("\tat ", "Exception");
        }
        assertThat(run("history", "--db", db.toString()).out()).isEmpty();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void mergeLeavesOneEventAndSplitMakesTwoAgain() {
        long drone = idOf(EventType.DRONE_STRIKE);
        long airstrike = idOf(EventType.AIRSTRIKE);
        assertThat(run("merge", "--db", db.toString(), "--into", Long.toString(drone), Long.toString(airstrike)).code())
                .isZero();
        long article;
        int count;
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.events()).extracting(Event::id).doesNotContain(airstrike);
            count = store.eventCount();
            article = store.sources(drone).stream()
                    .filter(s -> s.eventId() == airstrike).findFirst().orElseThrow().articleId();
        }
        CommandRun split = run("split", "--db", db.toString(), "--event", Long.toString(drone), "--article",
                Long.toString(article));
        assertThat(split.code()).as(split.err()).isZero();
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.eventCount()).isEqualTo(count + 1);
        }
    }
}
