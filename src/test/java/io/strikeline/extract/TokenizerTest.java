package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence breaks in hard-wrapped copy, and datelines; every sentence here is written for the test. */
class TokenizerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

    private static List<int[]> sentences(String text) {
        return Tokenizer.sentences(text, Tokenizer.tokenize(text));
    }

    private static List<ExtractedEvent> events(String text) {
        return RuleBasedExtractor.standard().extract(new ArticleText("Test", text, PUBLISHED)).events();
    }

    @Test
    void aRepeatedWordKeepsTheKeyOfItsOwnPlace() {
        // "as" folds to nothing before a hyphen (an Arabic article) and stays a word elsewhere, however often it recurs;
        // keys collapse doubled letters
        List<Token> tokens = Tokenizer.tokenize("Shells fell on as-Safira as well as on As-Salamiyah.");
        assertThat(tokens).extracting(Token::key)
                .containsExactly("shels", "fel", "on", "", "safira", "as", "wel", "as", "on", "", "salamiyah", "");
        assertThat(tokens).extracting(Token::lower)
                .containsExactly("shells", "fell", "on", "as", "safira", "as", "well", "as", "on", "as", "salamiyah", ".");
    }

    @Test
    void aLineWrappedInsideASentenceDoesNotEndIt() {
        String text = "Two Dutch F-16 jets dropped guided bombs on a militant\n"
                + "position in the hills south of Kirkuk, the ministry said.\n"
                + "Officials gave no toll.";
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void shortLinesAndLinesEndingASentenceStillBreak() {
        assertThat(sentences("By Staff Writer\nMarch 12, 2024\nJets struck a depot near Mosul.\nNobody was hurt.")).hasSize(4);
        assertThat(sentences("The ministry gave the figure in a statement on its website.\n\nthe rest follows")).hasSize(2);
    }

    @Test
    void aWrappedReportStillYieldsItsStrike() {
        List<ExtractedEvent> found = events("Two Dutch F-16 jets attacked militant positions with guided\n"
                + "bombs in the hills south of Kirkuk on Monday, the defence ministry\n"
                + "said in a statement.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Kirkuk");
    }

    @Test
    void theDatelineEndsAtItsDashAndIsNoPlaceOfTheStrike() {
        String text = "BAGHDAD, March 11 (Wire) -- A drone strike hit a truck near Tikrit on Monday.";
        List<Token> tokens = Tokenizer.tokenize(text);
        int end = Tokenizer.datelineEnd(tokens, 0, tokens.size());
        assertThat(tokens.get(end).raw()).isEqualTo("--");
        assertThat(events(text)).extracting(ExtractedEvent::place).containsExactly("Tikrit");
    }

    @Test
    void aDatelineWithARegionNamesNeitherAsTheStrikePlace() {
        List<ExtractedEvent> found = events("ERBIL, Kurdistan Region - Drones struck a militia depot in Sinjar "
                + "on Monday, local officials said.");
        assertThat(found).extracting(ExtractedEvent::place).containsExactly("Sinjar");
    }

    @Test
    void aSentenceOpeningWithAnAcronymIsNoDateline() {
        List<Token> tokens = Tokenizer.tokenize("CENTCOM said jets struck Mosul.");
        assertThat(Tokenizer.datelineEnd(tokens, 0, tokens.size())).isZero();
    }
}
