package io.strikeline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A process of {@link MalformedDatabaseTest}: holds an exclusive lock on a database until it is killed. */
public final class LockHolder {

    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
        }
        Files.createFile(Path.of(args[1]));
        Thread.sleep(Long.MAX_VALUE);
    }
}
