package io.strikeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A table of test sentences in a resource: one tab-separated row a line; blank lines and "#" comments are skipped. */
final class RuleTable {

    /** One row: the line as written (for failure messages) and its fields. */
    record Row(String line, String[] fields) {}

    private RuleTable() {}

    /** A case's text cut to 90 characters, as a parameterised test's name. */
    static String preview(String text) {
        return text.length() > 90 ? text.substring(0, 90) + "..." : text;
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
