package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.7: no SQL statement is built from input. Every piece of program text that concatenates an SQL string
 * with something else may only add the fragments listed here, which the program makes itself (column lists,
 * conditions written as literals, constants); values always travel as {@code ?} parameters. A new
 * concatenation fails this test until someone checks it and adds it here.
 */
class ParameterisedSqlTest {

    /** Fragments made by the program, never by input: "file: operand". */
    private static final Set<String> PROGRAM_MADE = Set.of(
            "EventStore.java: EVENT_COLUMNS", "EventStore.java: curationColumns()", "EventStore.java: liveCondition()",
            "EventStore.java: condition", "Provenance.java: mergedMembers()",
            "EventChanges.java: names", "EventChanges.java: condition",
            "Migrations.java: APPLICATION_ID", "Migrations.java: version",
            "SceneStore.java: COLUMNS",
            // ingest's multi-row inserts: an INSERT head the store writes as a literal, then rows of ? placeholders
            "BulkInsert.java: head", "BulkInsert.java: row", "EventWriter.java: EVENT_FIELDS",
            // the viewer's bulk reads: a connection count, and SELECT clauses the store package builds from its own
            // column lists and from CASE/cast expressions over enum codes and numeric constants
            "ParallelEventReader.java: EventStore.EVENT_COLUMNS", "ParallelEventReader.java: store.curationColumns()",
            "ParallelEventReader.java: store.liveCondition()",
            "OutlineColumnReader.java: when", "OutlineColumnReader.java: what", "OutlineColumnReader.java: where",
            "OutlineColumnReader.java: harm", "OutlineColumnReader.java: status",
            "OutlineColumnReader.java: store.liveCondition()",
            "SchemaCheck.java: v.name()"); // compares a name with a prefix beside a "CREATE VIRTUAL TABLE" literal

    /** Helpers that put their first argument into SQL: it must be a literal at every call. */
    private static final Pattern CONDITION_HELPERS = Pattern.compile("\\b(eventsWhere|entries)\\(\\s*([^\"\\s)])");

    private static final Pattern SQL_WORDS = Pattern.compile(
            "\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|PRAGMA|WHERE|VALUES|CREATE|DROP|ALTER|MATCH)\\b");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    /** A name or call right after or right before a {@code +}. */
    private static final Pattern OPERAND = Pattern.compile(
            "(?<=\\+)\\s*([A-Za-z_][\\w.]*(\\(\\))?)|([A-Za-z_][\\w.]*(\\(\\))?)\\s*(?=\\+)");

    @Test
    void sqlIsConcatenatedOnlyWithFragmentsTheProgramMakes() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scan(file, found);
            }
        }
        assertThat(found).as("SQL built with something the program did not make (name: operand, in statement)").isEmpty();
    }

    private static void scan(Path file, List<String> found) throws IOException {
        String source = Files.readString(file).replaceAll("(?m)^\\s*(//|\\*|/\\*).*$", "");
        Matcher helper = CONDITION_HELPERS.matcher(source);
        while (helper.find()) {
            if (!source.substring(helper.start()).matches("(?s)\\w+\\(\\s*(String|Object)\\b.*")) {
                found.add(file.getFileName() + ": " + helper.group(1) + " called with a non-literal condition");
            }
        }
        for (String statement : source.split("[;{}]")) {
            if (!statement.contains("+") || !containsSqlLiteral(statement)) {
                continue;
            }
            String code = STRING.matcher(statement).replaceAll("\"\"");
            Matcher operand = OPERAND.matcher(code);
            while (operand.find()) {
                String name = operand.group(1) != null ? operand.group(1).strip() : operand.group(3).strip();
                String key = file.getFileName() + ": " + name;
                if (!PROGRAM_MADE.contains(key)) {
                    found.add(key + " in: " + statement.strip().replaceAll("\\s+", " "));
                }
            }
        }
    }

    private static boolean containsSqlLiteral(String statement) {
        Matcher literal = STRING.matcher(statement);
        while (literal.find()) {
            if (SQL_WORDS.matcher(literal.group()).find()) {
                return true;
            }
        }
        return false;
    }
}
