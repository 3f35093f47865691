package io.strikeline.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.extract.StrikeMatcher;
import io.strikeline.geo.Gazetteer;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** At the density of a million-strike corpus, strikes ingest could take for one another are drawn apart. */
class StrikePlacementTest {

    /** More than the 2014-2024 calendar takes unstretched: the densest a corpus gets. */
    private static final int DENSE = 400_000;
    private static List<StrikePlacement.Placed> placed;

    @BeforeAll
    static void placeADenseCorpus() {
        placed = CorpusGenerator.placements(8, DENSE);
    }

    @Test
    void aDenseCorpusBeginsBefore2014AndEndsIn2024() {
        assertThat(placed).hasSize(DENSE);
        assertThat(placed.stream().map(StrikePlacement.Placed::date).min(LocalDate::compareTo).orElseThrow())
                .isBefore(CorpusGenerator.FIRST_DAY);
        assertThat(placed).allMatch(p -> p.date().getYear() <= 2024);
        assertThat(placed.stream().filter(StrikePlacement.Placed::unnamed).count()).isBetween(DENSE / 5L, DENSE * 3L / 5);
    }

    @Test
    void noTwoStrikesIngestCouldTakeForOneFallWithinADayAndFiftyKilometres() {
        List<Scenario> scenarios = Scenarios.all();
        Map<LocalDate, List<StrikePlacement.Placed>> byDay = placed.stream()
                .collect(Collectors.groupingBy(StrikePlacement.Placed::date));
        List<String> tooClose = new ArrayList<>();
        // one busy year, where most scenarios overlap, keeps the pairwise look short
        for (StrikePlacement.Placed p : placed.stream().filter(p -> p.date().getYear() == 2019).toList()) {
            for (int d = 0; d <= 1; d++) {
                for (StrikePlacement.Placed o : byDay.getOrDefault(p.date().plusDays(d), List.of())) {
                    Scenario a = scenarios.get(p.scenario());
                    Scenario b = scenarios.get(o.scenario());
                    boolean sameKind = a.type() == b.type() || aerial(a.type()) && aerial(b.type());
                    boolean strikersAgree = a.side().equals(b.side()) || p.unnamed() || o.unnamed();
                    // a degree of latitude is 111 km: farther apart than that in latitude is far enough
                    boolean near = Math.abs(p.site().lat() - o.site().lat()) < 1
                            && Gazetteer.distanceKm(p.site().lat(), p.site().lon(), o.site().lat(), o.site().lon())
                            <= StrikeMatcher.SAME_PLACE_KM;
                    if (p != o && sameKind && strikersAgree && near) {
                        tooClose.add(a.name() + " at " + p.site().key() + " " + p.date() + " / " + b.name() + " at "
                                + o.site().key() + " " + o.date());
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
    }

    /**
     * Two reports of each strike of a few dense days, each its own article, through the real extractor and the real
     * merge rule (each report joins the first stored strike it matches, as ingest does): almost every strike must
     * come out as an event of its own. Reports read wrongly (a place the extractor does not find or reads a province
     * wide, a named striker it misses, a shelling it takes for rockets) may still merge: the scale check asks for 90%
     * of a million strikes, so this allows a little under a tenth (about 6% merge here).
     */
    @Test
    void reportsOfADenseCorpusMergeIntoTheirOwnStrikes() {
        LocalDate from = LocalDate.of(2020, 3, 1);
        List<StrikePlacement.Placed> window = placed.stream()
                .filter(p -> !p.date().isBefore(from) && p.date().isBefore(from.plusDays(4))).toList();
        assertThat(window).hasSizeGreaterThan(200);
        Extractor extractor = RuleBasedExtractor.standard();
        Prose prose = new Prose(new SplittableRandom(3));
        List<Event> stored = new ArrayList<>();
        List<Integer> strikeOf = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        for (int copy = 0; copy < 2; copy++) {
            for (int i = 0; i < window.size(); i++) {
                StrikePlacement.Placed p = window.get(i);
                Scenario scenario = Scenarios.all().get(p.scenario());
                String target = scenario.targets().stream().filter(t -> !t.equals("-")).findFirst().orElseThrow();
                GeneratedEvent strike = new GeneratedEvent(i, scenario.type(), p.date(), p.site(), scenario.name(),
                        p.site().kind() == Site.Kind.BASE ? "-" : target, 0, 0);
                LocalDate published = p.date().plusDays(1);
                String text = prose.report(strike, scenario, published, Outlet.ALL.get(copy), !p.unnamed());
                for (ExtractedEvent found : extractor.extract(new ArticleText("Report", text, published)).events()) {
                    reported.add(i);
                    if (stored.stream().noneMatch(e -> StrikeMatcher.sameStrike(found, e))) {
                        stored.add(new Event(stored.size() + 1, found.type(), found.date(), found.place(), found.lat(),
                                found.lon(), found.locationPrecision(), found.country(), found.perpetrator(), found.target(),
                                found.killed(), found.killed(), found.injured(), found.injured(), found.confidence(),
                                Origin.EXTRACTED));
                        strikeOf.add(i);
                    }
                }
            }
        }
        Set<Integer> ownEvent = new HashSet<>(strikeOf);
        double lost = 1 - (double) ownEvent.size() / reported.size();
        assertThat(reported.size()).isGreaterThan(window.size() * 9 / 10);
        assertThat(lost).as("share of strikes merged into others").isLessThan(0.08);
    }

    private static boolean aerial(EventType type) {
        return type == EventType.AIRSTRIKE || type == EventType.DRONE_STRIKE;
    }
}
