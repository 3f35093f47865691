package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The party a strike hit, read from the words that tie it to the place struck; every sentence is written for the test. */
class TargetRolesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 10);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void thePartyThatUsesTheStruckPlaceWasHit() {
        List<ExtractedEvent> found = events("American aircraft bombed two depots near al-Qaim on Tuesday that are used "
                + "by Kata'ib Hezbollah, the Pentagon said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("United States");
        assertThat(found.get(0).target()).isEqualTo("Kata'ib Hezbollah");
    }

    @Test
    void theGroupWhoseMembersTheTollCountsWasHit() {
        List<ExtractedEvent> found = events("Turkish jets struck a hilltop near Derik on Tuesday, killing at least nine "
                + "fighters of the Syrian Kurdish People's Protection Units.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("YPG");
        assertThat(found.get(0).killed()).isEqualTo(9);
    }

    @Test
    void partiesSaidToHaveBeenTargetedInAnotherClauseWereHit() {
        List<ExtractedEvent> found = events("Camps of Komala were targeted near Sulaimani on Tuesday, with five fighters "
                + "reported dead after the drone strikes.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Komala");
    }

    @Test
    void aWeaponUsedByAPartyDoesNotMakeItTheTarget() {
        List<ExtractedEvent> found = events("Rockets of the kind used by militias struck an air base near Baghdad on "
                + "Tuesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isNull();
    }

    @Test
    void theYezidiMilitiaIsAPartyOfItsOwn() {
        List<ExtractedEvent> found = events("A Turkish drone struck a YBS checkpoint in Sinjar on Tuesday, killing two "
                + "fighters.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Turkey");
        assertThat(found.get(0).target()).isEqualTo("Sinjar Resistance Units");
    }

    @Test
    void theArticleNamingWhoIsBlamedComesBeforeTheLandmarkTable() {
        List<ExtractedEvent> found = events("A drone attack on Tower 22 in Jordan killed three U.S. soldiers on Sunday. "
                + "The president blamed the attack on Iran-backed militias.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran-backed militias");
    }

    @Test
    void aTollDatedToAnotherDayIsNotTheStrikes() {
        List<ExtractedEvent> found = events("Iranian missiles struck the headquarters of an exiled Kurdish party near Koya. "
                + "Iran also said its guards shot dead four smugglers at the border on May 2.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
    }

    @Test
    void aSpeakerTellingOfAStrikeOnItsOwnBaseWasHit() {
        List<ExtractedEvent> found = events("The PKK said Turkish warplanes bombed its camps near Zakho on Tuesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("PKK");
    }

    @Test
    void theGroupAShareOfTheDeadBelongedToWasHit() {
        List<ExtractedEvent> found = events("Israeli jets bombed an arms depot near Homs on Tuesday. The raid killed nine "
                + "people, including four Hezbollah fighters, a monitor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Hezbollah");
        assertThat(found.get(0).killed()).isEqualTo(9);
    }

    @Test
    void theGroupOfTheDeadCountedWithOfThemWasHit() {
        List<ExtractedEvent> found = events("An Israeli missile hit a flat in Damascus on Tuesday, killing six people, three "
                + "of them IRGC officers, state media said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Iran");
    }

    @Test
    void theCapitalisedAbbreviationIsTheIslamicStateAndTheVerbIsNot() {
        List<ExtractedEvent> found = events("Coalition jets bombed an IS truck bomb factory outside Hit on Tuesday, "
                + "officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Islamic State");
        List<ExtractedEvent> plain = events("Coalition jets bombed a truck bomb factory outside Hit on Tuesday, and it is "
                + "the third such raid this month, officials said.");
        assertThat(plain).extracting(ExtractedEvent::target).doesNotContain("Islamic State");
    }

    @Test
    void aNamedDeadMansSideGivenInAppositionWasHit() {
        List<ExtractedEvent> found = events("An American drone killed Hamid al-Tamimi, a senior commander of Harakat "
                + "al-Nujaba, in eastern Baghdad on Tuesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Harakat al-Nujaba");
        assertThat(found.get(0).perpetrator()).isEqualTo("United States"); // "an American drone" killed no American
        assertThat(found.get(0).killed()).isEqualTo(1);
    }

    @Test
    void aSpeakerWhosePeopleTheTollCountsWasHit() {
        List<ExtractedEvent> found = events("Kataib Hezbollah said three of its fighters were killed when an American drone "
                + "hit their car near Jurf al-Sakhar on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("United States");
        assertThat(found.get(0).target()).isEqualTo("Kata'ib Hezbollah");
        found = events("The PKK said on Tuesday that Turkish jets struck a village in the Qandil area, killing two of "
                + "its members.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("PKK");
    }
}
