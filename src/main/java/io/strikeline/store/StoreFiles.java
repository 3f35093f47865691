package io.strikeline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Checks on a database file before SQLite opens or writes it, and SQLite's errors in the analyst's words. */
final class StoreFiles {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreFiles() {}

    static void checkLooksLikeSqlite(Path file, boolean readOnly) {
        if (!Files.exists(file)) {
            if (readOnly) {
                throw new StoreException(file + ": no such file");
            }
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder, not a database file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_MAGIC.length);
            if (header.length == 0) {
                throw new StoreException(file + ": the file is empty (0 bytes), not a Strikeline database; to start a new"
                        + " database, name a file that does not exist yet");
            }
            if (!Arrays.equals(header, SQLITE_MAGIC)) {
                throw new StoreException(file + ": not an SQLite database (the file header is wrong; is it corrupt?)");
            }
            byte[] versions = in.readNBytes(3); // page size (2 bytes), then the write version: 1 rollback journal, 2 WAL
            Path wal = Path.of(file + "-wal");
            if (versions.length == 3 && versions[2] == 1 && Files.exists(wal) && Files.size(wal) > 0) {
                // SQLite would replay a log it cannot tell apart from the file's own once we switch to WAL
                throw new StoreException(file + ": a write-ahead log (" + wal.getFileName() + ") lies beside it that is not"
                        + " its own (the file is not in WAL mode); move that log away and try again");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Before writing: a damaged file is refused rather than written to (quick_check reads every page once). It runs
     * on a connection of its own: the R*Tree check of a file before schema 6 leaves a blob handle open that would
     * block our checkpoints.
     */
    static void checkNotDamaged(Path file) throws SQLException {
        List<String> answers = new ArrayList<>();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
                Statement st = check.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            while (rs.next()) {
                answers.add(rs.getString(1));
            }
        }
        if (!answers.equals(List.of("ok"))) {
            throw new StoreException(file + ": the database file is damaged (SQLite's own check fails at "
                    + answers.get(0).lines().reduce((first, last) -> last).orElse("?") + "); restore it from a copy");
        }
    }

    /** Turns SQLite's terse messages into ones an analyst can act on; SQLite's own words only when none fits. */
    static String explain(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("file is not a database")) {
            return "not an SQLite database, or it is encrypted or damaged";
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return "the database file is damaged (SQLite finds it malformed); restore it from a copy";
        }
        // SQLite rolls a transaction back by itself when a write to the disk fails; the commit then finds none
        if (message.contains("SQLITE_FULL") || message.contains("SQLITE_IOERR") || message.contains("no transaction is active")) {
            return "could not write to the disk (it is full, or the file system refused the write)";
        }
        if (message.contains("SQLITE_READONLY")) {
            return "the file or its folder is read-only";
        }
        if (message.contains("SQLITE_CANTOPEN")) {
            return "cannot open the file (missing folder, or no permission to read it or to write beside it)";
        }
        if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
            return "the database is locked by another program; close it there and try again";
        }
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

}
