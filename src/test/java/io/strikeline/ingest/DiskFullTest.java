package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.3: the disk fills up during an ingest. A real {@code strikeline ingest} runs with a file-size limit
 * ({@code ulimit -f}: every write past it fails with EFBIG, as writes to a full disk fail with ENOSPC, and SQLite
 * reports both as an I/O error); it must end with one clear message, no stack trace, and the file intact: the
 * command line commits chunk by chunk (issue 10), so it holds what it held before plus whole chunks of the batch,
 * nothing of the chunk in flight, and running the same command again with room on the disk finishes the batch
 * exactly as an uninterrupted run would.
 */
class DiskFullTest {

    /** Enough for the JVM's own files and SQLite's native library, far too little for the batch's log. */
    private static final int LIMIT_KB = 1600;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aFullDiskEndsTheIngestWithAClearMessageAndLeavesTheFileAsItWas() throws Exception {
        Path db = dir.resolve("full.db");
        try (EventStore store = EventStore.open(db)) {
            IngestService.standard(store).ingest(List.of(Path.of("src/test/resources/articles/seeds")),
                    LocalDate.of(2021, 7, 13), IngestService.Progress.NONE);
        }
        String before = counts(db);
        Path articles = Files.createDirectories(dir.resolve("articles"));
        String report = Files.readString(Path.of("src/test/resources/articles/wire/w01_taji_rockets.txt"));
        for (int n = 0; n < 1200; n++) {
            Files.writeString(articles.resolve("a" + n + ".txt"), "Report " + n + "\n\nReference " + n + ". " + report);
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.format("ulimit -f %d; exec '%s' -XX:-UsePerfData -Djava.io.tmpdir='%s' -cp '%s'"
                + " io.strikeline.cli.Main ingest --db '%s' --published 2023-05-01 '%s'", LIMIT_KB, java, tmp,
                System.getProperty("java.class.path"), db, articles);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("bash", "-c", command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        // the test class path brings a logging facade that announces itself; the program's jar does not
        String stderr = Files.readString(err).replaceAll("(?m)^SLF4J.*\\R", "");
        System.err.println("DiskFullTest: exit " + p.exitValue() + ", the user saw: " + stderr.strip());
        assertThat(p.exitValue()).as("exit code; stderr:%n%s", stderr).isEqualTo(1);
        assertThat(stderr).contains("could not write to the disk").contains("nothing of this change was stored")
                .contains("run the same command again").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(stderr.strip().lines()).hasSize(1);
        assertThat(integrity(db)).isEqualTo("ok");
        int storedOfBatch = articles(db) - articles(before);
        assertThat(storedOfBatch % IngestService.CHUNK).as("only whole chunks of %d files, got %d articles",
                IngestService.CHUNK, storedOfBatch).isZero();
        assertThat(storedOfBatch).isLessThan(1200);

        ingestFully(db, articles);
        Path uninterrupted = dir.resolve("uninterrupted.db");
        try (EventStore store = EventStore.open(uninterrupted)) {
            IngestService.standard(store).ingest(List.of(Path.of("src/test/resources/articles/seeds")),
                    LocalDate.of(2021, 7, 13), IngestService.Progress.NONE);
        }
        ingestFully(uninterrupted, articles);
        assertThat(counts(db)).as("after running it again").isEqualTo(counts(uninterrupted));
    }

    private static void ingestFully(Path db, Path articles) {
        try (EventStore store = EventStore.open(db)) {
            IngestService.standard(store).ingest(List.of(articles), LocalDate.of(2023, 5, 1), IngestService.Progress.NONE,
                    IngestService.Commit.EACH_CHUNK);
        }
    }

    private static int articles(Path db) throws Exception {
        return articles(counts(db));
    }

    private static int articles(String counts) {
        return Integer.parseInt(counts.substring(0, counts.indexOf(' ')));
    }

    private static String counts(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                        + " (SELECT total(json_array_length(mentions)) FROM articles)")) {
            return rs.getInt(1) + " articles, " + rs.getInt(2) + " events, " + rs.getInt(3) + " mentions";
        }
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }
}
