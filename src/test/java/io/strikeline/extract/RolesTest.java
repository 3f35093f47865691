package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who struck and who was hit; every sentence here is written for the test. */
class RolesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void theTroopsABaseIsUsedByAreNotTheAttackers() {
        List<ExtractedEvent> found = events("A one-way drone hit Tower 22 in Jordan on Sunday. The outpost, used mainly "
                + "by U.S. troops, lost power after the drone attack.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNotEqualTo("United States");
    }

    @Test
    void thePartyAStrikeIsAttributedToIsItsPerpetrator() {
        List<ExtractedEvent> found = events("Rockets struck a U.S. base near Erbil on Monday, the ministry said, "
                + "attributing the attack to Iran-backed militias.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran-backed militias");
    }

    @Test
    void theOneMilitiaNamedAtTheStruckSiteIsTheTarget() {
        List<ExtractedEvent> found = events("U.S. jets struck Iran-backed militias near al-Qaim on Monday, hitting "
                + "a headquarters of Kata'ib Hezbollah.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Kata'ib Hezbollah");
    }

    @Test
    void theDeathsOfNamedSoldiersAreTheToll() {
        List<ExtractedEvent> found = events("A drone attack on Tower 22 in Jordan on Sunday caused the deaths of three "
                + "U.S. soldiers.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(3);
    }

    @Test
    void aPartnerOfTheStrikeIsNotItsTarget() {
        List<ExtractedEvent> found = events("Coalition jets bombed a bridge near Haditha on Monday in coordination "
                + "with Iraqi troops advancing on the town, killing eight militants.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("United States");
        assertThat(found.get(0).target()).isNotEqualTo("Iraqi forces");
    }

    @Test
    void soldiersOfANamedArmyKilledInAStrikeMakeItsTarget() {
        List<ExtractedEvent> found = events("Israeli jets struck positions south of Damascus on Monday, killing three "
                + "Syrian soldiers, the army said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Israel");
        assertThat(found.get(0).target()).isEqualTo("Syrian government");
    }

    @Test
    void theFirstOfTwoPartiesNamedAfterByCarriedOutTheStrike() {
        List<ExtractedEvent> found = events("On Monday a column of Islamic State trucks near Hit was struck by both Iraqi "
                + "and coalition aircraft.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Iraqi forces");
        assertThat(found.get(0).target()).isNotEqualTo("US forces");
    }

    @Test
    void iraqiForcesJoinedToAnotherPartyBeforeTheStrikeCarriedItOut() {
        List<ExtractedEvent> found = events("The Iraqi air force and coalition jets bombed an Islamic State convoy near "
                + "Rutba on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Iraqi forces");
    }

    @Test
    void aLabelBetweenByAndTheAttackerDoesNotHideIt() {
        List<ExtractedEvent> found = events("A drone attack by the terrorist PKK hit a Turkish base near Bamarni on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("PKK");
    }

    @Test
    void theTroopsAStruckBaseHostsWereHit() {
        List<ExtractedEvent> found = events("Rockets landed inside Harir air base, which hosts U.S. troops, on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("US forces");
        assertThat(found.get(0).perpetrator()).isNull();
    }

    @Test
    void theAttackAStrikeAvengesIsNotTheStrike() {
        List<ExtractedEvent> found = events("U.S. jets bombed militia depots near al-Qaim on Monday in retaliation for "
                + "Kata'ib Hezbollah's drone attack on Tower 22.");
        assertThat(found).filteredOn(e -> "Al-Qaim".equals(e.place())).singleElement().satisfies(e -> {
            assertThat(e.perpetrator()).isEqualTo("United States");
            assertThat(e.type()).isEqualTo(io.strikeline.model.EventType.AIRSTRIKE);
        });
    }

    @Test
    void anIranianKurdishPartyHitIsNotIran() {
        List<ExtractedEvent> found = events("Missiles hit the offices of two Iranian Kurdish opposition parties in Koya "
                + "on Monday. Leaders of the KDP-Iran blamed the attack on Iran.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isNotEqualTo("Iran");
    }

    @Test
    void thePartyAVehicleIsInUseByIsNotWhoStruckIt() {
        List<ExtractedEvent> found = events("A U.S. air strike destroyed 40 fuel trucks in use by the Islamic State near "
                + "Deir ez-Zor on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("United States");
        assertThat(found.get(0).target()).isEqualTo("Islamic State");
    }

    @Test
    void whoALaterSentenceBlamesForTheAttackStruck() {
        List<ExtractedEvent> found = events("A drone hit Tower 22 in Jordan on Sunday, killing two U.S. soldiers. "
                + "The president condemned the attack, attributing it to Iran-backed militias.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran-backed militias");
    }

    @Test
    void thePartyOfficialsAttributeTheStrikeToStruckIt() {
        List<ExtractedEvent> found = events("A drone hit a U.S. outpost near al-Tanf on Monday. Officials attribute the "
                + "drone attack to Iran-backed militias.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran-backed militias");
    }

    @Test
    void thePartyAnAttackComesFromStruck() {
        List<ExtractedEvent> found = events("Air strikes from Russian warplanes pounded a market in Idlib on Sunday, "
                + "residents said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Russia");
    }

    @Test
    void whoCarriedOutTheMotiveDidNotCarryOutTheReprisal() {
        List<ExtractedEvent> found = events("American jets bombed two depots near Al-Qaim on Monday in retaliation for "
                + "a rocket attack by Kataib Hezbollah that wounded four U.S. soldiers.");
        assertThat(found).isNotEmpty();
        assertThat(found).extracting(ExtractedEvent::perpetrator).containsOnly("United States");
        found = events("Militants fired rockets at a U.S. base in Syria on Monday in response to Israeli strikes on "
                + "Hezbollah positions, a monitor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNotEqualTo("Israel");
        assertThat(found.get(0).target()).isNotEqualTo("Hezbollah");
    }

    @Test
    void aMotivePutBeforeTheReprisalKeepsItsOwnDoer() {
        List<ExtractedEvent> found = events("In response to a gas attack by the Syrian government that killed 70 people "
                + "in Douma on April 7, American warships fired cruise missiles at the Shayrat air base on April 14.");
        assertThat(found).filteredOn(e -> "Douma".equals(e.place())).singleElement()
                .satisfies(e -> assertThat(e.perpetrator()).isEqualTo("Syrian government"));
        assertThat(found).filteredOn(e -> e.perpetrator() != null && e.perpetrator().equals("United States"))
                .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("Syrian government"));
    }

    @Test
    void thePartyListedStrikesWereAimedAtDidNotCarryOutTheOneIncluded() {
        List<ExtractedEvent> found = events("Turkey has stepped up its strikes on the PKK, including a drone strike on "
                + "a car in Sinjar on Monday.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).perpetrator()).isNotEqualTo("PKK");
    }

    @Test
    void anArmedGroupTellingOfAnAttackOnUsForcesClaimsIt() {
        List<ExtractedEvent> found = events("Two drones targeted U.S. forces at the Conoco field in Syria on Monday, "
                + "Kataib Hezbollah said in a statement on Telegram.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Kata'ib Hezbollah");
        assertThat(found.get(0).target()).isEqualTo("US forces");
    }

    @Test
    void aPartysNameThatSaysWhereAPlaceLiesNamesNoParty() {
        List<ExtractedEvent> found = events("Warplanes bombed a market in Darkush near the Turkish border on Monday, killing "
                + "six people, the London-based monitor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isNotEqualTo("Turkey");
    }
}
