package io.strikeline.extract;

import static io.strikeline.extract.TokenFixtures.injured;
import static io.strikeline.extract.TokenFixtures.killed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tolls told figure first, read by {@link FigureFirstToll}; every sentence here is written for the test. */
class FigureFirstTollTest {

    /** The toll whose figure is the first token of the sentence, or null. */
    private static CasualtyFinder.Hit readFromStart(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return FigureFirstToll.read(tokens, 0, tokens.size());
    }

    @Test
    void aFigureThenItsPeopleThenTheirVerbIsAToll() {
        assertThat(readFromStart("Four guards were killed at the gate."))
                .isEqualTo(new CasualtyFinder.Hit(0, 4, true, 4));
        assertThat(readFromStart("Twelve farmers were wounded near the well."))
                .isEqualTo(new CasualtyFinder.Hit(0, 4, false, 12));
    }

    @Test
    void livesAVerbTookAreTheDead() {
        List<Token> tokens = Tokenizer.tokenize("The raid claimed 12 lives.");
        int figure = 3;
        assertThat(tokens.get(figure).raw()).isEqualTo("12");
        assertThat(FigureFirstToll.read(tokens, figure, tokens.size())).isEqualTo(new CasualtyFinder.Hit(3, 5, true, 12));
    }

    @Test
    void aFigureWhosePeopleSufferNothingIsNoToll() {
        assertThat(readFromStart("Four guards stood at the gate.")).isNull();
        assertThat(readFromStart("Three of the guards killed in the raid were named.")).isNull();
    }

    @Test
    void aGroupAfterIncludingBetweenCommasIsPassedOver() {
        assertThat(killed("At least 30 people, including five children, have died in the bombing of the market."))
                .containsExactly(30);
    }

    @Test
    void aFigureWithoutANounTakesItsVerbAcrossAdverbs() {
        assertThat(killed("A clinic in the town said nine have so far died and 20 have been wounded.")).containsExactly(9);
        assertThat(injured("A clinic in the town said nine have so far died and 20 have been wounded.")).containsExactly(20);
        assertThat(killed("Three were reportedly killed in the second wave.")).containsExactly(3);
    }

    @Test
    void aShareOfTheDeadNamedByTheParticipleIsNotTheToll() {
        assertThat(killed("Police named three of the men killed in the raid as local shepherds.")).isEmpty();
    }

    @Test
    void aFigureSaidBeforeAnotherIsNotCountedWithIt() {
        assertThat(killed("An Iraqi official said two were killed in the strike.")).containsExactly(2);
    }

    @Test
    void aLongIncludingAsideStillLeavesTheWholeToll() {
        assertThat(killed("At least 31 fighters, including nine army soldiers and 22 members of allied militias, were "
                + "killed in the raids, the monitor said.")).containsExactly(31);
    }
}
