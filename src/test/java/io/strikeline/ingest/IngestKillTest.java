package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.3: a real {@code strikeline ingest} process is killed with SIGKILL at random moments of its run
 * (opening, migrating, extracting, writing, checkpointing), round after round on the same file. After each
 * kill the file passes {@code PRAGMA integrity_check} and holds whole chunks of the batch only (the articles of the
 * first files, a multiple of {@link IngestService#CHUNK} of them, or all of them); a final run then ends with exactly
 * the articles and events of an uninterrupted run, as does running it again after a kill that left part of it. A round
 * that finds any of the batch stored starts the next one on a new file, so every round kills a batch in progress.
 * Figures go to stderr and {@code target/ingest-kill-test.txt}. Like EditKillTest, the child writes to files, not pipes.
 */
class IngestKillTest {

    private static final int ROUNDS = 26;
    private static final int ARTICLES = 240;
    private static final int SIGKILL_EXIT = 128 + 9;
    /** What a file holds before the batch's transaction commits (the gazetteer copy has no articles or events). */
    private static final String NOTHING = "0 articles, 0 events\n";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anIngestKilledAtAnyMomentLeavesAnIntactFileAndTheFinalRunMatchesAnUninterruptedOne() throws Exception {
        Path articles = writeArticles(Files.createDirectories(dir.resolve("articles")));
        Path reference = dir.resolve("reference.db");
        long started = System.nanoTime();
        assertThat(runToEnd(reference, "reference")).isZero();
        long spanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String expected = contents(reference);

        List<String> hashesInFileOrder = hashesInFileOrder(articles);
        List<Integer> wholeChunks = new ArrayList<>();
        for (int files = 0; files < ARTICLES; files += IngestService.CHUNK) {
            wholeChunks.add(files);
        }
        wholeChunks.add(ARTICLES);
        Path db = dir.resolve("killed.db");
        Random random = new Random(11_3L);
        int kills = 0;
        int empty = 0;
        int part = 0;
        int whole = 0;
        List<String> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long waitMillis = 150 + (long) (random.nextDouble() * spanMillis * 0.85);
            long roundStarted = System.nanoTime();
            Process child = start(db, "round-" + round);
            if (child.waitFor(waitMillis, TimeUnit.MILLISECONDS) && child.exitValue() == 0) {
                // the machine got faster than when the reference ran: aim the next kills within this run's span
                spanMillis = Math.min(spanMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - roundStarted));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            boolean killed = child.exitValue() == SIGKILL_EXIT;
            assertThat(child.exitValue()).as("round %d: exit code; the child said: %s", round,
                    Files.readString(dir.resolve("round-" + round + ".err"))).isIn(0, SIGKILL_EXIT);
            kills += killed ? 1 : 0;
            String state = "no file yet";
            if (Files.exists(db)) {
                assertThat(integrity(db)).as("round %d: integrity_check after a kill %d ms in", round, waitMillis)
                        .isEqualTo("ok");
                int files = filesStored(db, hashesInFileOrder);
                assertThat(files).as("round %d: articles of the first files, in whole chunks", round).isIn(wholeChunks);
                String now = contents(db);
                if (files == ARTICLES) {
                    assertThat(now).as("round %d: the whole batch", round).isEqualTo(expected);
                }
                state = files == ARTICLES ? "whole batch" : files == 0 ? "nothing of the batch" : files + " files' articles";
                whole += files == ARTICLES ? 1 : 0;
                empty += files == 0 ? 1 : 0;
                part += files > 0 && files < ARTICLES ? 1 : 0;
                if (files > 0 && files < ARTICLES) {
                    assertThat(runToEnd(db, "finish-" + round)).isZero();
                    assertThat(contents(db)).as("round %d: running it again after %d files", round, files).isEqualTo(expected);
                }
                if (files > 0) {
                    deleteDatabase(db); // stored articles are skipped quickly: start the next round on a new file
                }
            }
            rounds.add(String.format("round %2d: %5d ms in (%s): %s", round, waitMillis,
                    killed ? "SIGKILL" : "it had ended", state));
        }
        assertThat(runToEnd(db, "final")).isZero();
        assertThat(integrity(db)).isEqualTo("ok");
        assertThat(contents(db)).as("articles and events after the kills and a final run").isEqualTo(expected);
        String summary = String.format("IngestKillTest: %d rounds, %d SIGKILLs during an ingest of %d articles (%d ms"
                + " uninterrupted); integrity_check ok after every kill (%d left the batch whole, %d whole chunks of it,"
                + " %d none of it); the final run equals the uninterrupted one (%s), nothing lost", ROUNDS, kills, ARTICLES,
                spanMillis, whole, part, empty, expected.lines().findFirst().orElse(""));
        rounds.add(summary);
        System.err.println(summary);
        if (Files.isDirectory(Path.of("target"))) {
            Files.write(Path.of("target", "ingest-kill-test.txt"), rounds, StandardCharsets.UTF_8);
        }
        assertThat(kills).isGreaterThanOrEqualTo(20);
    }

    private static void deleteDatabase(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private Process start(Path db, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "io.strikeline.cli.Main", "ingest",
                "--db", db.toString(), "--published", "2023-05-01", dir.resolve("articles").toString());
        builder.redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        return builder.start();
    }

    private int runToEnd(Path db, String name) throws Exception {
        Process child = start(db, name);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    private static Path writeArticles(Path into) throws IOException {
        List<String> reports = new ArrayList<>();
        for (String folder : List.of("seeds", "wire")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles", folder))) {
                for (Path f : files.sorted().toList()) {
                    reports.add(Files.readString(f));
                }
            }
        }
        for (int n = 0; n < ARTICLES; n++) {
            String report = reports.get(n % reports.size());
            int nl = report.indexOf('\n');
            Files.writeString(into.resolve(String.format("a%04d.txt", n)), report.substring(0, nl) + " (" + n + ")\n\n"
                    + "Reference " + n + ". " + report.substring(nl + 1));
        }
        return into;
    }

    /** Each file's article hash, in the order ingest reads the files (one article a file). */
    private static List<String> hashesInFileOrder(Path articles) throws IOException {
        try (Stream<Path> files = Files.list(articles)) {
            return files.sorted().map(f -> IngestService.hash(ArticleReader.read(f).articles().get(0))).toList();
        }
    }

    /** How many files, from the first, the database holds the articles of; -1 when it holds any other set. */
    private static int filesStored(Path db, List<String> hashesInFileOrder) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            if (hasEventsTable(st)) {
                try (ResultSet rs = st.executeQuery("SELECT content_hash FROM articles")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
        }
        int n = stored.size();
        return n <= hashesInFileOrder.size() && stored.equals(new HashSet<>(hashesInFileOrder.subList(0, n))) ? n : -1;
    }

    /** Article count, event count, and every article hash and event in order: equal strings, equal contents. */
    private static String contents(Path db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            if (!hasEventsTable(st)) {
                return NOTHING;
            }
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")) {
                out.append(rs.getInt(1)).append(" articles, ").append(rs.getInt(2)).append(" events\n");
            }
            try (ResultSet rs = st.executeQuery("SELECT content_hash FROM articles ORDER BY content_hash")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT event_type, date_start, place, killed, killed_max, perpetrator"
                    + " FROM events ORDER BY id")) {
                while (rs.next()) {
                    for (int k = 1; k <= 6; k++) {
                        out.append(rs.getString(k)).append(k < 6 ? "|" : "\n");
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean hasEventsTable(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'events'")) {
            return rs.getInt(1) > 0;
        }
    }

    private static String integrity(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }
}
