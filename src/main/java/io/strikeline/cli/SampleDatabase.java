package io.strikeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Finds the bundled sample database: {@code data/sample.db} in the working folder, beside the jar, or inside it. */
final class SampleDatabase {

    private SampleDatabase() {}

    static Path locate() throws IOException {
        Path local = Path.of("data", "sample.db");
        if (Files.isRegularFile(local)) {
            return local;
        }
        try {
            Path jar = Path.of(SampleDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path besideJar = jar.getParent() == null ? null : jar.getParent().resolveSibling("data").resolve("sample.db");
            if (besideJar != null && Files.isRegularFile(besideJar)) {
                return besideJar;
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException ignored) {
            // not run from a file on disk; fall through to the copy inside the jar
        }
        try (InputStream bundled = SampleDatabase.class.getResourceAsStream("/data/sample.db")) {
            if (bundled == null) {
                throw new IOException("the bundled sample database is missing; pass --db FILE");
            }
            Path copy = Files.createTempFile("strikeline-sample", ".db");
            copy.toFile().deleteOnExit();
            Files.copy(bundled, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }
}
