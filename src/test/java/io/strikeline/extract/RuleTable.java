package io.strikeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** A table of test sentences in a resource: one tab-separated row a line; blank lines and "#" comments are skipped. */
final class RuleTable {

    /** One row: the line as written (for failure messages) and its fields. */
    record Row(String line, String[] fields) {}

    private RuleTable() {}

    /** A case's text cut to 90 characters, as a parameterised test's name. */
    static String preview(String text) {
        return text.length() > 90 ? text.substring(0, 90) + "..." : text;
    }

    /**
     * The rows of a table whose columns open with published date, expected value, headline and text, each named by its
     * text, as arguments of a parameterised test.
     */
    static Stream<Arguments> namedByText(String resource) throws IOException {
        return read(resource).stream().map(r -> Arguments.of(Named.of(preview(r.fields()[3]), r)));
    }

    /** The events the extractor reads in such a row's headline and text, published on its date. */
    static List<ExtractedEvent> eventsOf(Row row) {
        String[] f = row.fields();
        return RuleBasedExtractor.standard().extract(new ArticleText(f[2], f[3], LocalDate.parse(f[0]))).events();
    }

    static List<Row> read(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = RuleTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test table " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(line, line.split("\t")));
                }
            }
        }
        return rows;
    }
}
