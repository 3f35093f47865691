package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlet read from an article's own lines; every text here was written for this test. */
class OutletFinderTest {

    private static final String LEDE = "A drone struck a vehicle near the town of Hit on Tuesday, killing two men, local "
            + "officials said.";

    @Test
    void aWireCreditInTheDatelineNamesTheAgency() {
        assertThat(OutletFinder.find("BAGHDAD (AP) \u2014 " + LEDE)).isEqualTo("Associated Press");
        assertThat(OutletFinder.find("ERBIL, Iraq (Reuters) - " + LEDE)).isEqualTo("Reuters");
        assertThat(OutletFinder.find("DEIR EZ-ZOR, Syria (AFP) \u2013 " + LEDE)).isEqualTo("Agence France-Presse");
    }

    @Test
    void aBylineGivesTheOutletAfterTheWriter() {
        assertThat(OutletFinder.find("By Dana Karim, Associated Press\n\n" + LEDE)).isEqualTo("Associated Press");
        assertThat(OutletFinder.find("By DANA KARIM | The Associated Press\n\n" + LEDE)).isEqualTo("Associated Press");
        assertThat(OutletFinder.find("By Sam Rowe, Military Times\n\n" + LEDE)).isEqualTo("Military Times");
    }

    @Test
    void anOutletsNameAloneOnAnOpeningLineIsTheOutlet() {
        assertThat(OutletFinder.find("The Hill\n\n" + LEDE)).isEqualTo("The Hill");
        assertThat(OutletFinder.find("Photo: a burned car\nAl-Monitor\n\n" + LEDE)).isEqualTo("Al-Monitor");
        assertThat(OutletFinder.find("NORTHLINE WIRE\n\n" + LEDE)).isEqualTo("NORTHLINE WIRE");
    }

    @Test
    void aMereMentionOfAnOutletIsNotItsSource() {
        assertThat(OutletFinder.find(LEDE + " The commander told The Associated Press that more would follow.")).isNull();
        assertThat(OutletFinder.find(LEDE + "\n\nHe would not meet the president, according to the AP.")).isNull();
        assertThat(OutletFinder.find(LEDE + "\n\nBy the end of the day, 12 people had been taken to hospital.")).isNull();
        assertThat(OutletFinder.find("")).isNull();
    }

    @Test
    void aPlainTextArticleWithoutASourceHeaderGetsTheOutletFromItsLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hit.txt");
        Files.writeString(file, "Drone strike near Hit kills two\n\nHIT, Iraq (Reuters) - " + LEDE + "\n");
        ArticleReader.Result read = ArticleReader.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("Reuters"));

        Path headed = dir.resolve("headed.txt");
        Files.writeString(headed, "source: Northline Wire\nDrone strike near Hit kills two\n\nHIT, Iraq (Reuters) - " + LEDE);
        assertThat(ArticleReader.read(headed).articles()).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("Northline Wire"));
    }
}
