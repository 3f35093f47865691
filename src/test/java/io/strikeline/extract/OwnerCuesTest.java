package io.strikeline.extract;

import static io.strikeline.extract.TokenFixtures.at;
import static io.strikeline.extract.TokenFixtures.party;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.extract.Actor.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words that tie a party to a place or another party; every sentence here is written for the test. */
class OwnerCuesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 10);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void theOfBeforeAPartyIsFoundPastTheWordsOfItsName() {
        List<Token> tokens = Tokenizer.tokenize("Missiles hit the offices of the Free Kurd Party on Monday.");
        OwnerCues cues = new OwnerCues(tokens);
        assertThat(cues.ofBefore(party(tokens, "Party", Kind.NON_STATE), 0)).isEqualTo(at(tokens, "of"));
    }

    @Test
    void noOfBeforeAPartyAfterAVerb() {
        List<Token> tokens = Tokenizer.tokenize("Missiles hit militia depots near the river.");
        OwnerCues cues = new OwnerCues(tokens);
        assertThat(cues.ofBefore(party(tokens, "militia", Kind.MILITIA_GENERIC), 0)).isEqualTo(-1);
    }

    @Test
    void basesBelongingToAPartyAreItsPlaces() {
        List<Token> tokens = Tokenizer.tokenize("Jets bombed bases belonging to the Hawks near the river.");
        OwnerCues cues = new OwnerCues(tokens);
        assertThat(cues.belongingTo(party(tokens, "Hawks", Kind.MILITIA), 0)).isTrue();
    }

    @Test
    void aPartyAffiliatedToAnotherIsNoPlaceOfIt() {
        List<Token> tokens = Tokenizer.tokenize("Jets bombed fighters affiliated to the Hawks near the river.");
        OwnerCues cues = new OwnerCues(tokens);
        assertThat(cues.belongingTo(party(tokens, "Hawks", Kind.MILITIA), 0)).isFalse();
    }

    @Test
    void thePartyAGroupIsAlignedWithIsItsPatron() {
        List<Token> tokens = Tokenizer.tokenize("Militias aligned with Iran claimed the attack.");
        OwnerCues cues = new OwnerCues(tokens);
        assertThat(cues.patronOfAnother(party(tokens, "Iran", Kind.IRAN), 0)).isTrue();
    }

    @Test
    void theUnitOfAPartyAfterByIsWhoStruck() {
        List<Token> tokens = Tokenizer.tokenize("The raid was carried out by the missile unit of the Guards.");
        OwnerCues cues = new OwnerCues(tokens);
        assertThat(cues.unitOfAgent(at(tokens, "of"), 0)).isTrue();
    }

    @Test
    void thePatronNamedInAProxysDescriptionIsNotThePerpetrator() {
        List<ExtractedEvent> found = events("A drone attack hit a U.S. base in Syria on Monday; a group of Tehran-allied "
                + "militias later said it had carried out the attack.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isNotEqualTo("Iran");
    }

    @Test
    void theOwnerOfTheStruckOfficesWasHitEvenUnderAnAbbreviation() {
        List<ExtractedEvent> found = events("Iranian missiles slammed into offices of the Kurdish "
                + "Opposition Party (KDPI) outside Koya on Tuesday morning.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Kurdistan Democratic Party of Iran");
    }

    @Test
    void theUnitOfAPartyNamedAfterByCarriedOutTheStrike() {
        List<ExtractedEvent> found = events("A missile strike hit a camp near Koya on Tuesday. The strike was carried out "
                + "by the Aerospace Unit of the IRGC, state television said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran");
    }

    @Test
    void aPlaceSaidToBeAffiliatedToAPartyIsItsPlace() {
        List<ExtractedEvent> found = events("A Turkish drone hit a clinic in Sinjar on Tuesday, a building reportedly "
                + "affiliated to the Sinjar Resistance Units.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).target()).isEqualTo("Sinjar Resistance Units");
    }
}
