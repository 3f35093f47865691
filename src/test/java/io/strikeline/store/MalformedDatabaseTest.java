package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.5: damaged and foreign database files. Each is opened for writing (as ingest and edits do) and
 * read-only (as the viewer, snapshot and export do). Opening for writing is refused with a message that
 * names the file and says what is wrong in words (no SQLite codes, no Java class names); opening read-only
 * either works or is refused the same way; and no file in its folder changes, appears or goes.
 * Figures go to stderr and {@code target/malformed-database-test.txt}.
 */
class MalformedDatabaseTest {

    /** How a case's file is made, in its own folder; returns the path to open. */
    @FunctionalInterface
    private interface Maker {
        Path make(Path folder) throws Exception;
    }

    /** {@code readable}: whether a read-only open must work (true), must be refused (false), or may do either (null). */
    private record Case(String name, Maker maker, Boolean readable) {}

    @TempDir
    Path dir;

    private Path good;

    @BeforeEach
    void makeAGoodFile() throws IOException {
        good = dir.resolve("good.db");
        Files.copy(Path.of("data/sample.db"), good);
        EventStore.open(good).close(); // the latest schema, closed in rollback-journal mode
        Files.deleteIfExists(dir.resolve("good.v1-backup.db"));
    }

    @Test
    void damagedAndForeignFilesGiveAClearMessageAndAreNeverModified() throws Exception {
        List<Case> cases = cases();
        List<String> lines = new ArrayList<>();
        int writeRefused = 0;
        int readRefused = 0;
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            Path folder = Files.createDirectories(dir.resolve("case" + k));
            Path target = c.maker().make(folder);
            Map<String, String> before = state(folder);

            Throwable writing = catchThrowable(() -> EventStore.open(target).close());
            assertThat(writing).as("%s: opened for writing", c.name()).isInstanceOf(StoreException.class);
            assertClear(c.name(), writing.getMessage(), target);
            writeRefused++;
            assertThat(state(folder)).as("%s: the folder after an open for writing", c.name()).isEqualTo(before);

            Throwable reading = catchThrowable(() -> EventStore.openReadOnly(target).close());
            if (c.readable() != null) {
                assertThat(reading == null).as("%s: opened read-only (%s)", c.name(), reading).isEqualTo(c.readable());
            }
            if (reading != null) {
                assertThat(reading).as("%s: opened read-only", c.name()).isInstanceOf(StoreException.class);
                assertClear(c.name(), reading.getMessage(), target);
                readRefused++;
            }
            assertThat(state(folder)).as("%s: the folder after a read-only open", c.name()).isEqualTo(before);
            lines.add(String.format("  %-44s write: %s%n  %44s read: %s", c.name(), oneLine(writing),
                    "", reading == null ? "opened read-only, unchanged" : oneLine(reading)));
        }
        String summary = String.format("MalformedDatabaseTest: %d malformed files tried; %d refused for writing with a clear"
                + " message, %d readable read-only, %d refused read-only with a clear message; 0 modified",
                cases.size(), writeRefused, cases.size() - readRefused, readRefused);
        lines.add(summary);
        System.err.println(summary);
        if (Files.isDirectory(Path.of("target"))) {
            Files.write(Path.of("target", "malformed-database-test.txt"), lines, StandardCharsets.UTF_8);
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void aDamagedFileOpenedWithItsCheckPutOffIsReadableButNeverWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("deferred"));
        Path target = garbled(folder, Files.size(good) - 4096, 4096, 99); // the last page: reads of events miss it
        Map<String, String> before = state(folder);
        try (EventStore store = EventStore.openCheckingBeforeFirstWrite(target)) {
            Throwable write = catchThrowable(() -> store.inTransaction(() -> {
                store.replaceGazetteer(List.of());
                return null;
            }));
            assertThat(write).isInstanceOf(StoreException.class).hasMessageContaining("damaged");
            assertClear("deferred check", write.getMessage(), target);
            assertThatThrownBy(store::checkNotDamaged).isInstanceOf(StoreException.class);
        }
        assertThat(state(folder)).isEqualTo(before);
    }

    @Test
    void aSoundFileOpenedWithItsCheckPutOffIsWrittenAfterTheCheck() throws Exception {
        try (EventStore store = EventStore.openCheckingBeforeFirstWrite(good)) {
            store.checkNotDamaged();
            int scenes = store.inTransaction(() -> 1);
            assertThat(scenes).isEqualTo(1);
        }
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("a 0-byte file", f -> Files.createFile(f.resolve("empty.db")), false));
        cases.add(new Case("a folder", f -> Files.createDirectory(f.resolve("folder.db")), false));
        cases.add(new Case("a missing folder", f -> f.resolve("no-such-folder/x.db"), false));
        for (int bytes : new int[] {10, 100, 4096, 3 * 4096}) {
            cases.add(new Case("truncated to " + bytes + " bytes", f -> truncated(f, bytes), false));
        }
        cases.add(new Case("truncated to half", f -> truncated(f, (int) Files.size(good) / 2), false));
        cases.add(new Case("truncated by one page", f -> truncated(f, (int) Files.size(good) - 4096), false));
        cases.add(new Case("page size field 3", f -> patched(f, 16, new byte[] {0, 3}), false));
        cases.add(new Case("page 1 after the header zeroed", f -> patched(f, 100, new byte[3996]), false));
        cases.add(new Case("schema page garbled", f -> garbled(f, 100, 4000, 1), false));
        for (int page : new int[] {2, 5, 9, 20, 40}) {
            // whether a read finds the damage depends on what the page held
            cases.add(new Case("page " + page + " garbled", f -> garbled(f, (page - 1) * 4096L, 4096, page), null));
        }
        cases.add(new Case("last page garbled", f -> garbled(f, Files.size(good) - 4096, 4096, 99), null));
        cases.add(new Case("a text file", f -> Files.writeString(f.resolve("notes.db"), "these are my notes\n"), false));
        cases.add(new Case("a PNG picture", f -> Files.write(f.resolve("pic.db"), new byte[] {(byte) 0x89, 'P', 'N', 'G',
            13, 10, 26, 10, 0, 0, 0, 13}), false));
        cases.add(new Case("random bytes", f -> Files.write(f.resolve("random.db"), randomBytes(64 * 1024)), false));
        cases.add(new Case("a foreign SQLite file", f -> sql(f, "CREATE TABLE contacts (name TEXT)"), false));
        cases.add(new Case("another program's application id", f -> sql(f, "PRAGMA application_id = 1196444487",
                "CREATE TABLE gpkg_contents (table_name TEXT)"), false));
        // since version 5 packed them, the file lacks the mention tables a version 1 file has: incomplete, not read
        cases.add(new Case("a version number lowered to 1", f -> altered(f, "PRAGMA user_version = 1"), false));
        cases.add(new Case("our id, tables, no version", f -> sql(f, "PRAGMA application_id = " + Migrations.APPLICATION_ID,
                "CREATE TABLE events (id INTEGER)"), false));
        cases.add(new Case("a newer schema", f -> altered(f, "PRAGMA user_version = 99"), true));
        cases.add(new Case("the events table missing", f -> altered(f, "DROP TABLE events"), false));
        cases.add(new Case("the full-text index missing", f -> altered(f, "DROP TABLE articles_fts"), false));
        cases.add(new Case("an index missing", f -> altered(f, "DROP INDEX events_by_date"), false));
        cases.add(new Case("a planted trigger", f -> altered(f, "CREATE TRIGGER planted AFTER INSERT ON events"
                + " BEGIN UPDATE articles SET title = 'planted'; END"), true));
        cases.add(new Case("one of our triggers rewritten", f -> altered(f, "DROP TRIGGER articles_fts_insert",
                "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN UPDATE articles SET title = 'x'; END"),
                true));
        cases.add(new Case("a planted view", f -> altered(f, "CREATE VIEW planted AS SELECT * FROM articles"), true));
        cases.add(new Case("a planted table", f -> altered(f, "CREATE TABLE planted (x)"), true));
        cases.add(new Case("the edit log's guard dropped", f -> altered(f, "DROP TRIGGER edit_log_append_only_delete"), false));
        cases.add(new Case("a stale write-ahead log beside it", f -> {
            Path db = copy(f);
            Files.write(Path.of(db + "-wal"), walOfAnotherFile(f));
            return db;
        }, false));
        cases.add(new Case("locked by another process", this::locked, false));
        return cases;
    }

    private Path copy(Path folder) throws IOException {
        return Files.copy(good, folder.resolve("strikes.db"));
    }

    private Path truncated(Path folder, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(good);
        return Files.write(folder.resolve("strikes.db"), java.util.Arrays.copyOf(all, bytes));
    }

    private Path patched(Path folder, long at, byte[] bytes) throws IOException {
        Path db = copy(folder);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(at);
            f.write(bytes);
        }
        return db;
    }

    private Path garbled(Path folder, long at, int length, long seed) throws IOException {
        byte[] noise = new byte[length];
        new Random(seed).nextBytes(noise);
        return patched(folder, at, noise);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static Path sql(Path folder, String... statements) throws Exception {
        Path db = folder.resolve("other.db");
        run(db, statements);
        return db;
    }

    private Path altered(Path folder, String... statements) throws Exception {
        Path db = copy(folder);
        run(db, statements);
        return db;
    }

    private static void run(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** The log of another database, left in WAL mode by a process that was killed mid-write. */
    private byte[] walOfAnotherFile(Path folder) throws Exception {
        Path other = folder.resolve("other-copy.db");
        Files.copy(good, other);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("UPDATE articles SET title = 'from the stale log'");
            byte[] wal = Files.readAllBytes(Path.of(other + "-wal"));
            st.execute("PRAGMA journal_mode = DELETE");
            return wal;
        } finally {
            c.close();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(other + suffix));
            }
        }
    }

    /** Another process holds an exclusive lock on the file for the rest of the test. */
    private Path locked(Path folder) throws Exception {
        Path db = copy(folder);
        Path ready = folder.resolve("..").resolve("lock-ready");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                db.toString(), ready.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("lock.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(holder::destroyForcibly));
        for (int i = 0; i < 300 && !Files.exists(ready); i++) {
            Thread.sleep(50);
        }
        assertThat(ready).as("the lock holder started; its output: %s", dir.resolve("lock.log")).exists();
        return db;
    }

    private static void assertClear(String name, String message, Path target) {
        assertThat(message).as("%s: the message", name).contains(target.getFileName().toString())
                .doesNotContain("SQLITE_").doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ")
                .hasSizeLessThan(target.toString().length() + 400);
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        return m.substring(m.indexOf(": ") + 2);
    }

    /** Every file under the folder with its SHA-256 (folders by name): equal maps, nothing changed. */
    private static Map<String, String> state(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                String key = folder.relativize(p).toString();
                files.put(key, Files.isRegularFile(p) ? sha256(p) : "folder");
            }
        }
        return files;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
