package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general rules of how wire copy states a toll and a date, each in several phrasings of its own (AP, Reuters, AFP,
 * CENTCOM, Kurdish, Syrian, Turkish and Iranian styles), read from {@code rules/tolls-and-dates.tsv}: at least N, N
 * including M, ranges, sums of groups, killed and wounded in one clause, tolls of other incidents and campaign totals,
 * risen tolls, zero and unreported tolls, weekdays, datelines, overnight strikes and years that open a period.
 */
class WireTollAndDateRulesTest {

    record Case(String line, LocalDate published, String killed, String date, String title, String text) {
        @Override
        public String toString() {
            return RuleTable.preview(text);
        }
    }

    static Stream<Case> cases() throws IOException {
        return RuleTable.read("/rules/tolls-and-dates.tsv").stream().map(row -> {
            String[] f = row.fields();
            return new Case(row.line(), LocalDate.parse(f[0]), f[1], f[2], f[3], f[4]);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theLeadStrikeHasTheTollAndDayTheCopyStates(Case c) {
        List<ExtractedEvent> found = RuleBasedExtractor.standard()
                .extract(new ArticleText(c.title(), c.text(), c.published())).events();
        assertThat(found).as(c.line()).isNotEmpty();
        ExtractedEvent lead = found.get(0);
        if (!c.killed().equals("-")) {
            assertThat(String.valueOf(lead.killed())).as(c.line()).isEqualTo(c.killed());
        }
        assertThat(lead.date().format()).as(c.line()).isEqualTo(c.date());
    }
}
