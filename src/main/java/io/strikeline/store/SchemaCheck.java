package io.strikeline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a file's schema ({@code sqlite_master}) with the one this program's migrations make for the
 * file's version. The expected schema is built by running the migrations into an in-memory database, so
 * a new migration script needs no change here. A file from someone else may carry triggers or views
 * planted in it: a trigger on our tables would run on our writes, so such a file is never written to.
 */
final class SchemaCheck {

    /** One schema object: a table, index, trigger or view. */
    record SchemaObject(String type, String name, String sql) {

        String describe() {
            return type + " '" + name + "'";
        }
    }

    /** What differs from the schema our migrations make; both lists empty when the file is as we made it. */
    record Differences(List<SchemaObject> foreign, List<SchemaObject> missing, List<SchemaObject> altered) {

        boolean none() {
            return foreign.isEmpty() && missing.isEmpty() && altered.isEmpty();
        }

        /** For example "a trigger 'x' and a view 'y' that Strikeline did not make". */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (!foreign.isEmpty()) {
                parts.add(names(foreign) + " that Strikeline did not make");
            }
            if (!altered.isEmpty()) {
                parts.add(names(altered) + " changed from what Strikeline made");
            }
            if (!missing.isEmpty()) {
                parts.add("no " + names(missing));
            }
            return String.join("; ", parts);
        }

        private static String names(List<SchemaObject> objects) {
            List<String> named = new ArrayList<>();
            for (SchemaObject o : objects.subList(0, Math.min(3, objects.size()))) {
                named.add(o.describe());
            }
            return String.join(", ", named) + (objects.size() > 3 ? " and " + (objects.size() - 3) + " more" : "");
        }
    }

    private static final Map<Integer, Map<String, SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {}

    /** Compares the schema of {@code connection} with what migrations 1..{@code version} make. */
    static Differences compare(Connection connection, int version) throws SQLException {
        Map<String, SchemaObject> expected = expected(version);
        Map<String, SchemaObject> actual = objects(connection);
        List<SchemaObject> foreign = new ArrayList<>();
        List<SchemaObject> altered = new ArrayList<>();
        for (SchemaObject found : actual.values()) {
            SchemaObject ours = expected.get(found.name());
            if (ours == null) {
                if (!isStatistics(found)) {
                    foreign.add(found);
                }
            } else if (!ours.type().equals(found.type()) || !sameSql(ours, found, expected)) {
                altered.add(found);
            }
        }
        List<SchemaObject> missing = new ArrayList<>();
        for (SchemaObject ours : expected.values()) {
            if (!actual.containsKey(ours.name())) {
                missing.add(ours);
            }
        }
        return new Differences(foreign, missing, altered);
    }

    private static Map<String, SchemaObject> expected(int version) throws SQLException {
        Map<String, SchemaObject> cached = EXPECTED.get(version);
        if (cached != null) {
            return cached;
        }
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(memory, 0, version);
            Map<String, SchemaObject> made = objects(memory);
            EXPECTED.put(version, made);
            return made;
        }
    }

    private static Map<String, SchemaObject> objects(Connection connection) throws SQLException {
        Map<String, SchemaObject> result = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master")) {
            while (rs.next()) {
                SchemaObject o = new SchemaObject(rs.getString(1), rs.getString(2), normalize(rs.getString(3)));
                result.put(o.name(), o);
            }
        }
        return result;
    }

    /**
     * The shadow tables of a virtual table (FTS5, R*Tree) are written by SQLite itself, so their text may vary
     * between SQLite versions; their names and types are checked, and they carry no triggers of their own.
     */
    private static boolean sameSql(SchemaObject ours, SchemaObject found, Map<String, SchemaObject> expected) {
        if (ours.sql().equals(found.sql())) {
            return true;
        }
        return "table".equals(found.type()) && expected.values().stream().anyMatch(v -> "table".equals(v.type())
                && v.sql().startsWith("CREATE VIRTUAL TABLE") && found.name().startsWith(v.name() + "_"));
    }

    /** ANALYZE (run by any SQLite tool) adds statistics tables; they hold numbers only. */
    private static boolean isStatistics(SchemaObject o) {
        return "table".equals(o.type()) && o.name().startsWith("sqlite_stat");
    }

    private static String normalize(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }
}
