package io.strikeline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    private static Predicted predicted(double lat, double confidence) {
        return new Predicted(EventType.AIRSTRIKE, EventDate.parse("2024-02-05"), "x", lat, 40.0, null, null, null, null,
                confidence);
    }

    @Test
    void binsCountTrueAndSpuriousEventsByConfidence() {
        GoldEvent gold = GoldFile.parse(List.of("file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed",
                "a.txt,airstrike,2024-02-05,x,34.0,40.0,,,"), "test").get(0);
        Map<String, List<Predicted>> predicted = Map.of("a.txt", List.of(predicted(34.0, 0.9), predicted(30.0, 0.3)),
                "b.txt", List.of(predicted(34.0, 0.85)));
        Reliability r = Scorer.reliability(Map.of("a.txt", List.of(gold)), predicted);
        assertThat(r.atLeast(0.8).events()).isEqualTo(2);
        assertThat(r.atLeast(0.8).correct()).isEqualTo(1);
        assertThat(r.bins().get(1).events()).isEqualTo(1);
        assertThat(r.bins().get(1).correct()).isZero();
        assertThat(r.table()).contains(">= 0.8");
    }

    @Test
    void matchedFlagsEachExtractedEventAsTheFiguresPairIt() {
        GoldEvent gold = GoldFile.parse(List.of("file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed",
                "a.txt,airstrike,2024-02-05,x,34.0,40.0,,,"), "test").get(0);
        Map<String, List<Predicted>> predicted = Map.of("a.txt",
                List.of(predicted(30.0, 0.3), predicted(34.0, 0.9), predicted(34.05, 0.9)), "b.txt",
                List.of(predicted(34.0, 0.85)));
        Map<String, boolean[]> matched = Scorer.matched(Map.of("a.txt", List.of(gold)), predicted);
        assertThat(matched.get("a.txt")).containsExactly(false, true, false);
        assertThat(matched.get("b.txt")).containsExactly(false);
    }
}
