package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind of a strike the sentence itself does not name; every sentence here is written for the test. */
class StrikeTypesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void strikesSplitByPlaceShareTheKindTheArticleGivesThem() {
        List<ExtractedEvent> found = events("U.S. warplanes bombed militia depots in western Iraq on Monday. "
                + "The strikes hit two sites on Monday, one near al-Qaim and one near Jurf al-Sakhar.");
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found).extracting(ExtractedEvent::type).containsOnly(EventType.AIRSTRIKE);
    }

    @Test
    void anAttackOfUnknownKindStaysUnknown() {
        List<ExtractedEvent> found = events("U.S. warplanes bombed a militia depot near al-Qaim on Monday. "
                + "A separate attack on a checkpoint near Kirkuk on Tuesday wounded two soldiers.");
        assertThat(found).extracting(e -> e.type().code()).contains("other");
    }
}
