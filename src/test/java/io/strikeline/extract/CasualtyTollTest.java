package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which killed figure belongs to a strike; every sentence here is written for the test. */
class CasualtyTollTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aShareOfTheDeadIsNotTheToll() {
        List<ExtractedEvent> found = events("A U.S. airstrike near al-Qaim on Monday killed 11 militia fighters. "
                + "Two of the group's commanders were among the dead, a local official said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(11);
    }

    @Test
    void aTollThatCountsGroundFightingIsNotTheStrikes() {
        List<ExtractedEvent> found = events("Some 40 people died on Monday in coalition airstrikes and clashes across "
                + "Anbar province. Coalition jets bombed militant hideouts near Haditha on Monday, killing nine militants.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(9);
    }

    @Test
    void theLowestOfTwoFiguresForOneStrikeIsKept() {
        List<ExtractedEvent> found = events("A U.S. drone strike hit a car in Baghdad on Monday, killing three people, "
                + "though militia sources said five people died.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(3);
    }

    @Test
    void aFigureWithoutANounBeforeAPassiveVerbIsTheToll() {
        List<ExtractedEvent> found = events("At least six have been killed in U.S. airstrikes on militia depots near al-Qaim "
                + "on Monday, and two were wounded, a medic said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(6);
        assertThat(found.get(0).injured()).isEqualTo(2);
    }

    @Test
    void peopleWhoLostTheirLivesAreKilled() {
        List<ExtractedEvent> found = events("Two Iraqi soldiers lost their lives when a drone attack hit their checkpoint "
                + "near Kirkuk on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(2);
    }

    @Test
    void aTollInAClauseAboutAnEarlierIncidentStaysThere() {
        List<ExtractedEvent> found = events("Militia drones struck a U.S. base near Erbil on Monday, a campaign that grew "
                + "after gunmen killed 14 pilgrims in Karbala last year.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
    }

    @Test
    void aFigureNoSingleStrikeReachesIsNotATollOfOne() {
        List<ExtractedEvent> found = events("A U.S. airstrike hit a militia depot near al-Qaim on Monday in a war that "
                + "has killed 5,000 people.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
    }

    @Test
    void neitherAttackHurtingAnyoneIsAZeroTollForBoth() {
        List<ExtractedEvent> found = events("On Monday rockets struck a U.S. base near al-Shaddadi and drones attacked the "
                + "al-Tanf garrison. Neither attack caused any casualties, officials said.");
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(e -> assertThat(e.killed()).isZero());
    }

    @Test
    void twoGroupsOfDeadJoinedByAndAreAddedUp() {
        List<ExtractedEvent> found = events("A Russian airstrike on a market near Idlib on Monday killed nine rebels and "
                + "seven civilians, rescuers said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(16);
    }

    @Test
    void groupsBeforeThePassiveVerbAreAddedUp() {
        List<ExtractedEvent> found = events("Four soldiers and two civilians were killed when a drone attack hit a "
                + "checkpoint near Kirkuk on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(6);
    }

    @Test
    void aGroupNamedAfterIncludingIsAShareNotAnAddition() {
        List<ExtractedEvent> found = events("A coalition airstrike near Raqqa on Monday killed 20 people, including four "
                + "children and two women.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(20);
    }

    @Test
    void aRangeOfDeadGivesItsLowestFigureAndKeepsTheRangeAsEvidence() {
        List<ExtractedEvent> found = events("A coalition airstrike near Raqqa on Monday killed between 8 and 15 people, "
                + "activists said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(8);
        assertThat(found.get(0).fields()).anyMatch(f -> f.field().equals("killed") && f.mention().text().contains("15"));
    }

    @Test
    void theTollOfTheAttackAStrikeAvengesIsNotItsToll() {
        List<ExtractedEvent> found = events("U.S. jets bombed a militia depot near al-Qaim on Monday in retaliation for "
                + "an attack that killed three U.S. soldiers.");
        assertThat(found).filteredOn(e -> "Al-Qaim".equals(e.place())).singleElement()
                .satisfies(e -> assertThat(e.killed()).isNull());
    }

    @Test
    void aTollOverSeveralDaysIsNotOneStrikes() {
        List<ExtractedEvent> found = events("Government helicopters dropped barrel bombs on Aleppo on Monday. "
                + "Some 90 people have died over the past three days in the raids, a monitor said.");
        assertThat(found).isNotEmpty();
        assertThat(found).extracting(ExtractedEvent::killed).doesNotContain(90);
    }

    @Test
    void theTollOfAnEarlierYearInAnotherClauseIsNotTheStrikes() {
        List<ExtractedEvent> found = events("A drone struck a pickup truck near Sinjar on Monday, close to the village "
                + "where in June 2015 the jihadists killed 300 people.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
    }

    @Test
    void aTollTwoSentencesAfterTheStrikeIsItsToll() {
        List<ExtractedEvent> found = events("Jets struck a depot near Qaim on Monday. The ministry gave no further "
                + "details. A hospital source said four people had died.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isEqualTo(4);
    }

    @Test
    void aTollOfDaysOfFightingAfterTheStrikeIsNotItsToll() {
        List<ExtractedEvent> found = events("Russian jets struck a market in Aleppo on Saturday. Over the past three "
                + "days, 40 people have died.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
    }

    @Test
    void aTollLeftUnsaidIsNotZero() {
        List<ExtractedEvent> found = events("Turkish jets bombed rebel posts near Sinjar on Tuesday, officials said, "
                + "giving no figure for the dead or the wounded.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).killed()).isNull();
        assertThat(found.get(0).injured()).isNull();
    }
}
