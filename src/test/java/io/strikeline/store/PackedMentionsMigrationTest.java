package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 5 packs each article's mentions into its row and field provenance into its sources' rows. */
class PackedMentionsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void anOlderFileReadsTheSameProvenanceBeforeAndAfterItsRowsArePacked() throws Exception {
        Path file = dir.resolve("sample.db");
        Files.copy(Path.of("src/test/resources/db/v3-sample.db"), file); // a real file with mention and evidence rows
        Map<String, Object> before;
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            before = provenance(store, file);
        }
        assertThat(before.toString()).contains("FieldEvidence[field=place"); // the sample has provenance to keep

        try (EventStore store = EventStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            Map<String, Object> after = provenance(store, file);
            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            before.forEach((what, read) -> assertThat(after.get(what)).as(what).isEqualTo(read));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('mentions', 'event_field_evidence',"
                    + " 'mention_places')").getInt(1)).isZero();
            assertThat(st.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void storedMentionsAreKeptOnceInTextOrderAndFieldsPointIntoThem() {
        Mention late = new Mention(MentionKind.PLACE, 30, 35, "Hit \"x\"", null);
        Mention early = new Mention(MentionKind.DATE, 3, 9, "Monday", "2021-03-01");
        Mention sameSpanOtherKind = new Mention(MentionKind.ACTOR, 3, 9, "Monday", "Monday group");
        String text = "At Monday, jets struck a depot; more follows here.";
        PackedMentions packed = PackedMentions.of(List.of(late, early, sameSpanOtherKind, late), text);

        PackedMentions read = PackedMentions.read(packed.json(), text);
        assertThat(read.mentions()).containsExactly(early, sameSpanOtherKind, late);
        List<FieldEvidence> fields = List.of(new FieldEvidence("place", late), new FieldEvidence("date", early));
        assertThat(read.fields(packed.fieldsJson(fields))).containsExactly(fields.get(1), fields.get(0));
        assertThat(read.fields("[]")).isEmpty();

        Mention elsewhere = new Mention(MentionKind.PLACE, 40, 45, "Mosul", "mosul");
        assertThatThrownBy(() -> packed.fieldsJson(List.of(new FieldEvidence("place", elsewhere))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read.fields("[[\"place\", 7]]")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> PackedMentions.read("{\"not\": \"an array\"}", text)).isInstanceOf(StoreException.class);
    }

    @Test
    void aSurfaceThatIsItsSpanOfTheTextIsNotStoredAndIsReadBackFromTheText() throws Exception {
        String text = "Rockets hit \u0627\u0644\u0642\u0627\u0626\u0645 on Friday.";
        Mention weapon = new Mention(MentionKind.WEAPON, 0, 7, "Rockets", "rocket");
        Mention place = new Mention(MentionKind.PLACE, 12, 18, text.substring(12, 18), "gn-qaim");
        Mention respelled = new Mention(MentionKind.DATE, 22, 28, "Friday 5", null);
        PackedMentions packed = PackedMentions.of(List.of(respelled, place, weapon), text);

        List<List<Object>> rows = List.of(Arrays.asList("weapon", 0, 7, "rocket"), Arrays.asList("place", 12, 18, "gn-qaim"),
                Arrays.asList("date", 22, 28, "Friday 5", null));
        assertThat(packed.json()).isEqualTo(new ObjectMapper().writeValueAsString(rows));
        assertThat(PackedMentions.read(packed.json(), text).mentions()).containsExactly(weapon, place, respelled);
        assertThatThrownBy(() -> PackedMentions.read(packed.json(), "Rockets hit")).isInstanceOf(StoreException.class)
                .hasMessageContaining("outside the article");
    }

    @Test
    void storedTextIsTheCompactJsonALibraryWritesForAwkwardStrings() throws Exception {
        Mention quoted = new Mention(MentionKind.ACTOR, 0, 12, "the \"group\" \\ co", null);
        Mention controls = new Mention(MentionKind.PLACE, 14, 20, "tab\there\nline\u0001", "al-qa'im");
        Mention arabic = new Mention(MentionKind.PLACE, 22, 30, "\u0627\u0644\u0642\u0627\u0626\u0645 / Qaim\u00e9", "qaim");
        PackedMentions packed = PackedMentions.of(List.of(arabic, controls, quoted), "");

        List<List<Object>> rows = new ArrayList<>();
        for (Mention m : List.of(quoted, controls, arabic)) {
            rows.add(Arrays.asList(m.kind().code(), m.start(), m.end(), m.text(), m.normalized()));
        }
        assertThat(packed.json()).isEqualTo(new ObjectMapper().writeValueAsString(rows));
        assertThat(PackedMentions.read(packed.json(), "").mentions()).containsExactly(quoted, controls, arabic);
        assertThat(packed.fieldsJson(List.of(new FieldEvidence("pla\"ce", controls)))).isEqualTo("[[\"pla\\\"ce\",1]]");
    }

    /** Every event's sources with their field provenance, and every article's mentions, as the store reads them. */
    private static Map<String, Object> provenance(EventStore store, Path file) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Event e : store.events()) {
            List<EventSource> sources = store.sources(e.id());
            result.put("event " + e.id(), sources);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            for (long id : ids) {
                result.put("article " + id, store.mentions(id));
            }
        }
        return result;
    }
}
