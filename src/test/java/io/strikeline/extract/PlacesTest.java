package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A place named to locate another is no second site; every sentence here is written for the test. */
class PlacesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aStrikeOffATownIsAtTheTownTheStoryPutsOnTheSameBearing() {
        assertThat(events("Iraq protested on Tuesday at U.S. air strikes south of Baghdad that it said left eight dead. "
                + "The militia said its dead fell at its base in Jurf al-Sakhar, south of Baghdad."))
                .extracting(ExtractedEvent::place).containsExactly("Jurf al-Sakhar");
        // another bearing, or a city too large to be what "south of" a town means, leaves the strike off the town
        assertThat(events("Iraq protested on Tuesday at U.S. air strikes south of Baghdad that it said left eight dead. "
                + "The fighters came from Taji, north of Baghdad."))
                .extracting(ExtractedEvent::place).containsExactly("Baghdad");
        assertThat(events("Iraq protested on Tuesday at U.S. air strikes south of Baghdad that it said left eight dead. "
                + "A hospital in Karbala, south of Baghdad, took in the wounded."))
                .extracting(ExtractedEvent::place).containsExactly("Baghdad");
    }

    @Test
    void aProvinceAfterACommaLocatesOnlyATownItHolds() {
        // Deir ez-Zor is also a province, but not Raqqa's: here it is the next name of a list, not where Raqqa is
        assertThat(events("U.S. jets destroyed targets near Raqqa, Deir ez-Zor and Abu Kamal on Monday, officials said."))
                .extracting(ExtractedEvent::place).contains("Raqqa", "Albu Kamal");
        assertThat(events("U.S. jets struck a depot in Mayadin, Deir ez-Zor, on Monday."))
                .extracting(ExtractedEvent::place).containsExactly("Mayadin");
        assertThat(events("Jets struck a depot in Hit, Anbar, on Monday.")).extracting(ExtractedEvent::place)
                .containsExactly("Hit");
    }

    @Test
    void aNewsAgencysAcronymIsNoTown() {
        Extraction read = RuleBasedExtractor.standard().extract(new ArticleText("Test",
                "Israeli missiles struck army posts in Quneitra on Thursday, a military source told SANA. SANA said the "
                        + "posts were hit twice.", PUBLISHED));
        assertThat(read.mentions()).filteredOn(m -> m.kind() == MentionKind.PLACE)
                .extracting(Mention::normalized).doesNotContain("ye-sanaa");
        assertThat(read.events()).extracting(ExtractedEvent::place).containsExactly("Quneitra");
    }

    @Test
    void aNameTheGazetteerSpellsInCapitalsOrALineInCapitalsIsStillAPlace() {
        assertThat(events("A U.S. drone strike hit a convoy near BIAP early on Friday, officials said."))
                .extracting(ExtractedEvent::place).containsExactly("Baghdad International Airport");
        assertThat(events("ROCKETS FELL ON BALAD ON MONDAY")).extracting(ExtractedEvent::place).containsExactly("Balad");
    }

    @Test
    void aTownSaidToLieNorthOfACityIsTheOnlySite() {
        List<ExtractedEvent> found = events("U.S. jets struck two depots on Monday: one at Al-Qaim and one at Jurf al-Sakhar "
                + "south of Baghdad.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactlyInAnyOrder("Al-Qaim", "Jurf al-Sakhar");
    }

    @Test
    void aBaseInAProvinceIsOneSite() {
        List<ExtractedEvent> found = events("On Monday, rockets fell close to the Green Village base in Deir ez-Zor, "
                + "the coalition said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo("Al-Omar oil field");
    }

    @Test
    void townsSeparatedByCommasAreAList() {
        List<ExtractedEvent> found = events("On Monday coalition jets struck Islamic State positions in Mosul, Tikrit "
                + "and Albu Kamal.");
        assertThat(found).extracting(ExtractedEvent::place).contains("Mosul", "Tikrit", "Albu Kamal");
    }

    @Test
    void aPlaceAReportIsAboutIsNotWhereTheStrikeHit() {
        List<ExtractedEvent> found = events("A U.S. airstrike hit a school near Tabqa on Monday, killing 20. "
                + "In a report on Manbij and Raqqa, a U.N. agency said airstrikes hit the school.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Tabqa");
    }

    @Test
    void aTownInTheProvinceWinsOverTheProvincesNameReadAsItsCapital() {
        List<ExtractedEvent> found = events("Russian jets bombed a market in Idlib on Monday, rescuers said. "
                + "The jets struck the market in Maarat al-Numan on Monday, killing 12.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).startsWith("Ma");
    }

    @Test
    void aNameOpeningWithAnAynMarkIsAPlaceNotAQuote() {
        List<ExtractedEvent> found = events("A drone struck a checkpoint near \u2018Afak in Iraq on Monday, police said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo("\u2018Afak");
    }

    @Test
    void aMountainRangeHoldsOnlyItsOwnSlopesNotAZoneSeventyKilometresAway() {
        List<ExtractedEvent> found = events("Turkish jets bombed militant shelters in the Zap, Hakurk and Qandil areas "
                + "on Sunday, Ankara said.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactlyInAnyOrder("Zap", "Hakurk", "Qandil Mountains");
    }

    @Test
    void villagesCampsAndCrossingsOfTheCuratedListAreSites() {
        assertThat(events("An airstrike hit a house in the village of Tokhar on Tuesday, a monitor said."))
                .extracting(ExtractedEvent::place).containsExactly("Tokhar");
        assertThat(events("Iranian drones struck a camp of exiled Kurdish fighters in Zirgwez on Tuesday."))
                .extracting(ExtractedEvent::place).containsExactly("Zargwez");
        assertThat(events("Rockets landed near the Rumalyn Landing Zone on Tuesday, the coalition said."))
                .extracting(ExtractedEvent::place).containsExactly("Rmeilan airfield");
    }

    @Test
    void aMountainAreaListedWithoutADayIsAStrikeOfTheOperationNotVagueBackground() {
        List<ExtractedEvent> found = events("Turkish jets bombed militant hideouts in Iraq early Sunday, Ankara said. "
                + "Air raids were carried out on shelters in the Zap, Hakurk and Qandil areas, the ministry added.");
        assertThat(found).extracting(ExtractedEvent::place).contains("Qandil Mountains");
    }

    @Test
    void aTitleCaseDatelineWithItsAgencyIsNoPlaceOfTheStrike() {
        assertThat(events("Homs, SANA - Hostile aircraft struck several army posts in the eastern desert on Friday, a military "
                + "source said.")).extracting(ExtractedEvent::place).doesNotContain("Homs");
        assertThat(events("Duhok (Kurdistan Post) - A Turkish drone struck a farmhouse near Zakho on Friday, the mayor said."))
                .extracting(ExtractedEvent::place).containsExactly("Zakho");
    }

    @Test
    void aTownOpeningTheLeadWithoutAnAgencyIsStillItsPlace() {
        assertThat(events("Kirkuk, the oil city, was hit by two rockets on Friday, police said."))
                .extracting(ExtractedEvent::place).containsExactly("Kirkuk");
    }

    @Test
    void townsAndAreasStrikeReportsOftenNameArePlaced() {
        assertThat(events("Israeli missiles hit a building in Sayyida Zeinab south of Damascus on Friday.").get(0).place())
                .isEqualTo("Sayyida Zeinab");
        assertThat(events("Iranian artillery shelled hills outside Penjwen on Friday, the mayor said.").get(0).place())
                .isEqualTo("Penjwen");
        assertThat(events("Iraqi jets bombed an Islamic State hideout in the Hamrin mountains on Friday.").get(0).place())
                .isEqualTo("Hamrin Mountains");
    }

    @Test
    void whereRocketsWereFiredFromIsNotWhereTheyHit() {
        List<ExtractedEvent> found = events("Four rockets struck near the airport of Erbil on Wednesday night, the Kurdish "
                + "security council said. It said the rockets had been fired from the direction of a village in Nineveh "
                + "province.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Erbil International Airport");
    }

    @Test
    void aTownTheStruckConvoyWasFleeingFromStaysItsPlace() {
        assertThat(events("Jets bombed an Islamic State convoy fleeing from Hawija on Friday, a local official said."))
                .extracting(ExtractedEvent::place).containsExactly("Hawija");
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernment() {
        assertThat(events("Government jets bombed rebel positions on Sunday, and Damascus claimed the strikes killed "
                + "dozens of militants.")).extracting(ExtractedEvent::place).doesNotContain("Damascus");
    }

    @Test
    void townsThatNameARoadAreNotThePlaceOfTheStrike() {
        assertThat(events("A drone struck a pickup truck on the Baghdad-Kirkuk highway on Sunday, police said."))
                .extracting(ExtractedEvent::place).doesNotContain("Baghdad", "Kirkuk");
    }

    @Test
    void aDatelineInCapitalsWithADashIsWhereTheStoryWasFiled() {
        assertThat(events("Menu\n\nKIRKUK \u2014 Turkish drones struck a PKK hideout on Sunday, officials said."))
                .extracting(ExtractedEvent::place).doesNotContain("Kirkuk");
    }

    @Test
    void aTownInJordanIsNoPlaceOfTheCampaign() {
        assertThat(events("Syrian army shells fell in Ramtha on Sunday, Jordanian officials said.")).isEmpty();
    }
}

