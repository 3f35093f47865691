package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which trigger words report a strike that happened; every sentence here is written for the test. */
class TriggersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void sitesSaidToHaveBeenHitToo() {
        List<ExtractedEvent> found = events("Iranian missiles struck a party camp near Koya early on Monday, killing two. "
                + "Offices of another party in Sulaymaniyah were also targeted, officials said.");
        assertThat(found).extracting(e -> e.type().code() + " " + e.place())
                .containsExactlyInAnyOrder("missile_strike Koya", "missile_strike Sulaymaniyah");
    }

    @Test
    void aPassiveWithNoStrikeBeforeOrHitByNoWeaponIsNoStrike() {
        assertThat(events("Several shops in Mosul were targeted by thieves on Monday, police said.")).isEmpty();
        List<ExtractedEvent> found = events("Iranian missiles struck a party camp near Koya early on Monday. "
                + "Traders in Sulaymaniyah were also hit by the closure of the border crossings.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Koya");
    }

    @Test
    void aTrendInAttacksIsNoStrike() {
        List<ExtractedEvent> found = events("A U.S. drone strike killed two militia commanders in Baghdad on Monday. "
                + "Militias have stepped up rocket attacks on bases in western Iraq since October, officials said.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Baghdad");
    }

    @Test
    void aStrikeRepeatedSeveralTimesOverYearsIsAHabitNotAnEvent() {
        List<ExtractedEvent> found = events("Israeli jets struck a radar site near Damascus on Monday, state media said. "
                + "Israel has targeted the airport in the city of Homs several times over the past few years.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Damascus");
    }

    @Test
    void suchAttacksNamesAKindOfAttackNotOne() {
        List<ExtractedEvent> found = events("U.S. jets bombed a depot near Albu Kamal on Monday. "
                + "The raid was meant to deter such attacks on U.S. troops in Homs.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Albu Kamal");
    }

    @Test
    void aVerbAfterANamedSubjectDoesNotReferBack() {
        List<Token> tokens = Tokenizer.tokenize("The Revolutionary Guards targeted a camp");
        Triggers triggers = new Triggers(tokens);
        Trigger targeted = new Trigger(3, 4, null, null, 0, false);
        assertThat(triggers.definite(3, 0)).isTrue();
        assertThat(triggers.verbal(targeted)).isTrue();
        assertThat(triggers.verbal(new Trigger(2, 3, null, null, 2, false))).isFalse();
    }

    @Test
    void airOperationsAgainstTargetsAreAirStrikes() {
        List<ExtractedEvent> found = events("According to the ministry, air operations were conducted against militant hideouts "
                + "in the Qandil mountains on Monday.");
        assertThat(found).extracting(e -> e.type().code() + " " + e.place()).containsExactly("airstrike Qandil Mountains");
    }

    @Test
    void aFrequencyWordMakesEveryStrikeOfTheListAHabit() {
        List<ExtractedEvent> found = events("Turkish artillery shelled a farm near Zakho on Monday, officials said. "
                + "Turkish troops routinely mount ground raids, air raids and drone strikes in the Qandil Mountains.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Zakho");
    }

    @Test
    void aFrequencyWordInARelativeClauseLeavesTheStrikeAlone() {
        List<ExtractedEvent> found = events("Coalition jets, which regularly patrol the valley, bombed a depot near Hajin "
                + "on Monday.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Hajin");
    }

    @Test
    void aCountAfterTheStrikeWordCountsWhatWasHitNotStrikes() {
        assertThat(events("A coalition air raid near Raqqa killed dozens of villagers on Tuesday, a monitor said."))
                .extracting(ExtractedEvent::place).containsExactly("Raqqa");
        assertThat(events("Warplanes pounded a string of farmhouses near Tabqa on Tuesday, residents said."))
                .extracting(ExtractedEvent::place).containsExactly("Tabqa");
        assertThat(events("A string of air raids has hit towns along the Euphrates this year, a monitor said.")).isEmpty();
    }

    @Test
    void bombardmentsOfNoNamedWeaponAreStrikesOfUnknownKind() {
        // guns and aircraft both bombard: without a weapon named the kind stays open, and matches either
        List<ExtractedEvent> found = events("Turkish bombardments on a hamlet outside Zakho have killed three shepherds, "
                + "the district mayor said on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type().code()).isEqualTo("other");
    }
}
