package io.strikeline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-only schema migrations keyed by {@code PRAGMA user_version}: script {@code V<n>__*.sql}
 * takes a database from version n-1 to n. Each script runs in one transaction with the version bump.
 */
final class Migrations {

    /** Marks a file as ours ("STKL"), so a foreign SQLite file is never mistaken for an empty one. */
    static final int APPLICATION_ID = 0x53544B4C;

    private static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__curation.sql", "V3__scenes.sql",
            "V4__imported_origin.sql", "V5__packed_mentions.sql", "V6__position_index.sql",
            "V7__lean_ingest_indexes.sql",
            "V8__no_position_index.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {}

    /**
     * Foreign keys are off while a script runs (SQLite's procedure for rebuilding a table: dropping the old
     * table must not cascade into its references) and checked before the commit.
     */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        migrate(connection, fromVersion, LATEST);
    }

    /** Applies the scripts after {@code fromVersion} up to and including {@code toVersion}. */
    static void migrate(Connection connection, int fromVersion, int toVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= toVersion; version++) {
            boolean autoCommit = connection.getAutoCommit();
            try (Statement statement = connection.createStatement()) {
                boolean foreignKeys = flag(connection, "PRAGMA foreign_keys");
                statement.executeUpdate("PRAGMA foreign_keys = OFF"); // only takes effect outside a transaction
                connection.setAutoCommit(false);
                try {
                    for (String sql : statements(load(SCRIPTS.get(version - 1)))) {
                        statement.executeUpdate(sql);
                    }
                    try (Statement check = connection.createStatement();
                            ResultSet broken = check.executeQuery("PRAGMA foreign_key_check")) {
                        if (broken.next()) {
                            throw new SQLException("migration to version " + version + " broke a reference in "
                                    + broken.getString(1));
                        }
                    }
                    statement.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                    statement.executeUpdate("PRAGMA user_version = " + version);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                    statement.executeUpdate("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
                }
            }
        }
    }

    private static boolean flag(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(pragma)) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the jar: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + script, e);
        }
    }

    /** Splits a script into statements; a trigger body runs until its END; line. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.length() == 0 && trimmed.toUpperCase().startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                result.add(current.toString().trim());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().trim());
        }
        return result;
    }
}
