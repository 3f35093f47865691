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

    @Test
    void aMissileStrikeByAnAirForceIsAnAirStrike() {
        List<ExtractedEvent> found = events("An Israeli missile strike hit a weapons depot near Homs on Monday, "
                + "killing two soldiers.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.AIRSTRIKE);
    }

    @Test
    void cruiseMissilesFromTheSeaStayAMissileStrike() {
        List<ExtractedEvent> found = events("A U.S. missile strike hit an air base near Homs on Friday; destroyers in "
                + "the Mediterranean fired the cruise missiles.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void ballisticMissilesNamedWithRocketsMakeAMissileStrike() {
        List<ExtractedEvent> found = events("Two U.S. soldiers were hurt on Saturday in a ballistic missile and rocket "
                + "attack on Ain al-Asad air base.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void dronesOfAnArmedGroupFoundLaterInTheArticleMakeADroneAttack() {
        List<ExtractedEvent> found = events("On Sunday two drones attacked the al-Tanf garrison. Iran-backed militias "
                + "launched the drones, the Pentagon said.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).type()).isEqualTo(EventType.DRONE_ATTACK);
    }
}
