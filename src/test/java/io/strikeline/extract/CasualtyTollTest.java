package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which killed figure belongs to a strike; every sentence here is written for the test. */
class CasualtyTollTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aShareOfTheDeadIsNotTheToll() {
        List<ExtractedEvent> found = events("A U.S. airstrike near al-Qaim on Monday killed 11 militia fighters. "
                + "Two of the group's commanders were among the dead, a local official said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(11);
    }

    @Test
    void aTollThatCountsGroundFightingIsNotTheStrikes() {
        List<ExtractedEvent> found = events("Some 40 people died on Monday in coalition airstrikes and clashes across "
                + "Anbar province. Coalition jets bombed militant hideouts near Haditha on Monday, killing nine militants.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(9);
    }

    @Test
    void theLowestOfTwoFiguresForOneStrikeIsKept() {
        List<ExtractedEvent> found = events("A U.S. drone strike hit a car in Baghdad on Monday, killing three people, "
                + "though militia sources said five people died.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(3);
    }
}
