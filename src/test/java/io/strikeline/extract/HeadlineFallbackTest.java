package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.FieldEvidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story whose sentences tell no strike is read again with its headline when the headline tells one; every headline and
 * sentence here is written for the test.
 */
class HeadlineFallbackTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 3);

    private static List<ExtractedEvent> events(String title, String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText(title, text, PUBLISHED)).events();
    }

    @Test
    void aHeadlineVerbTellsTheStrikeAndTheStoryGivesItsDay() {
        String text = "The airport was closed after the incident on Friday, officials said.";
        List<ExtractedEvent> found = events("Israel hits Damascus airport", text);
        assertThat(found).extracting(e -> e.type().code() + " " + e.date() + " " + e.place() + " " + e.perpetrator())
                .containsExactly("airstrike 2024-02-02 Damascus International Airport Israel");
        // the evidence lies in the story's own text: the headline is not part of it
        ExtractedEvent e = found.get(0);
        assertThat(e.sentence().end()).isLessThanOrEqualTo(text.length());
        for (FieldEvidence f : e.fields()) {
            assertThat(f.mention().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(f.mention().start(), f.mention().end())).isEqualTo(f.mention().text());
        }
    }

    @Test
    void theStoryGivesAPlaceFinerThanTheHeadlines() {
        List<ExtractedEvent> found = events("Turkey bombs Kurdish targets in northern Iraq",
                "ANKARA - The defence ministry said its campaign of air strikes on militant hideouts in the Qandil "
                        + "mountains went on yesterday, and would continue.");
        assertThat(found).extracting(e -> e.date() + " " + e.place() + " " + e.perpetrator())
                .containsExactly("2024-02-02 Qandil Mountains Turkey");
    }

    @Test
    void aHeadlineSubjectListSpansItsComma() {
        List<ExtractedEvent> found = events("U.S., Iraqi jets hammer IS town",
                "Officials said the town of Hawija came under a campaign of heavy air strikes on Friday.");
        assertThat(found).extracting(e -> e.date() + " " + e.place()).containsExactly("2024-02-02 Hawija");
    }

    @Test
    void aHeadlineThatToldNoStrikeAddsNone() {
        assertThat(events("Erdogan vows to pound Kurdish militants in Syria",
                "The president said the army would strike wherever it sees a threat.")).isEmpty();
        assertThat(events("Militia suspends attacks on US forces in Iraq",
                "The group said on Friday it would halt its operations to avoid embarrassing the government.")).isEmpty();
        assertThat(events("Iraq and Turkey talk about the targets of the operation",
                "Ministers met in Baghdad on Friday.")).isEmpty();
    }

    @Test
    void aStrikeInAnotherWarStaysOut() {
        assertThat(events("Jets pound Houthi targets in Yemen",
                "The Pentagon said on Friday the operation had been a success.")).isEmpty();
    }

    @Test
    void theStorysOwnStrikeIsNotReadTwice() {
        List<ExtractedEvent> found = events("Turkish drones pound PKK positions in Qandil",
                "A Turkish drone struck a vehicle in the Qandil mountains on Friday, killing two fighters.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(2);
    }
}
