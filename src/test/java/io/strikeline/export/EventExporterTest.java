package io.strikeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventExporterTest {

    private static final Event LOCATED = new Event(7, EventType.DRONE_STRIKE, EventDate.day(LocalDate.of(2020, 1, 3)),
            "Baghdad International Airport", 33.2625, 44.2346, LocationPrecision.SITE, "IQ", "United States",
            "Qassem Soleimani", 2, 2, null, null, 0.92, Origin.EXTRACTED);
    private static final Event MONTH_UNLOCATED = new Event(8, EventType.ROCKET_ATTACK, EventDate.month(YearMonth.of(2021, 6)),
            null, null, null, null, null, null, null, null, null, null, null, 0.3, Origin.EXTRACTED);
    private static final Map<Long, List<Citation>> CITATIONS = Map.of(7L, List.of(
            new Citation(7, 1, "Militia leader vows, \"revenge\"", "AP", LocalDate.of(2020, 1, 8),
                    "On Friday, a U.S. drone attacked."),
            new Citation(7, 2, "Second", null, null, "A U.S. drone killed Soleimani.")));

    @Test
    void geoJsonFeaturesFollowTheContract() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventExporter.writeGeoJson(List.of(LOCATED, MONTH_UNLOCATED), CITATIONS, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());

        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode located = root.get("features").get(0);
        assertThat(located.get("type").asText()).isEqualTo("Feature");
        assertThat(located.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(located.at("/geometry/coordinates/0").asDouble()).isEqualTo(44.2346); // [lon, lat]
        assertThat(located.at("/geometry/coordinates/1").asDouble()).isEqualTo(33.2625);
        JsonNode p = located.get("properties");
        List<String> names = new ArrayList<>();
        p.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(EventExporter.FIELDS);
        assertThat(p.get("id").asLong()).isEqualTo(7);
        assertThat(p.get("event_type").asText()).isEqualTo("drone_strike");
        assertThat(p.get("date").asText()).isEqualTo("2020-01-03");
        assertThat(p.get("date_precision").asText()).isEqualTo("day");
        assertThat(p.get("location_precision").asText()).isEqualTo("site");
        assertThat(p.get("killed").asInt()).isEqualTo(2);
        assertThat(p.get("injured").isNull()).isTrue();
        assertThat(p.get("evidence").asText()).isEqualTo("On Friday, a U.S. drone attacked.");
        assertThat(p.get("sources")).hasSize(2);
        assertThat(p.at("/sources/0/article_id").asLong()).isEqualTo(1);
        assertThat(p.at("/sources/0/published").asText()).isEqualTo("2020-01-08");
        assertThat(p.at("/sources/1/published").isNull()).isTrue();

        JsonNode unlocated = root.get("features").get(1);
        assertThat(unlocated.get("geometry").isNull()).isTrue();
        assertThat(unlocated.at("/properties/date").asText()).isEqualTo("2021-06");
        assertThat(unlocated.at("/properties/date_precision").asText()).isEqualTo("month");
        assertThat(unlocated.at("/properties/sources")).isEmpty();
    }

    @Test
    void csvHasTheSameFieldsOneRowPerEventWithQuoting() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventExporter.writeCsv(List.of(LOCATED, MONTH_UNLOCATED), CITATIONS, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", EventExporter.FIELDS));
        assertThat(lines[1]).startsWith("7,drone_strike,2020-01-03,day,Baghdad International Airport,site,IQ,United States,");
        assertThat(lines[1]).contains("\"On Friday, a U.S. drone attacked.\"");
        assertThat(lines[1]).contains("\\\"\"revenge\\\"\""); // JSON escaping inside CSV quoting
        assertThat(lines[2]).startsWith("8,rocket_attack,2021-06,month,,,,,,,,0.3,,[]");
    }
}
