package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One clause that tells strikes on far places or of two kinds is one strike each, with the toll only where the copy
 * ties it to one of them; a town and the province that holds it, or a launch site, are one strike:
 * {@code rules/strike-splits.tsv}, sentences written for the test.
 */
class StrikeSplitTest {

    static Stream<Arguments> rows() throws IOException {
        return RuleTable.namedByText("/rules/strike-splits.tsv");
    }

    @ParameterizedTest
    @MethodSource("rows")
    void oneEventPerPlaceAndKind(RuleTable.Row row) {
        String[] f = row.fields();
        List<ExtractedEvent> found = RuleTable.eventsOf(row);
        List<String> expected = Arrays.asList(f[1].split("\\|"));
        assertThat(found).as(row.line()).extracting(StrikeSplitTest::told).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** "airstrike@Raqqa#5": kind, place and killed ("-" for none) of one event. */
    private static String told(ExtractedEvent e) {
        return e.type().code() + "@" + e.place() + "#" + (e.killed() == null ? "-" : e.killed());
    }
}
