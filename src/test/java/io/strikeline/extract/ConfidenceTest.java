package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much an event's confidence says; every sentence here is written for the test. */
class ConfidenceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void oneTollPlacedAtTwoDistantTownsIsDoubted() {
        double alone = events("A U.S. airstrike killed 12 Islamic State fighters near Haditha on Monday.").get(0).confidence();
        List<ExtractedEvent> twice = events("A U.S. airstrike killed 12 Islamic State fighters near Haditha on Monday. "
                + "Separately, a U.S. airstrike near Mosul on Monday killed 12 Islamic State fighters.");
        assertThat(twice).hasSize(2);
        assertThat(twice).allSatisfy(e -> assertThat(e.confidence()).isLessThan(alone));
    }
}
