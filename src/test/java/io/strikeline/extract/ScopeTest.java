package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as a strike of the Iraq-Syria campaign; every sentence here is written for the test. */
class ScopeTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void anArticleThatCannotBeDatedKeepsTheStrikesItPlacesUndated() {
        String text = "Turkish jets struck rebel hideouts near Makhmour on Monday. Drones also hit a convoy, a monitor said.";
        List<ExtractedEvent> undatable = RuleBasedExtractor.standard()
                .extract(new ArticleText("Turkish jets strike", text, null)).events();
        assertThat(undatable).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("Makhmour");
            assertThat(e.date()).isNull();
        });
        List<ExtractedEvent> dated = events(text);
        assertThat(dated).singleElement().satisfies(e -> assertThat(e.date().format()).isEqualTo("2024-02-05"));
    }

    @Test
    void anotherWarMentionedInAnIraqStoryIsNotExtracted() {
        List<ExtractedEvent> found = events("A U.S. drone strike killed two militia commanders in Baghdad on Monday. "
                + "Iraqi officials condemned the strike. The militias say their attacks answer Israeli airstrikes in Gaza "
                + "that killed dozens on Sunday.");
        assertThat(found).extracting(ExtractedEvent::country).containsOnly("IQ");
    }

    @Test
    void aVillageNamesakeInAStoryAboutAnotherCountryIsNoStrikeOfTheCampaign() {
        List<ExtractedEvent> somalia = events("A U.S. airstrike on Tuesday killed eleven fighters near a camp in the Hiran "
                + "region of Somalia, Africa Command said. The command has carried out dozens of such strikes in Somalia "
                + "this year.");
        assertThat(somalia).isEmpty();
        List<ExtractedEvent> kurdistan = events("A Turkish drone hit a house in Hiran, a village in Erbil province, on "
                + "Tuesday, Kurdish officials in Iraq said.");
        assertThat(kurdistan).singleElement().satisfies(e -> assertThat(e.country()).isEqualTo("IQ"));
    }

    @Test
    void aBaseInJordanHitByTheCampaignIsKept() {
        List<ExtractedEvent> found = events("A drone attack by Iran-backed militants hit Tower 22 in Jordan on Sunday, "
                + "near the Syrian border, killing three U.S. soldiers.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo("Tower 22");
    }

    @Test
    void attacksCountedSinceADateAreATallyNotAStrike() {
        List<ExtractedEvent> found = events("U.S. jets bombed a militia depot near al-Qaim on Monday. "
                + "American troops stationed in Iraq and Syria faced more attacks after Oct. 7, officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().format()).isEqualTo("2024-02-05");
    }

    @Test
    void aMentionDatedOnlyByItsYearIsNotAnEvent() {
        List<ExtractedEvent> found = events("U.S. jets bombed a militia depot near al-Qaim on Monday. "
                + "The group's leaders were also hit by American airstrikes in Iraq in 2020.");
        assertThat(found).extracting(e -> e.date().format()).containsExactly("2024-02-05");
    }

    @Test
    void strikesInAnUnrelatedWarAreNotExtractedEvenWhenTheArticleIsAboutThem() {
        List<ExtractedEvent> found = events("American and British warplanes bombed rebel radar sites near Hodeidah in Yemen "
                + "on Monday. The rebels said the airstrikes on Sanaa killed five of their fighters. Yemeni officials "
                + "condemned the strikes.");
        assertThat(found).isEmpty();
    }

    @Test
    void aMilitiaDroneOnIsraelToldOnlyAsFromIraqIsNotExtracted() {
        assertThat(events("Iraqi militias launched a drone attack on Israel on Sunday, the group said.")).isEmpty();
        assertThat(events("An armed group in Iraq said on Sunday it had sent drones against Israel, the latest of several "
                + "such claims by militias in Iraq.")).isEmpty();
        List<ExtractedEvent> erbil = events("Iran's Guards fired missiles at what they called an Israeli spy centre in "
                + "Erbil on Sunday.");
        assertThat(erbil).singleElement().satisfies(e -> assertThat(e.country()).isEqualTo("IQ"));
    }

    @Test
    void anIsraeliStrikeInLebanonIsNotExtracted() {
        List<ExtractedEvent> found = events("An Israeli airstrike hit a house in Tyre in southern Lebanon on Sunday, "
                + "killing three people, Lebanese officials said.");
        assertThat(found).isEmpty();
    }

    @Test
    void anAttackFromIraqOnABaseAbroadKeepsItsCountry() {
        List<ExtractedEvent> found = events("A drone attack by Iran-backed militants hit Tower 22 in Jordan on Sunday. "
                + "Separately, a U.S. airstrike hit a Kata'ib Hezbollah depot near al-Qaim on Monday.");
        assertThat(found).extracting(ExtractedEvent::country).containsExactlyInAnyOrder("JO", "IQ");
    }

    @Test
    void rocketsOnIsraelFromLebanonAreNotExtractedEvenOnTheGolan() {
        List<ExtractedEvent> found = events("Hezbollah fired rockets at Israel on Saturday, and a rocket attack on Israel "
                + "hit Majdal Shams, killing ten children.");
        assertThat(found).isEmpty();
    }

    @Test
    void aBackgroundAttackPlacedOnlyByARegionIsNoEvent() {
        List<ExtractedEvent> found = events("A U.S. drone strike killed three militants near Kirkuk on Tuesday. "
                + "The strike came after militants fired rockets at U.S. troops in northern Iraq, a militia said.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Kirkuk");
    }

    @Test
    void theLeadOperationsStrikesInTheNextCountryAreKept() {
        List<ExtractedEvent> found = events("Turkish jets bombed rebel caves near Zakho in Iraq on Tuesday. "
                + "Turkish jets also bombed rebel posts in northern Syria on Tuesday, the ministry said.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Zakho", "northern Syria");
    }

    @Test
    void aMilitiaStrikeInAnotherCountrysWarIsNotExtracted() {
        List<ExtractedEvent> found = events("Iran-backed militias launched a drone attack on a port in Eilat on Sunday, "
                + "the group said.");
        assertThat(found).isEmpty();
    }
}
