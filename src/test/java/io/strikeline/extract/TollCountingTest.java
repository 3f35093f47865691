package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a toll counts against the others of its strike ({@link TollCounting}); every sentence is written for the test. */
class TollCountingTest {

    /** The one toll of the dead the sentence tells. */
    private static CasualtyFinder.Hit deadOf(List<Token> tokens) {
        return CasualtyFinder.find(tokens, 0, tokens.size()).stream().filter(CasualtyFinder.Hit::killed).findFirst()
                .orElseThrow();
    }

    @Test
    void aTollStoodAtAFigureIsStatedWhole() {
        List<Token> tokens = Tokenizer.tokenize("The toll stood at six by the evening.");
        assertThat(TollCounting.statedToll(tokens, deadOf(tokens))).isTrue();
        assertThat(TollCounting.risen(tokens, deadOf(tokens))).isFalse();
    }

    @Test
    void deadKilledAlsoAreAddedToThoseToldBefore() {
        List<Token> also = Tokenizer.tokenize("Two farmers were also killed in the raid.");
        assertThat(TollCounting.addedToll(also, deadOf(also))).isTrue();
        List<Token> plain = Tokenizer.tokenize("Two farmers were killed in the raid.");
        assertThat(TollCounting.addedToll(plain, deadOf(plain))).isFalse();
    }

    @Test
    void othersDeadOpeningTheSentenceCountBesidesTheDeadToldBefore() {
        List<Token> tokens = Tokenizer.tokenize("Five others died in the blast.");
        assertThat(TollCounting.othersToll(tokens, deadOf(tokens), List.of())).isTrue();
    }

    @Test
    void aTollWithANumberIsFiguredAndOneCountingAPersonIsNot() {
        List<Token> figure = Tokenizer.tokenize("The drone killed two guards near the gate.");
        assertThat(TollCounting.figured(figure, deadOf(figure))).isTrue();
        List<Token> person = Tokenizer.tokenize("The drone killed a guard near the gate.");
        assertThat(TollCounting.figured(person, deadOf(person))).isFalse();
    }

    @Test
    void aTollStatedAtAFigureOrRisenToOneIsRead() {
        List<Token> tokens = Tokenizer.tokenize("Health officials put the death toll at six on Friday evening.");
        assertThat(CasualtyFinder.find(tokens, 0, tokens.size())).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(6))
                .satisfies(h -> assertThat(TollCounting.risen(tokens, h)).isFalse());
        List<Token> risen = Tokenizer.tokenize("The number of dead from the raids on the two hamlets near the river rose to 11.");
        assertThat(CasualtyFinder.find(risen, 0, risen.size())).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(11))
                .satisfies(h -> assertThat(TollCounting.risen(risen, h)).isTrue())
                .satisfies(h -> assertThat(risen.get(h.fromTok()).lower()).isEqualTo("rose"));
    }
}
