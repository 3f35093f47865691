package io.strikeline.cli;

import io.strikeline.ui.app.StrikelineApp;
import io.strikeline.ui.app.WindowSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
        Optional<String> desktopProblem = DesktopCheck.problem();
        if (desktopProblem.isPresent()) {
            System.err.println(desktopProblem.get());
            return 1;
        }
        // the bundled sample is never edited, however it was reached (no --db, last database, or named)
        boolean sample = file.toAbsolutePath().normalize().equals(sampleDb.toAbsolutePath().normalize());
        try {
            StrikelineApp.launch(file, sample);
        } catch (RuntimeException | LinkageError e) {
            // the display or a library failed in a way the check above could not see
            System.err.println("The viewer could not open a window (" + e.getMessage() + "). It needs a desktop session"
                    + " and the packages " + DesktopCheck.PACKAGES + ". " + DesktopCheck.WITHOUT_DESKTOP);
            return 1;
        }
        return 0;
    }
}
