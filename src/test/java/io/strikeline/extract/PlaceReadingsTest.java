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
 * Places read from words that only look like a place (an adjective, a building's or a unit's name, a person) and every
 * site of a list: {@code rules/place-readings.tsv}, sentences written for the test.
 */
class PlaceReadingsTest {

    static Stream<Arguments> rows() throws IOException {
        return RuleTable.namedByText("/rules/place-readings.tsv");
    }

    @ParameterizedTest
    @MethodSource("rows")
    void placesAsTold(RuleTable.Row row) {
        String[] f = row.fields();
        List<ExtractedEvent> found = RuleTable.eventsOf(row);
        List<String> expected = f[1].equals("-") ? List.of() : Arrays.asList(f[1].split("\\|"));
        assertThat(found).as(row.line()).extracting(ExtractedEvent::place).containsExactlyInAnyOrderElementsOf(expected);
    }
}
