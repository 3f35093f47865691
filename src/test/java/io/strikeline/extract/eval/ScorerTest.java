package io.strikeline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static GoldEvent gold(EventType type, String date, double lat, double lon, String perp) {
        return new GoldEvent("a.txt", type, EventDate.parse(date), "x", lat, lon, perp, null, null);
    }

    private static Predicted predicted(EventType type, String date, double lat, double lon, String perp) {
        return new Predicted(type, EventDate.parse(date), "y", lat, lon, perp);
    }

    @Test
    void matchesByTypeClassAndPlaceAndReportsEachFigure() {
        Map<String, List<GoldEvent>> gold = Map.of("a.txt", List.of(
                gold(EventType.AIRSTRIKE, "2024-02-02", 34.39, 40.99, "United States"),
                gold(EventType.ROCKET_ATTACK, "2024-02-03", 36.19, 44.01, null)));
        Map<String, List<Predicted>> found = Map.of("a.txt", List.of(
                predicted(EventType.DRONE_STRIKE, "2024-02-02", 34.45, 40.92, "United States"),
                predicted(EventType.MISSILE_STRIKE, "2024-02-03", 36.19, 44.01, null)),
                "b.txt", List.of(predicted(EventType.ARTILLERY, "2024-02-03", 35.0, 36.0, null)));

        Score s = Scorer.score(gold, found);

        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(2);
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.dateAccuracy()).isEqualTo(1.0);
        assertThat(s.medianLocationErrorKm()).isBetween(8.0, 12.0);
        assertThat(s.shareWithin25Km()).isEqualTo(1.0);
        assertThat(s.perpetratorAccuracy()).isEqualTo(1.0);
    }

    @Test
    void placesFartherThan25KmDoNotMatch() {
        Score s = Scorer.score(Map.of("a.txt", List.of(gold(EventType.AIRSTRIKE, "2024-02-02", 34.39, 40.99, null))),
                Map.of("a.txt", List.of(predicted(EventType.AIRSTRIKE, "2024-02-02", 35.33, 40.14, null))));
        assertThat(s.truePositives()).isZero();
    }

    @Test
    void goldCsvWithQuotesParses() {
        List<GoldEvent> g = GoldFile.parse(List.of(
                "file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed",
                "a.txt,airstrike,2021-06,\"Iraq-Syria border, near al-Qaim\",34.4,40.95,United States,,4"), "test");
        assertThat(g).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("Iraq-Syria border, near al-Qaim");
            assertThat(e.date().format()).isEqualTo("2021-06");
            assertThat(e.target()).isNull();
            assertThat(e.killed()).isEqualTo(4);
        });
    }
}
