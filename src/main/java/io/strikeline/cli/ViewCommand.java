package io.strikeline.cli;

import io.strikeline.ui.app.StrikelineApp;
import io.strikeline.ui.app.WindowSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Open the viewer: map, timeline, article pane and event list. Without --db, the bundled sample.")
final class ViewCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "Database to open; edited in place when writable.")
    Path db;

    @Override
    public Integer call() throws Exception {
        // Without --db: the database open when the viewer last closed, else the bundled sample.
        Path sampleDb = SampleDatabase.locate();
        Path file = db != null ? db : WindowSettings.forUser().lastDatabase().orElse(sampleDb);
        if (db != null && !Files.isRegularFile(db)) {
            System.err.println(db + ": no such file");
            return 1;
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("os.name").toLowerCase().contains("linux")) {
            System.err.println("No display found (DISPLAY is not set). Use 'strikeline snapshot' to render without a screen.");
            return 1;
        }
        // the bundled sample is never edited, however it was reached (no --db, last database, or named)
        boolean sample = file.toAbsolutePath().normalize().equals(sampleDb.toAbsolutePath().normalize());
        StrikelineApp.launch(file, sample);
        return 0;
    }
}
