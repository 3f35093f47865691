package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coreference within one article: every sentence here is written for the test. */
class CoreferenceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void countryLevelMentionOfThePreciseStrikeIsTheSameEvent() {
        List<ExtractedEvent> found = events("U.S. warplanes bombed a weapons depot near al-Qaim on Monday. "
                + "The Pentagon said the airstrikes in Iraq on Monday were aimed at the groups behind recent attacks.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo("Al-Qaim");
    }

    @Test
    void onePlaceOnOneDayIsOneStrikeEvenWithTwoWeaponWords() {
        List<ExtractedEvent> found = events("Iranian missiles hit a camp of an exiled Kurdish party near Koya on Monday. "
                + "Local officials said artillery shelling hit the same camp near Koya on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type().code()).isEqualTo("missile_strike");
    }

    @Test
    void backgroundStrikeWithItsOwnDateStaysASeparateEvent() {
        List<ExtractedEvent> found = events("U.S. jets struck a militia camp near Albu Kamal on Monday. "
                + "On Jan. 20, rockets hit Ain al-Asad air base.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactlyInAnyOrder("Albu Kamal", "Ain al-Asad Air Base");
    }

    @Test
    void anUndatedMentionPlacedOnlyByARegionJoinsTheDatedStrike() {
        List<ExtractedEvent> found = events("U.S. jets bombed a militia depot near Albu Kamal on Monday, the Pentagon said. "
                + "A U.S. official said American aircraft also hit the group in eastern Syria.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Albu Kamal");
    }

    @Test
    void undatedAttacksOnAListOfBasesAreASummaryNotAnEvent() {
        List<ExtractedEvent> found = events("U.S. jets bombed a militia depot near Albu Kamal on Monday. "
                + "The attacks against U.S. troops have hit Ain al-Asad and bases in Syria.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Albu Kamal");
    }

    @Test
    void anUndatedStrikeTheArticleOnlyTellsOfStillGetsAnEvent() {
        List<ExtractedEvent> found = events("American aircraft hit militants in eastern Syria, a U.S. official said.");
        assertThat(found).hasSize(1);
    }

    @Test
    void aMergedStrikeTakesTheFinerOfTwoRegions() {
        List<ExtractedEvent> found = events("Turkish jets bombed rebel hideouts in northern Iraq on Monday. "
                + "The ministry said Turkish aircraft bombed caves in the Qandil mountains.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Qandil Mountains");
    }

    @Test
    void anEditorsUpdateNoteDatesTheNoteNotAStrike() {
        List<ExtractedEvent> found = events("A U.S. airstrike hit a school near Tabqa on Monday, killing 20.\n"
                + "Update Feb. 6: Monitors have investigated this airstrike and published the victims' names.");
        assertThat(found).extracting(e -> e.date().format()).containsExactly("2024-02-05");
    }

    @Test
    void aSentenceSayingWhatTheTargetsHaveBeenAndWherePlacesAStrikeToldOnlyByCountry() {
        List<ExtractedEvent> found = events("American jets bombed militant strongholds in Syria on Sunday, the Pentagon said. "
                + "The targets have been the group's command posts in the city of Raqqa, a defence official added.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Raqqa");
        found = events("American jets bombed militant strongholds in Syria on Sunday, the Pentagon said. "
                + "The targets have been the group's command posts, officials in Baghdad said.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Syria");
    }

    @Test
    void aSentenceSayingWhereTheTargetsWerePlacesAStrikeToldOnlyByCountry() {
        List<ExtractedEvent> found = events("American jets bombed two militia depots in Syria on Sunday, the Pentagon said. "
                + "Both of the targets were near Albu Kamal, a defence official added.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Albu Kamal");
    }

    @Test
    void aBorderCrossingLiesInBothCountriesItJoins() {
        List<ExtractedEvent> found = events("American jets bombed two militia depots in Syria on Sunday, the Pentagon said. "
                + "The targets were located near the Qaim border crossing, according to the statement.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Al-Qaim border crossing");
    }

    @Test
    void aStrikeSouthOfTheCapitalIsTheSmallTownLaterNamedThere() {
        List<ExtractedEvent> found = RuleBasedExtractor.standard().extract(new ArticleText("Test",
                "Iraq's cabinet protested on Thursday against U.S. airstrikes south of Baghdad that killed six militia fighters. "
                + "The militia said the jets hit its camp in Jurf al-Sakhar before dawn on Thursday.",
                LocalDate.of(2024, 2, 9))).events();
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Jurf al-Sakhar");
    }

    @Test
    void aStrikeEastOfOneCityIsNotTheNextCity() {
        List<ExtractedEvent> found = RuleBasedExtractor.standard().extract(new ArticleText("Test",
                "Iraqi jets bombed Islamic State fighters in Fallujah on Tuesday, the army said. "
                + "On Tuesday evening jets also struck a column of trucks east of Ramadi, the army said.",
                LocalDate.of(2024, 2, 9))).events();
        assertThat(found).extracting(ExtractedEvent::place).containsExactlyInAnyOrder("Fallujah", "Ramadi");
    }

    @Test
    void aStrikeOnTheCampIsAtTheCampTheArticleNamed() {
        List<ExtractedEvent> found = events("A drone struck the Makhmour refugee camp on Tuesday, wounding a shepherd, camp "
                + "officials said. It was the second such raid in a week: a drone hit the camp on Friday, wounding two "
                + "children.");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(ExtractedEvent::place).containsOnly("Makhmour refugee camp");
    }
}

