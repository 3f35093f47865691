package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days given to strikes the text leaves undated ({@link UndatedStrikes}); every sentence is written for the test. */
class UndatedStrikesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aStrikeToldAtAnHourTakesTheDayItWasReportedOn() {
        List<ExtractedEvent> found = events("Rockets hit a base near Erbil at about 2 p.m. local time, state media reported "
                + "on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-05");
    }

    @Test
    void aStrikeToldAtAMorningHourWithNoDayTakesTheStorysDay() {
        List<ExtractedEvent> found = events("Rockets hit a base near Erbil at 9 a.m., officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-07");
    }

    @Test
    void aStrikeToldAtAnEveningHourWithNoDayMayBeTheNightBeforeAndTakesTheMonth() {
        List<ExtractedEvent> found = events("Rockets hit a base near Erbil at 10 p.m., officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02");
    }

    @Test
    void anUndatedStrikeToldAfterTheLeadTakesItsDay() {
        List<ExtractedEvent> found = events("Turkish jets bombed hideouts near Amedi on Monday. A Turkish drone also struck "
                + "a car near Sinjar, killing two fighters.");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(e -> e.date().format()).containsOnly("2024-02-05");
    }

    @Test
    void aStrikeWithNoDayInTheArticleGetsThePublishedMonthNotAMadeUpDay() {
        List<ExtractedEvent> found = events("A U.S. drone strike has destroyed a rocket launcher near Jurf al-Sakhar.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02");
    }

    @Test
    void aStrikeDatedOnlyInASentenceThatMakesNoReadingTakesThatDay() {
        List<ExtractedEvent> found = events("Guards fired rockets at camps of an exiled party near Koya. Yesterday, local "
                + "television said at least six died in what it called a rocket attack on the camps.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-06");
    }

    @Test
    void anOvernightStrikeWithNoDaySpansTheNightBeforeTheReport() {
        List<ExtractedEvent> found = events("Two militiamen died in an overnight air raid on a farm outside Albukamal, "
                + "a monitor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-06..2024-02-07");
    }

    @Test
    void anOvernightStrikeReportedOnADaySpansTheNightBeforeIt() {
        List<ExtractedEvent> found = events("Israeli missiles hit an arms depot near Homs overnight, killing three guards, "
                + "the Syrian army said on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-04..2024-02-05");
    }
}
