package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A grid of the constructions a toll is told in, read from {@code rules/toll-grid.tsv}: word numbers and round words,
 * "at least", ranges, "including" and other asides, sums of groups, killed and wounded together, the dead named rather
 * than counted, zero tolls, tolls of the headline only, of another incident, of a war or a year, and troop counts and
 * populations that are no toll.
 */
class TollGridTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 15);

    record Case(String line, String killed, String injured, String title, String text) {
        @Override
        public String toString() {
            return RuleTable.preview(text);
        }
    }

    static Stream<Case> cases() throws IOException {
        return Stream.concat(RuleTable.read("/rules/toll-grid.tsv").stream(), RuleTable.read("/rules/toll-grid-2.tsv").stream())
                .map(row -> {
            String[] f = row.fields();
            return new Case(row.line(), f[0], f[1], f[2], f[3]);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theLeadStrikeHasTheTollTheCopyGives(Case c) {
        List<ExtractedEvent> found = RuleBasedExtractor.standard()
                .extract(new ArticleText(c.title(), c.text(), PUBLISHED)).events();
        assertThat(found).as(c.line()).isNotEmpty();
        ExtractedEvent lead = found.get(0);
        assertThat(String.valueOf(lead.killed())).as(c.line()).isEqualTo(c.killed());
        if (!c.injured().equals("-")) {
            assertThat(String.valueOf(lead.injured())).as(c.line()).isEqualTo(c.injured());
        }
    }
}
