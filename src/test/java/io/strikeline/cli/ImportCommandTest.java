package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importStoresTheGoodRowsOfEveryFormatAndPrintsOneLinePerBadRow() {
        Path fixtures = Path.of("src/test/resources/imports");
        CommandRun run = CommandRun.of("import", "--db", dir.resolve("x.db").toString(),
                fixtures.resolve("acled-sample.csv").toString(), fixtures.resolve("20240207.export.CSV").toString(),
                fixtures.resolve("other-tool.geojson").toString(), fixtures.resolve("other-tool.kml").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("4 file(s), 9 record(s) read: 9 stored").contains("9 event(s) created")
                .contains("10 problem(s):")
                .contains("  " + fixtures.resolve("acled-sample.csv") + ":6: event_date is not a date: '2024-02-31'")
                .contains("  " + fixtures.resolve("other-tool.kml") + ":28: time is not a date: 'yesterday'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownFormatIsRefusedByName() {
        CommandRun run = CommandRun.of("import", "--db", dir.resolve("y.db").toString(), "--format", "shapefile", "a.shp");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("shapefile").doesNotContain("\tat ");
    }
}
