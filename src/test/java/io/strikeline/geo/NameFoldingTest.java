package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word folding: the ASCII path and the general path must agree on every word both can take. */
class NameFoldingTest {

    @Test
    void asciiWordsFoldAsBefore() {
        assertThat(NameFolding.foldWord("Fallouja")).isEqualTo("faluja");
        assertThat(NameFolding.foldWord("ASSAD")).isEqualTo("asad");
        assertThat(NameFolding.foldWord("Qa'im")).isEqualTo("qaim");
        assertThat(NameFolding.foldWord("Ramadi's")).isEqualTo("ramadi");
        assertThat(NameFolding.foldWord("F-16")).isEqualTo("f16");
        assertThat(NameFolding.foldWord("1100")).isEqualTo("1100");
        assertThat(NameFolding.foldWord("'")).isEmpty();
    }

    @Test
    void aWordFoldsTheSameWhetherOrNotAMarkSendsItDownTheGeneralPath() {
        // a combining mark before the word is dropped, but makes the word non-ASCII
        for (String word : List.of("Baghdad", "Deir", "Zour", "ooze", "Tall", "USS", "Mosul2", "e-mail", "Ain", "QAIM", "x")) {
            assertThat(NameFolding.foldWord("\u0301" + word)).as(word).isEqualTo(NameFolding.foldWord(word));
        }
    }

    @Test
    void lettersBeyondAsciiLoseTheirMarks() {
        assertThat(NameFolding.foldWord("Ḥalab")).isEqualTo("halab");
        assertThat(NameFolding.foldWord("ʿAyn")).isEqualTo("ayn");
        assertThat(NameFolding.foldWord("Dayr")).isEqualTo("dayr");
    }

    @Test
    void aHeadlineFoldedOnceReadsAsTheCachedFoldDoes() {
        for (String headline : List.of("Drones strike near al-Qa'im, killing three", "Ḥalab: jets hit a depot", "")) {
            assertThat(NameFolding.foldOnce(headline)).isEqualTo(NameFolding.fold(headline));
        }
        assertThat(NameFolding.foldOnce(null)).isEmpty();
    }
}
