package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts tokens spell, in figures and in words; the sentences are written for this test. */
class NumbersTest {

    private static int valueOf(String text, String word) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return tokens.stream().filter(t -> t.raw().equals(word)).findFirst().map(Numbers::value).orElseThrow();
    }

    @Test
    void figuresWithThousandsSeparatorsAreCounts() {
        assertThat(valueOf("The shelling drove 1,200 families from the valley.", "1,200")).isEqualTo(1200);
        assertThat(valueOf("Rockets struck 7 trucks at dawn.", "7")).isEqualTo(7);
        assertThat(valueOf("Officials counted 999,999 rounds over the year.", "999,999")).isEqualTo(999_999);
    }

    @Test
    void longFiguresAndDecimalsAreNoCount() {
        assertThat(valueOf("The budget reached 1234567 units.", "1234567")).isEqualTo(-1);
        assertThat(valueOf("Aid rose by 1,234,567 meals.", "1,234,567")).isEqualTo(-1);
    }

    @Test
    void numberWordsAreCountsAndOtherWordsAreNot() {
        assertThat(valueOf("Seven drones crossed the border.", "Seven")).isEqualTo(7);
        assertThat(valueOf("A dozen shells landed near the school.", "dozen")).isEqualTo(12);
        assertThat(valueOf("Several houses burned.", "Several")).isEqualTo(3);
        assertThat(valueOf("Several houses burned.", "houses")).isEqualTo(-1);
        assertThat(valueOf("Several houses burned.", ".")).isEqualTo(-1);
    }
}
