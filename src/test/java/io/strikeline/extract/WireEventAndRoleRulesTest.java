package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general rules of which clauses of wire copy tell a strike and who took part in it, each in several phrasings of its
 * own (AP, Reuters, AFP, CENTCOM, Kurdish, Syrian, Turkish and Iranian styles), read from {@code rules/events-and-roles.tsv}:
 * predictions about strikes, firing and launching verbs, strikes other than the lead one, speakers and condemners who are
 * not the perpetrator, parties that suffer a strike; and from {@code rules/strike-tellings.tsv} the ways copy tells a strike
 * (a weapon as subject, killed in a strike, passive voice, "came under", nouns, several places, the headline alone); from
 * {@code rules/roles-grid.tsv} who struck and who was hit by construction, with rows where a rule must not fire; and
 * from {@code rules/event-types.tsv} the kind of a strike.
 */
class WireEventAndRoleRulesTest {

    record Case(String line, LocalDate published, String events, String perpetrator, String target, String title,
            String text, String type) {
        @Override
        public String toString() {
            return RuleTable.preview(text);
        }
    }

    static Stream<Case> cases() throws IOException {
        List<RuleTable.Row> rows = new ArrayList<>(RuleTable.read("/rules/events-and-roles.tsv"));
        rows.addAll(RuleTable.read("/rules/strike-tellings.tsv"));
        rows.addAll(RuleTable.read("/rules/roles-grid.tsv"));
        rows.addAll(RuleTable.read("/rules/event-types.tsv"));
        return rows.stream().map(row -> {
            String[] f = row.fields();
            String text = f[5].replace("\\n", "\n"); // "\n" in the file breaks the text's lines
            return new Case(row.line(), LocalDate.parse(f[0]), f[1], f[2], f[3], f[4], text, f.length > 6 ? f[6] : "-");
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theCopyYieldsTheStrikesAndRolesItStates(Case c) {
        List<ExtractedEvent> found = RuleBasedExtractor.standard()
                .extract(new ArticleText(c.title(), c.text(), c.published())).events();
        if (c.events().startsWith(">=")) {
            assertThat(found).as(c.line()).hasSizeGreaterThanOrEqualTo(Integer.parseInt(c.events().substring(2)));
        } else {
            assertThat(found).as(c.line()).hasSize(Integer.parseInt(c.events()));
        }
        if (found.isEmpty()) {
            return;
        }
        ExtractedEvent first = found.get(0);
        if (!c.perpetrator().equals("-")) {
            assertThat(String.valueOf(first.perpetrator())).as(c.line()).isEqualTo(c.perpetrator());
        }
        if (!c.target().equals("-")) {
            assertThat(String.valueOf(first.target())).as(c.line()).isEqualTo(c.target());
        }
        if (!c.type().equals("-")) {
            assertThat(first.type().code()).as(c.line()).isEqualTo(c.type());
        }
    }
}
