package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates that date the telling, not the strike ({@link StatementDates}); every sentence is written for the test. */
class StatementDatesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    /** Whether the one date of the sentence dates its telling. */
    private static boolean datesTheTelling(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        DateExpr date = DateFinder.find(tokens, 0, tokens.size()).get(0);
        return StatementDates.datesTheTelling(tokens, 0, date, tokens.size());
    }

    @Test
    void aWeekdayRightAfterAVerbOfSpeakingDatesTheStatement() {
        assertThat(datesTheTelling("Officials said Wednesday that jets struck a depot.")).isTrue();
        assertThat(datesTheTelling("Jets struck a depot on Wednesday, officials said.")).isFalse();
    }

    @Test
    void aWeekdayEndingTheSourceOfAccordingToDatesTheSource() {
        assertThat(datesTheTelling("Jets struck a depot, according to the minister Saturday.")).isTrue();
    }

    @Test
    void theDateAfterAPlaceInCapitalsOpeningTheReportIsItsDateline() {
        assertThat(datesTheTelling("MOSUL, March 3 (Wire) - Jets struck a depot near the river.")).isTrue();
        assertThat(datesTheTelling("Mosul was quiet until March 3, when jets struck a depot.")).isFalse();
    }

    @Test
    void aFullDateStampedWithAClockTimeIsATimestamp() {
        assertThat(datesTheTelling("Posted March 3, 2024, 10:42 by the desk.")).isTrue();
    }

    @Test
    void theDatelineDatesTheReportNotTheStrike() {
        List<ExtractedEvent> found = events("BAGHDAD, Feb. 6 (Wire) -- A U.S. drone strike has destroyed a rocket launcher "
                + "near Jurf al-Sakhar.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02");
    }

    @Test
    void aWeekdayBetweenASpeakerAndItsVerbDatesTheStatement() {
        List<ExtractedEvent> found = events("The Iraqi foreign ministry on Tuesday condemned Turkish airstrikes on a camp "
                + "near Makhmour that wounded five people on Saturday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-03");
    }
}
