package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which strike a toll told apart from it belongs to; every sentence here is written for the test. */
class TollChainTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    private static ExtractedEvent in(List<ExtractedEvent> found, String country) {
        return found.stream().filter(e -> country.equals(e.country())).findFirst().orElseThrow();
    }

    @Test
    void aTollThatNamesItsCountryGoesToTheSiteThere() {
        List<ExtractedEvent> found = events("On Friday U.S. jets struck militia depots near al-Qaim in Iraq and near "
                + "Deir ez-Zor in Syria. Baghdad gave no figure for its side of the border. A monitor in London said "
                + "12 fighters had died in Syria.");
        assertThat(found).hasSize(2);
        assertThat(in(found, "SY").killed()).isEqualTo(12);
        assertThat(in(found, "IQ").killed()).isNull();
    }

    @Test
    void aTollThatNamesTheVictimsNationalityGoesToTheSiteInTheirCountry() {
        List<ExtractedEvent> found = events("Turkish jets bombed rebel posts near Sinjar in Iraq and near Qamishli in "
                + "Syria on Tuesday. Activists said 14 members of a Syrian Kurdish militia had lost their lives.");
        assertThat(found).hasSize(2);
        assertThat(in(found, "SY").killed()).isEqualTo(14);
        assertThat(in(found, "IQ").killed()).isNull();
    }

    @Test
    void aTollSharedBySeveralSitesGoesToNone() {
        List<ExtractedEvent> found = events("On Friday U.S. jets struck militia depots near al-Qaim in Iraq and near "
                + "Deir ez-Zor in Syria. Officials said nine fighters were killed.");
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(e -> assertThat(e.killed()).isNull());
    }

    @Test
    void aTollStatedWholeByAnotherSourceLowersTheFigure() {
        List<ExtractedEvent> found = events("Israeli jets struck an arms depot near Masyaf on Sunday night, killing nine "
                + "people, a monitor said. State television put the death toll at six.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(6));
    }

    @Test
    void aStatedTollInASentenceThatRetellsTheStrikeLowersTheFigureToo() {
        List<ExtractedEvent> found = events("Israeli jets struck an arms depot near Masyaf on Sunday night, killing nine "
                + "people, a monitor said. State television put the death toll at six, saying the strikes also set a "
                + "forest near Masyaf on fire.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(6));
    }

    @Test
    void aRisenTollIsNotLoweredByAnEarlierStatedOne() {
        List<ExtractedEvent> found = events("Israeli jets struck an arms depot near Masyaf on Sunday night. State "
                + "television put the death toll at six. By Monday the toll had risen to ten, a monitor said.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(10));
    }

    @Test
    void aTollAfterAnOperationToldByCountryIsNotOneOfItsSitesTolls() {
        List<ExtractedEvent> found = events("The United States carried out airstrikes on militia sites in Iraq on Monday, "
                + "officials said. Two fighters were killed and three were wounded, a militia statement said. The strikes "
                + "hit a depot near al-Qaim and a camp at Jurf al-Sakhar.");
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found).allSatisfy(e -> assertThat(e.killed()).isNull());
    }

    @Test
    void deadToldAsBesidesTheFirstAreAddedToTheToll() {
        List<ExtractedEvent> found = events("A U.S. drone strike on a pickup near Kirkuk on Monday killed a militia "
                + "commander, officials said. The strike, shortly after dusk, also killed three of his bodyguards, "
                + "police said.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(4));
    }

    @Test
    void deadToldAsBesidesInASentenceOfTheirOwnAreAddedToo() {
        List<ExtractedEvent> found = events("Turkish jets bombed a clinic near Sinjar on Tuesday, killing four guards. "
                + "Two nurses were also killed, a doctor said.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(6));
    }

    @Test
    void theDeadOfTheOtherSideToldAfterwardsAddToTheToll() {
        List<ExtractedEvent> found = events("At least 11 civilians were killed when coalition jets bombed a village near "
                + "Baghuz on Friday, a monitor said. Six militants were killed in the raids, it added.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(17);
        found = events("At least 11 civilians were killed when coalition jets bombed a village near Baghuz on Friday, a "
                + "monitor said. The toll of the raids later rose to 13, it added.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(13);
    }
}
