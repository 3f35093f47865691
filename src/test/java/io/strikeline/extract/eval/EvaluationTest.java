package io.strikeline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static GoldEvent gold(String file, EventType type, String date, double lat, double lon, String perp,
            Integer killed, boolean main) {
        return new GoldEvent(file, type, EventDate.parse(date), "gold place", lat, lon, perp, "Target Group", killed, null,
                main, null);
    }

    private static Predicted found(EventType type, String date, Double lat, Double lon, String perp, Integer killed) {
        return new Predicted(type, EventDate.parse(date), "found place", lat, lon, perp, "target group", killed, null);
    }

    @Test
    void countsMainEventsRecallPrecisionAndFieldMeasures() {
        Map<String, List<GoldEvent>> gold = Map.of(
                "one.txt", List.of(
                        gold("one.txt", EventType.AIRSTRIKE, "2022-03-04", 34.0, 41.0, "Turkey", 3, true),
                        gold("one.txt", EventType.ROCKET_ATTACK, "2022-03-01", 36.0, 44.0, null, null, false)),
                "two.txt", List.of(gold("two.txt", EventType.DRONE_ATTACK, "2022-05-06", 33.3, 44.4, null, 0, true)));
        Map<String, List<Predicted>> predicted = Map.of(
                "one.txt", List.of(found(EventType.DRONE_STRIKE, "2022-03-05", 34.05, 41.05, "Turkey", 3)),
                "two.txt", List.of(found(EventType.DRONE_ATTACK, "2022-05-06", 33.31, 44.41, null, 2)),
                "quiet.txt", List.of(found(EventType.MISSILE_STRIKE, "2022-06-01", 30.0, 35.0, "Israel", null)));

        Evaluation e = Scorer.evaluate(Set.of("one.txt", "two.txt", "quiet.txt", "empty.txt"), gold, predicted);

        assertThat(e.articles()).isEqualTo(4);
        assertThat(e.quietArticles()).isEqualTo(new Measure("articles without gold left empty", 1, 2));
        assertThat(e.mainFound().hits()).isEqualTo(2);
        assertThat(e.mainFound().total()).isEqualTo(2);
        assertThat(e.recall().hits()).isEqualTo(2);
        assertThat(e.recall().total()).isEqualTo(3);
        assertThat(e.precision().hits()).isEqualTo(2);
        assertThat(e.precision().total()).isEqualTo(3);
        assertThat(e.exactDay().hits()).isEqualTo(1);
        assertThat(e.exactDay().total()).isEqualTo(2);
        assertThat(e.killedRight().hits()).isEqualTo(1);
        assertThat(e.killedRight().total()).isEqualTo(2);
        assertThat(e.placeWithin25Km().hits()).isEqualTo(2);
        assertThat(e.perpetratorRight().hits()).isEqualTo(1);
        assertThat(e.targetRight().hits()).as("target names compare folded").isEqualTo(2);
        assertThat(e.typeRight().hits()).isEqualTo(1);

        Map<EvalError.Kind, List<EvalError>> byKind = e.errorsByKind();
        assertThat(byKind.get(EvalError.Kind.SPURIOUS)).singleElement()
                .satisfies(err -> assertThat(err.file()).isEqualTo("quiet.txt"));
        assertThat(byKind.get(EvalError.Kind.MISSED)).singleElement()
                .satisfies(err -> assertThat(err.expected()).startsWith("rocket_attack 2022-03-01"));
        assertThat(byKind.get(EvalError.Kind.WRONG_DATE)).singleElement().satisfies(err -> {
            assertThat(err.file()).isEqualTo("one.txt");
            assertThat(err.expected()).contains("2022-03-04");
            assertThat(err.extracted()).contains("2022-03-05");
        });
        assertThat(byKind.get(EvalError.Kind.WRONG_KILLED)).singleElement()
                .satisfies(err -> assertThat(err.extracted()).contains("killed 2"));
        assertThat(byKind.get(EvalError.Kind.WRONG_TYPE)).singleElement()
                .satisfies(err -> assertThat(err.extracted()).startsWith("drone_strike"));
        assertThat(byKind.get(EvalError.Kind.WRONG_PLACE)).isEmpty();
        assertThat(e.summary()).contains("main event of the article found", "2/2", "missed event 1", "spurious event 1");
        assertThat(e.errorList()).contains("wrong date (1)", "one.txt", "expected:", "extracted:");
    }

    @Test
    void aFarOffExtractionOfTheSameDayIsReportedAsWrongPlaceAndStillCountsAsMissed() {
        Map<String, List<GoldEvent>> gold = Map.of("far.txt",
                List.of(gold("far.txt", EventType.AIRSTRIKE, "2019-09-10", 34.45, 40.92, "Israel", null, true)));
        Map<String, List<Predicted>> predicted = Map.of("far.txt",
                List.of(found(EventType.AIRSTRIKE, "2019-09-10", 33.51, 36.29, "Israel", null)));

        Evaluation e = Scorer.evaluate(Set.of("far.txt"), gold, predicted);

        assertThat(e.recall().hits()).isZero();
        assertThat(e.precision().hits()).isZero();
        assertThat(e.mainFound().hits()).isZero();
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.kind()).isEqualTo(EvalError.Kind.WRONG_PLACE);
            assertThat(err.expected()).contains("counted as missed");
            assertThat(err.extracted()).contains("km off");
        });
    }

    @Test
    void anUnlocatedExtractionMatchedByDateIsAWrongPlace() {
        Map<String, List<GoldEvent>> gold = Map.of("u.txt",
                List.of(gold("u.txt", EventType.ROCKET_ATTACK, "2020-02-02", 33.3, 44.4, null, null, true)));
        Map<String, List<Predicted>> predicted = Map.of("u.txt",
                List.of(found(EventType.ROCKET_ATTACK, "2020-02-02", null, null, null, null)));

        Evaluation e = Scorer.evaluate(Set.of("u.txt"), gold, predicted);

        assertThat(e.recall().hits()).isEqualTo(1);
        assertThat(e.placeWithin25Km()).isEqualTo(new Measure("place within 25 km", 0, 1));
        assertThat(e.errorsByKind().get(EvalError.Kind.WRONG_PLACE)).hasSize(1);
    }

    @Test
    void optionalGoldColumnsAreReadAndOldFilesStillParse() {
        List<GoldEvent> g = GoldFile.parse(List.of(
                "file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed,injured,main,notes",
                "x.txt,artillery,2021-07-08,Somewhere,36.1,43.2,Turkey,,2,5,1,\"shelling, two villages\"",
                "x.txt,artillery,2021-07-07,Elsewhere,36.2,43.3,Turkey,,,,0,"), "test");
        assertThat(g).hasSize(2);
        assertThat(g.get(0).injured()).isEqualTo(5);
        assertThat(g.get(0).main()).isTrue();
        assertThat(g.get(0).notes()).isEqualTo("shelling, two villages");
        assertThat(g.get(1).main()).isFalse();
        assertThat(g.get(1).injured()).isNull();

        List<GoldEvent> old = GoldFile.parse(List.of("file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed",
                "y.txt,airstrike,2021,Town,35,40,,,"), "old");
        assertThat(old).singleElement().satisfies(e -> {
            assertThat(e.main()).isFalse();
            assertThat(e.injured()).isNull();
        });

        assertThatThrownBy(() -> GoldFile.parse(List.of("file,event_type,event_date,place_name,lat,lon,perpetrator,target,"
                + "killed,main", "z.txt,airstrike,2021,Town,35,40,,,,maybe"), "bad")).hasMessageContaining("bad line 2");
    }

    @Test
    void reportListGivesTheFilesOfEachSplit() {
        ReportList list = ReportList.parse(List.of("id,file,url,split", "1,001_a.txt,http://example.org/a,tune",
                "2,002_b.txt,\"http://example.org/b,c\",holdout", "3,003_c.txt,,tune"), "reports");
        assertThat(list.files("tune")).containsExactly("001_a.txt", "003_c.txt");
        assertThat(list.files("holdout")).containsExactly("002_b.txt");
        assertThat(list.splits()).containsExactly("holdout", "tune");
        assertThatThrownBy(() -> ReportList.parse(List.of("file,split", "a.txt,tune", "a.txt,holdout"), "dup"))
                .hasMessageContaining("listed twice");
    }
}
