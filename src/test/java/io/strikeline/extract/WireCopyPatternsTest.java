package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds of error seen across outlets of real wire copy; every sentence here is written for the test. */
class WireCopyPatternsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 12);

    private static List<ExtractedEvent> events(String title, String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText(title, text, PUBLISHED)).events();
    }

    @Test
    void aTitleCaseDatelineNamesWhereTheReportWasFiledNotTheStrike() {
        List<ExtractedEvent> found = events("Test", "Mosul, May 12: Militants fired rockets at two bases in Iraq on Wednesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isNotEqualTo("Mosul");
    }

    @Test
    void aTitleCaseCityAndColonIsADateline() {
        List<ExtractedEvent> found = events("Test", "Kirkuk: Three rockets struck a base in Iraq on Wednesday, police said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isNotEqualTo("Kirkuk");
    }

    @Test
    void theDotlessUsCentralCommandIsTheSpeakerNotWhoFired() {
        List<ExtractedEvent> found = events("Test", "A spokesman for US Central Command said militants fired six rockets "
                + "at Balad air base on Wednesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNotEqualTo("United States");
        assertThat(found.get(0).type()).isEqualTo(EventType.ROCKET_ATTACK);
    }

    @Test
    void aStrikeToldWithTwoWeaponsIsOfTheFirstAndTakesTheSecondsLaterMentions() {
        List<ExtractedEvent> found = events("Test", "Iran's Revolutionary Guards launched missile and drone attacks on the "
                + "camps of an exiled Kurdish party near Koya on Wednesday. The drone attacks set fire to offices around Koya.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void aTownThatIsAlsoAFirstNameBeforeASurnameIsAPerson() {
        List<ExtractedEvent> found = events("Test", "Soran Karimi, a spokesman for the party, said a Turkish drone strike "
                + "hit its camp in Iraq on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isNotEqualTo("Soran");
    }

    @Test
    void theHeadlinesTollGoesToTheStrikeItNamesWhenTheStoryGivesNone() {
        List<ExtractedEvent> found = events("Coalition airstrikes kill seven in Hit",
                "A coalition airstrike hit a market in Hit on Monday, local officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(7);
    }

    @Test
    void aHeadlinesRoundWordIsNoToll() {
        List<ExtractedEvent> found = events("Airstrikes hit convoys near Hit, hundreds killed",
                "Coalition jets struck two convoys near Hit on Monday, officials said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
    }

    @Test
    void theStorysOwnTollIsKeptOverTheHeadlines() {
        List<ExtractedEvent> found = events("Coalition airstrike kills seven in Hit",
                "A coalition airstrike hit a market in Hit on Monday, killing five people, local officials said.");
        assertThat(found.get(0).killed()).isEqualTo(5);
    }

    @Test
    void aRisenTollReplacesTheFirstCount() {
        List<ExtractedEvent> found = events("Test", "Iranian missiles struck a party headquarters in Koya on Monday, killing "
                + "one guard. A party official said later that the death toll had risen to three.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(3);
    }

    @Test
    void aRisenTollInTheStrikesOwnSentenceIsKeptOverTheFirstCount() {
        List<ExtractedEvent> found = events("Test", "Turkish jets struck a clinic near Sinjar on Tuesday, killing two people, "
                + "and by the evening the toll of the strike had climbed to five.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(5);
    }

    @Test
    void aStrikeToldAtATimeOfDayButNoDayHappenedOnTheDayItWasReported() {
        List<ExtractedEvent> found = events("Test", "The airport of Aleppo was hit at around 2pm local time in a missile "
                + "strike by Israel, state media reported on Tuesday. Separately, Turkish jets struck a village near Zakho "
                + "on Monday.");
        assertThat(found).extracting(e -> e.place() + " " + e.date().format())
                .containsExactly("Aleppo International Airport 2021-05-11", "Zakho 2021-05-10");
    }

    @Test
    void aStrikeToldAtATimeOfDayAloneHappenedOnTheArticlesDay() {
        List<ExtractedEvent> found = events("Test", "At about 1:50 p.m. Israeli jets struck the airport of Aleppo, a "
                + "military source said.");
        assertThat(found).extracting(e -> e.date().format()).containsExactly("2021-05-12");
    }

    @Test
    void aStrikeToldWithNoDayAndNoTimeGetsNoDay() {
        List<ExtractedEvent> found = events("Test", "Israeli jets have struck the airport of Aleppo, state media reported "
                + "on Tuesday.");
        assertThat(found).extracting(e -> e.date().format()).containsExactly("2021-05");
    }

    @Test
    void aDroneThatEngagedFightersStruckThem() {
        List<ExtractedEvent> found = events("Test", "The command said a U.S. MQ-9 Reaper \u201cengaged four militants "
                + "preparing to launch an attack drone, killing all four\u201d near Kirkuk on Sunday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(found.get(0).killed()).isEqualTo(4);
    }

    @Test
    void forcesEngagedInTalksStruckNothing() {
        assertThat(events("Test", "Officials engaged in talks about the drones near Kirkuk on Sunday.")).isEmpty();
    }

    @Test
    void aStatesMissileStrikesAndItsAirStrikesOnOnePlaceAreOneStrike() {
        List<ExtractedEvent> found = events("Test", "At about 2 p.m. the Israeli army launched missile strikes on the airport "
                + "of Aleppo, a military source said. Earlier, a newspaper reported that Israel had struck the runways of the "
                + "airport of Aleppo.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.AIRSTRIKE);
    }

    @Test
    void anAirportOrBaseNamedByItsCityIsThatFacility() {
        List<ExtractedEvent> found = events("Test", "Iranian missiles struck air bases in Erbil and Al Asad on Wednesday.");
        assertThat(found).extracting(ExtractedEvent::place)
                .containsExactlyInAnyOrder("Erbil International Airport", "Ain al-Asad Air Base");
    }

    @Test
    void aCityWithoutAFacilityWordStaysTheCity() {
        List<ExtractedEvent> found = events("Test", "Iranian missiles struck targets in Erbil on Wednesday.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Erbil");
    }

    @Test
    void rocketsAndMissilesOfOneBarrageOnOnePlaceAreOneMissileStrike() {
        List<ExtractedEvent> found = events("Test", "Iran fired missiles at Balad on Wednesday. Rockets fired at Balad air "
                + "base on Wednesday damaged two hangars.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void aSpeakerWithAnAsideBeforeItsVerbIsNotWhoStruck() {
        List<ExtractedEvent> found = events("Test", "The Pentagon in a statement acknowledged the missile attack on Balad air "
                + "base on Wednesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNull();
        assertThat(found.get(0).type()).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void attacksOnAnEmbassyByProtestersAreNoStrike() {
        List<ExtractedEvent> found = events("Test", "Turkish shelling killed four villagers near Zakho on Wednesday. Iraqis "
                + "answered with protests, attacks on the Turkish consulate in Basra on Thursday, and calls for a boycott.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Zakho");
    }

    @Test
    void aTollOfOneRaidOnTwoFarSitesIsNeitherSitesOwn() {
        List<ExtractedEvent> found = events("Test", "Turkish jets struck positions near Sinjar and near Qamishli on Tuesday, "
                + "killing 14 fighters, the ministry said.");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(ExtractedEvent::killed).containsOnlyNulls();
    }

    @Test
    void noOneHurtInARaidOnTwoSitesIsEachSitesToll() {
        List<ExtractedEvent> found = events("Test", "Drones targeted two camps near Koya and near Soran on Monday, but no "
                + "one was hurt.");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(ExtractedEvent::killed).containsOnly(0);
    }

    @Test
    void theHeadlinesTollOfARaidOnSeveralSitesGoesToNone() {
        List<ExtractedEvent> found = events("Nine killed as Iranian missiles hit Kurdish camps",
                "Iranian missiles hit camps near Koya on Wednesday. Drones also struck a camp near Soran on Wednesday.");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(ExtractedEvent::killed).containsOnlyNulls();
    }

    @Test
    void aPatronThatDirectsTheMilitiasHitIsNotWhoStruck() {
        List<ExtractedEvent> found = events("Test", "On Sunday the United States struck three depots near al-Qaim used by "
                + "militias that are armed and sometimes directed by Iran.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("United States");
    }
}
