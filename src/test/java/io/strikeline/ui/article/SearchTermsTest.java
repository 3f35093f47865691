package io.strikeline.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void queryWordsAreFoldedAndOperatorsAndPunctuationDropped() {
        assertThat(SearchTerms.words("\"Drone\" AND Qā'im* OR near")).containsExactly("drone", "qa", "im", "near");
        assertThat(SearchTerms.words(null)).isEmpty();
        assertThat(SearchTerms.words("  ")).isEmpty();
    }

    @Test
    void hitsArePrefixMatchesOfWholeWordsIgnoringCaseAndDiacritics() {
        String text = "Strikes hit MÓSUL; a restrike near Mosul-Gate.";
        List<Span> hits = SearchTerms.hits(text, SearchTerms.words("strike mosul"));
        assertThat(hits).extracting(s -> text.substring(s.start(), s.end())).containsExactly("Strikes", "MÓSUL", "Mosul");
    }

    @Test
    void arabicMatchesWithoutHamzaOrVowelMarks() {
        String text = "near " + ArticleFixtures.AIN_AL_ASAD + " and " + ArticleFixtures.ERBIL;
        List<Span> hits = SearchTerms.hits(text, SearchTerms.words("\u0627\u0644\u0627\u0633\u062f \u0627\u0631\u0628"));
        assertThat(hits).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("\u0627\u0644\u0623\u0633\u062f", ArticleFixtures.ERBIL);
    }
}
