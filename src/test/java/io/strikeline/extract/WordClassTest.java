package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A token's class bits must say exactly what asking each class's set would; every sentence here is written for it. */
class WordClassTest {

    private static final String TEXT = "Late on Tuesday, U.S. drones and F-15 jets struck a depot near al-Qaim; officials"
            + " said the strikes, which followed rocket attacks two days ago, were not the last.\n"
            + "Iranian-backed militias had vowed to retaliate and have stepped up attacks since March 3, 2024 -- several"
            + " times a week -- the deadliest of them in the past few years. Protesters stormed the compound on Friday."
            + " \u201CAirstrike's aftermath\u201D, the caption read: the first such raid this month.";

    @Test
    void aTokensBitsAreItsWordsMemberships() {
        List<Token> tokens = Tokenizer.tokenize(TEXT);
        assertThat(tokens).hasSizeGreaterThan(80);
        for (Token t : tokens) {
            for (WordClass c : WordClass.values()) {
                assertThat(t.in(c)).as("%s in %s", t.lower(), c).isEqualTo(c.words().contains(t.lower()));
            }
        }
    }

    @Test
    void everyWordOfEveryClassIsFoundAsAToken() {
        for (WordClass c : WordClass.values()) {
            assertThat(c.words()).as(c.name()).isNotEmpty();
            for (String word : c.words()) {
                List<Token> tokens = Tokenizer.tokenize("so " + word + " so");
                if (tokens.size() == 3 && tokens.get(1).lower().equals(word)) {
                    assertThat(tokens.get(1).in(c)).as("%s in %s", word, c).isTrue();
                }
            }
        }
    }

    @Test
    void aTokensLowerFormIsInternedSoIsComparesByIdentity() {
        List<Token> tokens = Tokenizer.tokenize(TEXT + " Night -- then ʿAyn al-Asad - quiet... (again) [after] 4:30?!");
        for (Token t : tokens) {
            assertThat(t.lower()).as(t.raw()).isSameAs(t.lower().intern());
            assertThat(t.is(new String(t.lower().toCharArray()).intern())).as(t.raw()).isTrue();
        }
        assertThat(tokens.get(0).is("late")).isTrue();
        assertThat(tokens.get(0).is("on")).isFalse();
    }

    @Test
    void aTokensCapitalAndDigitAreThoseOfItsWord() {
        for (Token t : Tokenizer.tokenize(TEXT + " ʿAyn 4:30 'twas")) {
            assertThat(t.capitalized()).as(t.raw()).isEqualTo(!t.punct() && Token.startsCapitalized(t.raw()));
            assertThat(t.isNumber()).as(t.raw()).isEqualTo(!t.punct() && Character.isDigit(t.raw().charAt(0)));
        }
        assertThat(Token.startsCapitalized("\u2018Afak")).isTrue();
        assertThat(Token.startsCapitalized("\u2018afak")).isFalse();
        assertThat(Token.startsCapitalized("\u02BFAyn")).isTrue();
        assertThat(Token.startsCapitalized("\u02BEAdh")).isTrue();
        assertThat(Token.startsCapitalized("\u02BFayn")).isFalse();
    }

    @Test
    void theClassesFitInOneLong() {
        assertThat(WordClass.values().length).isLessThanOrEqualTo(Long.SIZE);
    }
}
