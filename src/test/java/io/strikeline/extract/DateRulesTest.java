package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How wire copy states the day of a strike, each rule with cases where it must not fire, read from
 * {@code rules/dates.tsv}: a weekday told with its calendar day, ranges of days, nights over two days, US clock times,
 * days told relative to another strike, the dates of statements, tallies and page stamps, and years that open a period.
 */
class DateRulesTest {

    record Case(String line, LocalDate published, List<String> dates, String title, String text) {
        @Override
        public String toString() {
            return RuleTable.preview(text);
        }
    }

    static Stream<Case> cases() throws IOException {
        return RuleTable.read("/rules/dates.tsv").stream().map(row -> {
            String[] f = row.fields();
            return new Case(row.line(), f[0].equals("-") ? null : LocalDate.parse(f[0]), List.of(f[1].split("\\|")), f[2],
                    f[3]);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyStrikeHasTheDayTheCopyGivesIt(Case c) {
        List<String> found = RuleBasedExtractor.standard().extract(new ArticleText(c.title(), c.text(), c.published()))
                .events().stream().map(e -> e.date().format()).toList();
        assertThat(found).as(c.line()).isEqualTo(c.dates());
    }
}
