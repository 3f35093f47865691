package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strikeline.store.EventStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        CommandLine cli = Main.commandLine();
        for (String command : new String[] {"ingest", "view", "snapshot", "export", "generate", "eval"}) {
            assertThat(cli.getSubcommands()).as("subcommands").containsKey(command);
            assertThat(cli.getSubcommands().get(command).getCommandSpec().mixinStandardHelpOptions()).as(command).isTrue();
            assertThat(Main.run(command, "--help")).as(command).isZero();
        }
    }

    @Test
    void evalWritesEachDirectlyExtractedEventWithItsEvidenceAndMatch() throws Exception {
        Path table = dir.resolve("events.csv");
        assertThat(Main.run("eval", "--direct", "--no-errors", "--gold", "src/test/resources/gold/wire-gold.csv",
                "--events-out", table.toString(), "src/test/resources/articles/wire")).isZero();
        List<String> rows = Files.readAllLines(table);
        assertThat(rows.get(0)).isEqualTo("file,index,confidence,true,evidence,type,date,place");
        assertThat(rows).hasSizeGreaterThan(10);
        String row = "[^,]+,\\d+,[01]\\.\\d{4},[01],[A-Z_;]*,[a-z_]+,[0-9.-]*,[^,]*";
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).matches(row));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(",1,").contains("LEAD_STRIKE"));
        assertThat(Main.run("eval", "--no-errors", "--gold", "src/test/resources/gold/wire-gold.csv",
                "--events-out", table.toString(), "src/test/resources/articles/wire")).as("without --direct").isEqualTo(2);
    }

    @Test
    void ingestThenExportGeoJsonWithADateRange() throws Exception {
        Path db = dir.resolve("cli.db");
        assertThat(Main.run("ingest", "--db", db.toString(), "--published", "2020-01-08",
                "../shared/seeds/000_c15bedc5f9a67cb5.txt")).isZero();
        Path out = dir.resolve("out.geojson");
        assertThat(Main.run("export", "--db", db.toString(), "--format", "geojson", "--out", out.toString(),
                "--from", "2020-01-08", "--to", "2020-01-08")).isZero();
        JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
        assertThat(features).hasSize(2);
        assertThat(features).allSatisfy(f -> assertThat(f.at("/properties/date").asText()).isEqualTo("2020-01-08"));

        Path onlyFrom = dir.resolve("from.csv");
        assertThat(Main.run("export", "--db", db.toString(), "--format", "csv", "--out", onlyFrom.toString(),
                "--from", "2020-01-04")).isZero();
        assertThat(Files.readAllLines(onlyFrom)).hasSize(3); // header and the two missile strikes, not the drone strike
    }

    @Test
    void aForeignDatabaseIsReportedByNameWithoutAStackTrace() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "not a database");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("export", "--db", notDb.toString(), "--format", "csv", "--out", dir.resolve("x.csv").toString());
        } finally {
            System.setErr(originalErr);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.db", "not an SQLite database").doesNotContain("\tat ");
        assertThat(Files.readString(notDb)).isEqualTo("not a database");
    }

    @Test
    void benchOnAMissingFileSaysSoAndCreatesNothing() {
        Path missing = dir.resolve("typo.db");
        CommandRun run = CommandRun.of("bench", "--db", missing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("typo.db: no such file");
        assertThat(missing).doesNotExist();
    }

    @Test
    void bundledSampleHoldsTheSeedEvents() throws Exception {
        try (EventStore store = EventStore.openReadOnly(SampleDatabase.locate())) {
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.events()).extracting(e -> e.type().code() + " " + e.date())
                    .contains("drone_strike 2020-01-03", "missile_strike 2020-01-08", "airstrike 2021-06-27",
                            "rocket_attack 2021-06-28");
        }
    }
}
