package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 11.7: whatever an analyst types into the search box gives results or none, never an SQL error:
 * quotes, FTS5 operators, NEAR, stars, unbalanced parentheses, column filters, SQL fragments, 100 KB strings.
 */
class SearchInjectionTest {

    private static EventStore store;

    /** The bundled sample, copied and opened read-only once for all tries. */
    private static synchronized EventStore store() {
        if (store == null) {
            try {
                Path copy = Files.createTempFile("search-injection", ".db");
                copy.toFile().deleteOnExit();
                Files.copy(Path.of("data/sample.db"), copy, StandardCopyOption.REPLACE_EXISTING);
                store = EventStore.openReadOnly(copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    @Example
    void hostileSearchesGiveResultsOrNoneNeverAnError() {
        List<String> searches = List.of("strike\" OR NEAR( *", "\"", "\"\"", "(", ")", "((strike", "strike))", "NEAR(",
                "NEAR(strike rocket, -1)", "NEAR(strike, 99999999999)", "*", "**", "* strike", "OR", "AND AND", "NOT",
                "strike AND", "OR strike", "title:", "body:strike", "nosuchcolumn:strike", "^strike", "{title body}: strike",
                "'; DROP TABLE events; --", "strike'", "\\", "\u0000", "\uD83D\uDCA5 strike", "-strike", "+strike",
                "strike NOT", "\"strike", "strike\"", "a\"b\"c\"", "NEAR(\"strike\" \"drone\")", "[strike]", "strike;",
                "1=1 OR 1", "%", "_", "strike*rocket", "MATCH", "rank:1");
        for (String search : searches) {
            assertThat(store().eventIdsMatching(search)).as("search %s", search).isNotNull();
        }
    }

    @Example
    void searchesThatMeanSomethingStillFindEvents() {
        assertThat(store().eventIdsMatching("strike")).isNotEmpty();
        assertThat(store().eventIdsMatching("strike\" OR NEAR( *")).as("its words, searched plainly").isNotEmpty();
        assertThat(store().eventIdsMatching("strike OR rocket")).isNotEmpty();
    }

    @Example
    void hundredKilobyteSearchesAnswerQuickly() {
        Random random = new Random(11_7L);
        StringBuilder words = new StringBuilder();
        while (words.length() < 100_000) {
            words.append(List.of("strike", "rocket", "OR", "NEAR(", "\"", "*", ")", "drone").get(random.nextInt(8))).append(' ');
        }
        for (String search : List.of(words.toString(), "(".repeat(100_000), "\"".repeat(100_000), "strike ".repeat(15_000),
                "a".repeat(100_000))) {
            long started = System.nanoTime();
            assertThat(store().eventIdsMatching(search)).isNotNull();
            assertThat((System.nanoTime() - started) / 1e9).as("seconds for a %d-character search", search.length())
                    .isLessThan(3);
        }
    }

    @Property(tries = 1500)
    void anySearchGivesResultsOrNone(@ForAll("searchText") String search) {
        assertThat(store().eventIdsMatching(search)).isNotNull();
    }

    @Provide
    Arbitrary<String> searchText() {
        Arbitrary<String> parts = Arbitraries.of("strike", "rocket", "\"", "(", ")", "*", "OR", "AND", "NOT", "NEAR", "NEAR(",
                ",", "5", ":", "title", "body", "^", "{", "}", "-", "+", "'", ";", "\\", "\u0000", "\u202E");
        return Arbitraries.oneOf(parts.list().ofMaxSize(12).map(l -> String.join(" ", l)),
                parts.list().ofMaxSize(12).map(l -> String.join("", l)), Arbitraries.strings().ofMaxLength(50));
    }
}
