package io.strikeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Finds the bundled sample database: {@code data/sample.db} in the working folder, near the jar, or inside it. */
final class SampleDatabase {

    private SampleDatabase() {}

    static Path locate() throws IOException {
        Path local = Path.of("data", "sample.db");
        if (Files.isRegularFile(local)) {
            return local;
        }
        try {
            Path jar = Path.of(SampleDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/../data (a build), or data/ beside the jar (the installed app image: lib/app/data)
            for (Path folder : jar.getParent() == null ? List.<Path>of()
                    : List.of(jar.getParent().resolveSibling("data"), jar.getParent().resolve("data"))) {
                if (Files.isRegularFile(folder.resolve("sample.db"))) {
                    return folder.resolve("sample.db");
                }
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
