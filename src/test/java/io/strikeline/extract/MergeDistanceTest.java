package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings of strikes on one day stay apart when their places are more than 25 km apart; sentences written here. */
class MergeDistanceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    @Test
    void strikesOnTownsFortyKilometresApartAreTwoEvents() {
        List<ExtractedEvent> found = RuleBasedExtractor.standard().extract(new ArticleText("Test",
                "Coalition jets struck an Islamic State convoy near Fallujah on Tuesday. Later on Tuesday, coalition jets "
                        + "struck a second convoy near Ramadi.", PUBLISHED)).events();
        assertThat(found).extracting(ExtractedEvent::place).containsExactlyInAnyOrder("Fallujah", "Ramadi");
    }
}
