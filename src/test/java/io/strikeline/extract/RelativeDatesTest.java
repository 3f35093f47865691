package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.extract.DateExpr.Kind;
import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates told relative to another day ({@link RelativeDates}); every sentence here is written for the test. */
class RelativeDatesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    /** The relative date that opens at the first token of {@code words} in the phrase. */
    private static DateExpr read(String phrase, String words) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        int at = tokens.stream().filter(t -> t.raw().equals(words)).findFirst().orElseThrow().index();
        return RelativeDates.read(tokens, at, tokens.size());
    }

    @Test
    void daysAgoCountBackFromTheReport() {
        DateExpr d = read("The depot was hit two days ago.", "two");
        assertThat(d.kind()).isEqualTo(Kind.REL_DAYS);
        assertThat(d.offset()).isEqualTo(-2);
    }

    @Test
    void hoursLaterAreWholeDaysAfterTheStrikeToldBefore() {
        DateExpr d = read("A second raid came 48 hours later.", "48");
        assertThat(d.kind()).isEqualTo(Kind.AFTER_EVENT);
        assertThat(d.offset()).isEqualTo(2);
    }

    @Test
    void theNextDayOpensAtItsArticle() {
        DateExpr d = read("Rockets fell on the camp the next day.", "next");
        assertThat(d.kind()).isEqualTo(Kind.AFTER_EVENT);
        assertThat(d.offset()).isEqualTo(1);
        assertThat(d.fromTok()).isEqualTo(5);
    }

    @Test
    void lastWeekAndThisMonthNameTheirPeriods() {
        assertThat(read("Jets bombed the bridge last week.", "last").kind()).isEqualTo(Kind.LAST_WEEK);
        assertThat(read("Jets bombed the bridge this month.", "this").kind()).isEqualTo(Kind.THIS_MONTH);
    }

    @Test
    void aWordThatOpensNoRelativeDateReadsNone() {
        assertThat(read("Jets bombed the bridge near the town.", "the")).isNull();
        assertThat(read("Jets bombed the bridge near the town.", "Jets")).isNull();
    }

    @Test
    void aStrikeTheDaysAfterAnchorTellsOfHappenedThatManyDaysBefore() {
        List<ExtractedEvent> found = events("U.S. airstrikes hit militia depots near al-Qaim on Tuesday, three days after "
                + "drones attacked a base near Erbil.");
        assertThat(found).extracting(e -> (e.type() == EventType.AIRSTRIKE ? "air " : "drone ") + e.date().format())
                .containsExactlyInAnyOrder("air 2024-02-06", "drone 2024-02-03");
    }

    @Test
    void thePreviousDayCountsBackFromTheStrikeToldBefore() {
        List<ExtractedEvent> found = events("Turkish jets bombed hideouts in the Qandil mountains on Monday. "
                + "The previous day, a Turkish drone had struck a car near Sinjar.");
        assertThat(found).extracting(e -> e.date().format()).containsExactlyInAnyOrder("2024-02-05", "2024-02-04");
    }
}
