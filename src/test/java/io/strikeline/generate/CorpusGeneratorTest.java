package io.strikeline.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.geo.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        List<Path> first = CorpusFiles.write(CorpusGenerator.generate(42, 800, 150).articles(), dir.resolve("a"), 10);
        List<Path> second = CorpusFiles.write(CorpusGenerator.generate(42, 800, 150).articles(), dir.resolve("b"), 10);
        assertThat(first).hasSize(15).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void differentSeedGivesDifferentText() {
        List<GeneratedArticle> a = CorpusGenerator.generate(1, 300, 80).articles();
        List<GeneratedArticle> b = CorpusGenerator.generate(2, 300, 80).articles();
        assertThat(a.stream().map(GeneratedArticle::text).toList())
                .doesNotContainAnyElementsOf(b.stream().map(GeneratedArticle::text).toList());
    }

    @Test
    void roundUpsReportEveryStrikeOneToThreeTimes() {
        Corpus corpus = CorpusGenerator.generate(5, 5000, 1000);
        assertThat(corpus.events()).hasSize(5000);
        assertThat(corpus.articles()).hasSize(1000);
        assertThat(corpus.articles().stream().map(GeneratedArticle::text).distinct()).hasSize(1000);
        Map<Integer, Integer> reports = new HashMap<>();
        corpus.articles().forEach(a -> a.eventIds().forEach(id -> reports.merge(id, 1, Integer::sum)));
        assertThat(reports).hasSize(5000);
        double mean = reports.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(mean).isBetween(1.6, 2.2);
        assertThat(reports.values()).allMatch(n -> n >= 1 && n <= 3);
        assertThat(corpus.articles().stream().filter(a -> a.eventIds().size() > 1).count()).isGreaterThan(900);
    }

    @Test
    void strikesWithNamedStrikersReportWhoStruckAndTheOthersMayNot() {
        Corpus corpus = CorpusGenerator.generate(4, 6000, 1200);
        String all = corpus.articles().stream().map(GeneratedArticle::text).collect(Collectors.joining("\n"));
        assertThat(all).contains("An airstrike hit", "Rockets hit", "Turkish jets", "Israeli warplanes");
        Prose prose = new Prose(new java.util.SplittableRandom(2));
        Scenario turkish = Scenarios.all().stream().filter(s -> s.name().equals("Turkish drone strikes")).findFirst()
                .orElseThrow();
        GeneratedEvent strike = new GeneratedEvent(1, turkish.type(), LocalDate.of(2021, 5, 2), turkish.sites().get(0),
                turkish.name(), turkish.targets().get(0), 0, 0);
        for (int i = 0; i < 200; i++) {
            assertThat(prose.report(strike, turkish, strike.date(), Outlet.ALL.get(0), true)).contains("Turkish");
        }
    }

    @Test
    void datesStayIn2014To2024AndArticlesFollowTheirStrikes() {
        for (int[] counts : new int[][] {{3000, 600}, {7, 50}}) {
            Corpus corpus = CorpusGenerator.generate(9, counts[0], counts[1]);
            Map<Integer, LocalDate> dates = corpus.events().stream()
                    .collect(Collectors.toMap(GeneratedEvent::id, GeneratedEvent::date));
            assertThat(dates.values()).allMatch(d -> d.getYear() >= 2014 && d.getYear() <= 2024);
            assertThat(corpus.articles()).hasSize(counts[1]).allSatisfy(a -> {
                assertThat(a.published().getYear()).isBetween(2014, 2024);
                assertThat(a.eventIds()).isNotEmpty().allMatch(id -> !dates.get(id).isAfter(a.published()));
            });
        }
    }

    @Test
    void mixesAllTypesPlacesAndOutlets() {
        Corpus corpus = CorpusGenerator.generate(3, 4000, 800);
        assertThat(corpus.events().stream().map(GeneratedEvent::type).collect(Collectors.toSet())).hasSize(6);
        assertThat(corpus.events().stream().map(e -> e.site().key()).distinct().count()).isGreaterThan(50);
        assertThat(corpus.articles().stream().map(GeneratedArticle::source).distinct().count()).isGreaterThan(10);
        String all = corpus.articles().stream().map(GeneratedArticle::text).collect(Collectors.joining("\n"));
        assertThat(all).contains("Ayn al-Asad", "Irbil", "Abu Kamal", "Deir al-Zour", "late Sunday",
                "no casualties were reported");
    }

    @Test
    void townsBeyondTheNamedSitesAreUnambiguousGazetteerTownsOfTheirCountry() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<Site> towns = Sites.gazetteerTowns(gazetteer, "SY");
        assertThat(towns).hasSizeGreaterThan(100).allSatisfy(t -> {
            assertThat(t.country()).isEqualTo("SY");
            assertThat(gazetteer.find(t.names().get(0))).hasSize(1);
            assertThat(t.regions()).last().isEqualTo("Syria");
        });
    }

    @Test
    void relativeDatesAreSaidFromThePublishedDay() {
        Prose prose = new Prose(new java.util.SplittableRandom(1));
        LocalDate published = LocalDate.of(2020, 1, 8); // a Wednesday
        assertThat(prose.when(LocalDate.of(2020, 1, 5), published, false)).containsAnyOf("Sunday", "January 5");
        assertThat(prose.when(LocalDate.of(2019, 12, 20), published, true)).isEqualTo("on 20 December 2019");
        assertThat(prose.when(LocalDate.of(2019, 12, 20), published, false)).isEqualTo("on December 20, 2019");
        assertThatThrownBy(() -> prose.when(published.plusDays(1), published, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
