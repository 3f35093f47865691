package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which day or days a strike is dated to; every sentence here is written for the test. */
class DateResolutionTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aClockHourIsADigitThenAmOrPm() {
        assertThat(EasternTime.hasClockHour("the raid began at 4 p.m. ET on Friday")).isTrue();
        assertThat(EasternTime.hasClockHour("at 11:30pm EST")).isTrue();
        assertThat(EasternTime.hasClockHour("shortly after 9  AM")).isTrue();
        assertThat(EasternTime.hasClockHour("a pm of the group bought 4 apples at 5 o'clock")).isFalse();
    }

    @Test
    void strikesLateOneDayIntoTheNextSpanBothDays() {
        List<ExtractedEvent> found = events("Coalition jets bombed a convoy near Haditha late Monday into early Tuesday, "
                + "officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-05..2024-02-06");
    }

    @Test
    void twoWeekdaysJoinedByAndSpanBothDays() {
        List<ExtractedEvent> found = events("U.S. warplanes struck militant positions near Raqqa on Sunday and Monday, "
                + "the command said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-04..2024-02-05");
    }

    @Test
    void weekdaysFarApartAreNotOneSpan() {
        List<ExtractedEvent> found = events("U.S. warplanes struck militant positions near Raqqa on Monday and Friday "
                + "jets returned to the area.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-05");
    }

    @Test
    void aWashingtonStoryOfANightStrikeSpansItsDayAndTheLocalDayItAlsoGives() {
        List<ExtractedEvent> found = events("WASHINGTON, Feb. 6 (Wire) -- American aircraft bombed depots of a militia in "
                + "Iraq on Tuesday, the Pentagon said. The command said the depots were hit at 1:40 a.m. Wednesday Iraq "
                + "time.");
        assertThat(found).isNotEmpty();
        assertThat(found).extracting(e -> e.date().format()).containsOnly("2024-02-06..2024-02-07");
    }

    @Test
    void aStoryFromTheRegionKeepsItsOwnDayBesideALocalClock() {
        List<ExtractedEvent> found = events("BAGHDAD (Wire) -- American aircraft bombed depots of a militia near al-Qaim "
                + "on Tuesday. A second raid followed at 1:40 a.m. Wednesday Iraq time.");
        assertThat(found).extracting(e -> e.date().format()).contains("2024-02-06");
    }

    @Test
    void todayInAStoryDatelinedBeforePublicationIsTheDatelinesDay() {
        List<ExtractedEvent> found = events("ERBIL, Feb. 4 (Wire) - A Turkish drone hit a pickup truck near Sinjar today, "
                + "killing two fighters, local officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-04");
    }

    @Test
    void aWeekdayStillCountsFromThePublishedDate() {
        List<ExtractedEvent> found = events("ERBIL, Feb. 6 (Wire) - A Turkish drone hit a pickup truck near Sinjar on "
                + "Tuesday, killing two fighters, local officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-06");
    }

    @Test
    void aDayEarlierWithNoStrikeBeforeCountsFromTheDayOfTheStatement() {
        List<ExtractedEvent> found = events("Artillery shelled two villages near the border a day earlier, wounding a "
                + "farmer, the mayor of Sidakan said on Tuesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-05");
    }

    @Test
    void aPossessiveWeekdayDatesTheStrikesItsNounNames() {
        List<ExtractedEvent> found = events("Iraqi officials said on Tuesday that Sunday's American airstrikes near Al-Qaim "
                + "had killed nine fighters.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-04");
    }

    @Test
    void anEasternTimeOnTheUsDayBeforeTheLocalDaySpansBoth() {
        List<ExtractedEvent> found = events("Iranian missiles hit Ain al-Asad air base early on Monday local time. "
                + "The Pentagon said Iran launched the missiles at about 6:15 p.m. EST on February 4.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-04..2024-02-05");
    }
}
