package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sides a strike's article tells beyond its own sentence; every sentence here is written for the test. */
class ArticleSidesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 10);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    private static Candidate strike(EventType type, Actor by, int originClause) {
        Candidate c = new Candidate();
        c.type = type;
        c.perpetrator = by;
        c.originClause = originClause;
        return c;
    }

    @Test
    void aMilitiaReadAsFlyingAnAirStrikeBecomesItsTarget() {
        Actor militia = new Actor("Kata'ib Hezbollah", Kind.MILITIA);
        Candidate c = strike(EventType.AIRSTRIKE, militia, 0);
        ArticleSides.groundedNotFlying(c);
        assertThat(c.perpetrator).isNull();
        assertThat(c.target).isEqualTo(militia);
    }

    @Test
    void aStateKeepsTheAirStrikeItFlew() {
        Actor israel = new Actor("Israel", Kind.STATE);
        Candidate c = strike(EventType.AIRSTRIKE, israel, 0);
        ArticleSides.groundedNotFlying(c);
        assertThat(c.perpetrator).isEqualTo(israel);
        assertThat(c.target).isNull();
    }

    @Test
    void aMilitiaKeepsARocketAttackItFired() {
        Actor militia = new Actor("Kata'ib Hezbollah", Kind.MILITIA);
        Candidate c = strike(EventType.ROCKET_ATTACK, militia, 0);
        ArticleSides.groundedNotFlying(c);
        assertThat(c.perpetrator).isEqualTo(militia);
    }

    @Test
    void aSiteOfTheSameClauseTakesTheSidesItsSiblingNames() {
        Actor us = new Actor(Actor.UNITED_STATES, Kind.US);
        Actor militia = new Actor("Kata'ib Hezbollah", Kind.MILITIA);
        Candidate named = strike(EventType.AIRSTRIKE, us, 7);
        named.target = militia;
        Candidate open = strike(EventType.AIRSTRIKE, null, 7);
        ArticleSides.shareWithinOperation(List.of(named, open));
        assertThat(open.perpetrator).isEqualTo(us);
        assertThat(open.target).isEqualTo(militia);
    }

    @Test
    void aSiteOfAnotherClauseKeepsItsOpenSides() {
        Candidate named = strike(EventType.AIRSTRIKE, new Actor(Actor.UNITED_STATES, Kind.US), 7);
        Candidate open = strike(EventType.AIRSTRIKE, null, 30);
        open.sentence = new SentenceInfo();
        open.sentence.index = 3;
        ArticleSides.shareWithinOperation(List.of(named, open));
        assertThat(open.perpetrator).isNull();
    }

    @Test
    void aGroupWithoutAircraftIsNotThePerpetratorOfAnAirstrike() {
        List<ExtractedEvent> found = events("Islamic State lost a weapons depot to airstrikes near Mosul on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNull();
        assertThat(found.get(0).target()).isEqualTo("Islamic State");
    }

    @Test
    void aCampaignStrikeOnUnnamedMilitantsHitTheOnlyEnemyTheArticleNames() {
        List<ExtractedEvent> found = events("The coalition keeps up its air war on the Islamic State in Anbar. "
                + "On Monday coalition jets bombed a bridge near Haditha, killing nine militants.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Islamic State");
        assertThat(found.get(0).fields()).anyMatch(f -> f.field().equals("target") && f.mention() != null);
    }

    @Test
    void noEnemyIsAssumedWhenTheArticleNamesSeveral() {
        List<ExtractedEvent> found = events("Both the Islamic State and Kata'ib Hezbollah operate near the border. "
                + "On Monday U.S. jets bombed a bridge near al-Qaim, killing nine fighters.");
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(e -> assertThat(e.target()).isNull());
    }

    @Test
    void theSitesOfOneOperationShareTheSideThatStruck() {
        List<ExtractedEvent> found = events("The strikes on Tuesday hit two sites: a depot in al-Qaim and a garage in "
                + "Jurf al-Sakhar. U.S. jets struck the depot in al-Qaim with guided bombs on Tuesday.");
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(e -> assertThat(e.perpetrator()).isEqualTo("United States"));
    }

    @Test
    void theDeadOfTheMotiveAreNotTheArmyOfTheLand() {
        List<ExtractedEvent> found = events("Turkish jets bombed targets near Amedi on Sunday in retaliation for an "
                + "ambush by PKK fighters on a Turkish outpost on Saturday that killed nine soldiers.");
        assertThat(found).filteredOn(e -> "Turkey".equals(e.perpetrator())).first()
                .satisfies(e -> assertThat(e.target()).isEqualTo("PKK"));
    }

    @Test
    void aSiteToldInAnotherStrikesSentenceSharesItsSides() {
        List<ExtractedEvent> found = events("Iran fired a dozen missiles at American troops in Iraq on Wednesday. Eight "
                + "landed on Ain al-Asad; two landed on a base at Erbil airport; the rest failed.");
        assertThat(found).extracting(ExtractedEvent::perpetrator).containsOnly("Iran");
        assertThat(found).extracting(ExtractedEvent::target).containsOnly("US forces");
    }

    @Test
    void aGenericTargetSharedBySitesTakesTheMilitiaAnyOfThemNames() {
        List<ExtractedEvent> found = events("U.S. jets struck sites used by Iran-backed militias in Iraq on Tuesday. "
                + "The raids hit a Kata'ib Hezbollah command post, officials said. The jets struck two places: "
                + "Jurf al-Sakhar and al-Qaim.");
        assertThat(found).isNotEmpty();
        assertThat(found).extracting(ExtractedEvent::target).containsOnly("Kata'ib Hezbollah");
    }

    @Test
    void soldiersOfNoNationalityKilledInAForeignStrikeAreTheArmyOfTheLand() {
        List<ExtractedEvent> found = events("Israeli missiles hit air defence positions south of Damascus on Tuesday, "
                + "and three soldiers were killed, a military source said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Syrian government");
    }

    @Test
    void soldiersOfANamedCountryAreNotTheArmyOfTheLand() {
        List<ExtractedEvent> found = events("Israeli missiles hit a convoy south of Damascus on Tuesday, and three Iranian "
                + "soldiers were killed, a monitor said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isNotEqualTo("Syrian government");
    }

    @Test
    void theCoalitionsGroundPartnerIsNoSecondOpponentInCampaignCopy() {
        List<ExtractedEvent> found = events("Coalition aircraft bombed a village near Manbij on Tuesday, a monitor said. "
                + "The Syrian Democratic Forces, backed by the jets, are trying to take the town from the Islamic State.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Islamic State");
    }

    @Test
    void rocketsOnABaseThatHostsAmericanTroopsHitThem() {
        List<ExtractedEvent> found = events("Three rockets landed inside Ain al-Asad air base in Anbar on Tuesday, an Iraqi "
                + "security source said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("US forces");
    }

    @Test
    void anAmericanAirStrikeNearSuchABaseDoesNotHitAmericans() {
        List<ExtractedEvent> found = events("American jets bombed a rocket launch site near the al-Tanf garrison on "
                + "Tuesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isNotEqualTo("US forces");
    }

}
