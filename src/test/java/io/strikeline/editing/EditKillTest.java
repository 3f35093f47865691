package io.strikeline.editing;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ingest.IngestService;
import io.strikeline.store.EventStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, point 10: each change is one transaction, so a kill -9 at any moment leaves the file intact and
 * loses at most the change in flight. A real process ({@link EditLoop}) edits the seed database without
 * pause and is killed with SIGKILL at a random moment, round after round; after each kill the file must pass
 * {@code PRAGMA integrity_check}, the edit log must agree with the events, every change the child reported
 * as committed must be in the log, and at most one change beyond the last reported one may be there (the
 * one whose commit landed just before the kill). Figures go to stderr and {@code target/edit-kill-test.txt}.
 */
class EditKillTest {

    private static final Path SEEDS = Path.of("src/test/resources/articles/seeds");
    private static final int ROUNDS = 22;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final long SEED = 7_10L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aProcessKilledWhileEditingLeavesAnIntactFileWithEveryCommittedChange() throws Exception {
        Path db = dir.resolve("work.db");
        ingest(db, LocalDate.of(2020, 1, 8), SEEDS.resolve("000_c15bedc5f9a67cb5.txt"));
        ingest(db, LocalDate.of(2021, 7, 13), SEEDS.resolve("003_e10c3287c1a65d1c.txt"));
        checkIntact(db);
        assertThat(changeIds(db)).isEmpty();

        long started = System.nanoTime();
        Random random = new Random(SEED);
        int kills = 0;
        int reported = 0;
        int landedUnreported = 0;
        int walsLeft = 0;
        long lastChange = 0;
        List<String> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long childSeed = random.nextLong();
            int waitMillis = 50 + random.nextInt(551);
            Child child = Child.start(db, childSeed, dir, round);
            try {
                assertThat(child.awaitFirstChange(90)).as("round %d: the child reported no change; its stderr:%n%s",
                        round, child.stderr()).isTrue();
                Thread.sleep(waitMillis);
                assertThat(child.process.isAlive()).as("round %d: the child died by itself; its stderr:%n%s",
                        round, child.stderr()).isTrue();
            } finally {
                child.process.destroyForcibly();
            }
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).as("round %d: the killed child did not end", round).isTrue();
            assertThat(child.process.exitValue()).as("round %d: exit code of a SIGKILLed child", round).isEqualTo(SIGKILL_EXIT);
            kills++;
            List<Long> printed = child.ids();

            Path wal = Path.of(db + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                walsLeft++;
            }
            checkIntact(db);
            TreeSet<Long> logged = changeIds(db);
            long before = lastChange;
            long lastPrinted = printed.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(logged).as("round %d: change ids the child reported as committed", round).containsAll(printed);
            assertThat(logged).as("round %d: change ids run 1, 2, 3 ... without a gap", round)
                    .containsExactlyElementsOf(range(1, logged.last()));
            assertThat(logged.tailSet(lastPrinted, false)).as("round %d: changes beyond the last reported one %d",
                    round, lastPrinted).hasSizeLessThanOrEqualTo(1);
            assertThat(printed).as("round %d: the child reports each new change once, in order", round)
                    .containsExactlyElementsOf(range(before + 1, lastPrinted));
            lastChange = logged.last();
            reported += printed.size();
            landedUnreported += (int) (lastChange - lastPrinted);
            rounds.add(String.format("round %2d: seed %20d, killed %3d ms after the first change, changes %5d..%5d,"
                    + " reported %4d, landed unreported %d", round, childSeed, waitMillis, before + 1, lastChange,
                    printed.size(), lastChange - lastPrinted));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        report(rounds, String.format("EditKillTest: %d rounds, %d SIGKILLs (exit %d), %d changes committed (%d reported by the"
                + " child, %d committed but killed before reporting), 0 lost, integrity_check ok and no disagreement after"
                + " every kill, %d kills left a WAL to recover; %.1f s", ROUNDS, kills, SIGKILL_EXIT, lastChange, reported,
                landedUnreported, walsLeft, millis / 1000.0));
        assertThat(kills).isGreaterThanOrEqualTo(20);
    }

    private static void ingest(Path db, LocalDate published, Path... paths) {
        try (EventStore store = EventStore.open(db)) {
            IngestService.standard(store).ingest(List.of(paths), published, IngestService.Progress.NONE);
        }
    }

    /** The file as the kill left it: SQLite's own check with plain JDBC first, then the log against the events. */
    private static void checkIntact(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            List<String> integrity = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    integrity.add(rs.getString(1));
                }
            }
            assertThat(integrity).as("PRAGMA integrity_check").containsExactly("ok");
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("PRAGMA foreign_key_check finds a row").isFalse();
            }
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.read(() -> store.changes().disagreements())).as("where the edit log and the events disagree")
                    .isEmpty();
            assertThat(store.eventCount()).isPositive();
        }
    }

    private static TreeSet<Long> changeIds(Path db) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT change_id FROM edit_log")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<Long> range(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        return ids;
    }

    private static void report(List<String> rounds, String summary) throws IOException {
        System.err.println(summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            List<String> lines = new ArrayList<>(rounds);
            lines.add(summary);
            Files.write(target.resolve("edit-kill-test.txt"), lines, StandardCharsets.UTF_8);
        }
    }

    /**
     * An {@link EditLoop} process. Its stdout goes to a file, not a pipe: {@link Process#destroyForcibly()} closes
     * the parent's end of a pipe and drops the lines still in it, while what the child wrote to a file before the
     * kill stays there. Only complete lines count (a kill can cut the last one short).
     */
    private static final class Child {

        final Process process;
        final Path stdoutFile;
        final Path stderrFile;

        private Child(Process process, Path stdoutFile, Path stderrFile) {
            this.process = process;
            this.stdoutFile = stdoutFile;
            this.stderrFile = stderrFile;
        }

        static Child start(Path db, long seed, Path dir, int round) throws IOException {
            Path stdout = dir.resolve("child-" + round + ".out");
            Path stderr = dir.resolve("child-" + round + ".err");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), EditLoop.class.getName(),
                    db.toAbsolutePath().toString(), Long.toString(seed));
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            return new Child(builder.start(), stdout, stderr);
        }

        /** Waits until the child reports its first change; false when it ends or the time is up first. */
        boolean awaitFirstChange(int seconds) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (ids().isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    return !ids().isEmpty();
                }
                Thread.sleep(10);
            }
            return true;
        }

        /** The change ids the child printed so far, in order. */
        List<Long> ids() throws IOException {
            String out = Files.readString(stdoutFile, StandardCharsets.US_ASCII);
            List<Long> ids = new ArrayList<>();
            for (String line : out.substring(0, out.lastIndexOf('\n') + 1).split("\n")) {
                if (line.strip().matches("\\d+")) {
                    ids.add(Long.parseLong(line.strip()));
                }
            }
            return ids;
        }

        String stderr() {
            try {
                return Files.readString(stderrFile);
            } catch (IOException e) {
                return "(cannot read " + stderrFile + ": " + e.getMessage() + ")";
            }
        }
    }
}
