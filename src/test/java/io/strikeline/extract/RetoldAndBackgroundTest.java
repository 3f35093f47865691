package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which strikes an article reports, read from {@code rules/retold-and-background.tsv}: its lead strike told again (by its
 * province, in a caption, by a verb alone) is one event; strikes the article tells as background (counted, of other
 * years, given no day, known only by name), strikes of other wars and threats are none.
 */
class RetoldAndBackgroundTest {

    record Case(String line, LocalDate published, List<String> events, String title, String text) {
        @Override
        public String toString() {
            return RuleTable.preview(text);
        }
    }

    static Stream<Case> cases() throws IOException {
        return RuleTable.read("/rules/retold-and-background.tsv").stream().map(row -> {
            String[] f = row.fields();
            List<String> events = f[1].equals("none") ? List.of() : Arrays.asList(f[1].split(" \\| "));
            return new Case(row.line(), LocalDate.parse(f[0]), events, f[2], f[3].replace("\\n", "\n"));
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theArticleReportsTheStrikesItTellsAsNews(Case c) {
        List<ExtractedEvent> found = RuleBasedExtractor.standard()
                .extract(new ArticleText(c.title(), c.text(), c.published())).events();
        assertThat(found).as(c.line()).extracting(e -> e.place() + " " + e.date().format())
                .containsExactlyInAnyOrderElementsOf(c.events());
    }
}
