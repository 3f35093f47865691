package io.strikeline.extract;

import static io.strikeline.extract.TokenFixtures.at;
import static io.strikeline.extract.TokenFixtures.party;
import static io.strikeline.extract.TokenFixtures.strikeAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.extract.Actor.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words that make a party the teller of a strike; every sentence here is written for the test. */
class SpeakerCuesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 7);

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aSpeakerThatSaysItStruckClaimsTheStrike() {
        List<Token> tokens = Tokenizer.tokenize("The army said it struck two camps.");
        SpeakerCues cues = new SpeakerCues(tokens);
        assertThat(cues.claimsStrike(at(tokens, "said"), strikeAt(tokens, "struck"))).isTrue();
    }

    @Test
    void aSpeakerTellingOfAnothersStrikeClaimsNothing() {
        List<Token> tokens = Tokenizer.tokenize("The army said rebels struck two camps.");
        SpeakerCues cues = new SpeakerCues(tokens);
        assertThat(cues.claimsStrike(at(tokens, "said"), strikeAt(tokens, "struck"))).isFalse();
    }

    @Test
    void theVerbOfSpeakingIsReachedPastAnAbbreviationAndAnAside() {
        List<Token> tokens = Tokenizer.tokenize("The Guard Corps (GC) in a statement said jets struck.");
        SpeakerCues cues = new SpeakerCues(tokens);
        int afterName = at(tokens, "(");
        int aside = cues.afterAbbreviation(afterName, tokens.size());
        assertThat(aside).isEqualTo(at(tokens, "in"));
        assertThat(cues.afterAside(aside, tokens.size())).isEqualTo(at(tokens, "said"));
    }

    @Test
    void anAsideWithNoVerbOfSpeakingAfterItIsNoAside() {
        List<Token> tokens = Tokenizer.tokenize("The jets in a raid struck camps.");
        SpeakerCues cues = new SpeakerCues(tokens);
        assertThat(cues.afterAside(at(tokens, "in"), tokens.size())).isEqualTo(at(tokens, "in"));
    }

    @Test
    void aCountrysNameBeforeItsStateTelevisionNamesAnOutlet() {
        List<Token> tokens = Tokenizer.tokenize("Iranian state television reported the raid.");
        SpeakerCues cues = new SpeakerCues(tokens);
        assertThat(cues.namesOutlet(party(tokens, "Iranian", Kind.IRAN), tokens.size())).isTrue();
    }

    @Test
    void aForceThatSaysItFiredIsThePerpetrator() {
        List<ExtractedEvent> found = events("The Revolutionary Guards said that they fired missiles at rebel camps "
                + "near Koya on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).perpetrator()).isEqualTo("Iran");
    }

    @Test
    void aForceThatSaysItWasHitIsNotThePerpetrator() {
        List<ExtractedEvent> found = events("The Turkish army said it was hit by rockets near Bashiqa on Monday.");
        assertThat(found).allSatisfy(e -> assertThat(e.perpetrator()).isNotEqualTo("Turkey"));
    }
}
