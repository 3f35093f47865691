package io.strikeline.extract;

import static io.strikeline.extract.TokenFixtures.injured;
import static io.strikeline.extract.TokenFixtures.killed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figures {@link CasualtyFinder} reads from one sentence; every sentence here is written for the test. */
class CasualtyFinderTest {

    @Test
    void aGroupNamedWithItsUnitStillAddsTheNextGroup() {
        assertThat(killed("The raid on the farm killed a field commander of the Badr militia and one of his bodyguards, "
                + "police said.")).containsExactly(2);
        assertThat(killed("Two members of the Fatemiyoun brigade and one Iranian adviser were killed near the airport."))
                .containsExactly(3);
    }

    @Test
    void aGroupOpenedByAOrAnCountsOne() {
        assertThat(killed("The shells struck the checkpoint, killing three U.S. Army soldiers and a Kurdish guard."))
                .containsExactly(4);
        assertThat(killed("An American contractor died of his wounds after the rockets landed.")).containsExactly(1);
        assertThat(killed("A dozen guards were killed when the depot blew up.")).containsExactly(12);
        assertThat(killed("A number of guards were killed when the depot blew up.")).isEmpty();
    }

    @Test
    void aWordForManyPeopleGivesNoFigure() {
        assertThat(killed("The jets hit the compound, killing several guards of the governor.")).isEmpty();
        assertThat(injured("Dozens were wounded in the blasts at the depot.")).isEmpty();
    }

    @Test
    void aKillingNamedAsTheMotiveIsNotATollButACausedDeathIs() {
        assertThat(killed("Ankara launched retaliatory raids overnight for the killing of two of its border guards."))
                .isEmpty();
        assertThat(killed("The group vowed to avenge the deaths of four of its fighters.")).isEmpty();
        assertThat(killed("The shelling of the orchard led to the deaths of four farmers.")).containsExactly(4);
    }

    @Test
    void theNextGroupWithAVerbOfItsOwnIsNotAdded() {
        assertThat(killed("The drone hit the convoy, killing four soldiers and two civilians were wounded nearby."))
                .containsExactly(4);
        assertThat(killed("One guard was killed and six others were wounded at the gate.")).containsExactly(1);
        assertThat(injured("One guard was killed and six others were wounded at the gate.")).containsExactly(6);
    }

    @Test
    void aRoundDozenWithABoundGivesNoFigure() {
        assertThat(killed("Local media said the town was hit, with over a dozen police officers killed.")).isEmpty();
        assertThat(killed("The blasts killed more than a dozen guards.")).isEmpty();
        assertThat(killed("The blasts killed a dozen guards.")).containsExactly(12);
    }

    @Test
    void aNumberAfterAMonthIsADayNotAToll() {
        assertThat(killed("The last raid on the camp on March 14 killed six guards, the ministry said."))
                .containsExactly(6);
        assertThat(killed("A drone attack on Aug. 3 killed two shepherds near the village.")).containsExactly(2);
        assertThat(killed("A strike on Nov 21 wounded two farmers.")).isEmpty();
    }

    @Test
    void aTollCountedSinceAMonthAYearOrAWarsStartIsARunningTotal() {
        assertThat(killed("Some 300 fighters have been killed in Turkish raids on the region since the start of the year."))
                .isEmpty();
        assertThat(killed("Since January, more than 40 civilians have died in drone strikes across the province."))
                .isEmpty();
        assertThat(killed("Air raids have killed at least 70 people in the district since 2019, a monitor says.")).isEmpty();
        assertThat(killed("About 120 soldiers have been killed so far this year, officials say.")).isEmpty();
    }

    @Test
    void aStrikeMeasuredAgainstAPeriodKeepsItsToll() {
        assertThat(killed("The raid, the deadliest since March, killed 14 people at the market.")).containsExactly(14);
        assertThat(killed("Two guards have died since the strike on the depot, doctors said.")).containsExactly(2);
    }

    @Test
    void peopleNamedByWhatTheyWereDoingAreCounted() {
        assertThat(killed("Three tourists from Basra were killed when a shell hit their car.")).containsExactly(3);
        assertThat(killed("Four worshippers and two guards were killed in the blast at the shrine.")).containsExactly(6);
        assertThat(injured("Five peshmerga were wounded by the drone, the ministry said.")).containsExactly(5);
    }

    @Test
    void aNamedVictimAndAGroupJoinedToHimAreCountedTogether() {
        assertThat(killed("The drone killed Hamid Karim al-Tamimi, a deputy head of the brigade, and two of his drivers "
                + "on the airport road.")).containsExactly(3);
        assertThat(killed("The raid killed Ali Hassan Jaber, Karim Nouri and six others, a medic said.")).containsExactly(8);
        assertThat(killed("The missile killed a brigade commander along with three of his guards.")).containsExactly(4);
        assertThat(killed("The blast killed two officers as well as a driver near the gate.")).containsExactly(3);
    }

    @Test
    void nobodyHurtMeansNoneKilledOrWounded() {
        assertThat(killed("No one was hurt when the rockets landed near the runway, a spokesman said.")).containsExactly(0);
        assertThat(injured("No one was hurt when the rockets landed near the runway, a spokesman said.")).containsExactly(0);
        assertThat(killed("There were no reported injuries after the drone fell near the gate.")).isEmpty();
    }

    @Test
    void aClockTimeIsNoToll() {
        assertThat(killed("They were killed at 9:40 p.m. when the drone struck their post.")).isEmpty();
        assertThat(killed("The shell killed three farmers at 6 am near the river.")).containsExactly(3);
        assertThat(killed("Both were killed at 2300 GMT on the road to the camp.")).isEmpty();
    }

    @Test
    void aTollSummedOverSeveralDaysIsNoStrikesToll() {
        assertThat(killed("The toll from the raids rose to 21 over three days, the council said.")).isEmpty();
        assertThat(killed("Drone strikes have killed 17 people in the past two weeks.")).isEmpty();
        assertThat(killed("The strike killed 17 people in the town, the council said.")).containsExactly(17);
    }
}
