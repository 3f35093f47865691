package io.strikeline.cli;

import io.strikeline.ui.app.Snapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the viewer (map, timeline, article pane) offscreen to a PNG, no screen needed.")
final class SnapshotCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "Database to render (default: the bundled sample).")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE.png")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Start of the time window.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "End of the time window (inclusive).")
    LocalDate to;

    @Option(names = "--select", paramLabel = "EVENT_ID", description = "Event to select (shown in every view).")
    Long select;

    @Option(names = "--width", defaultValue = "1600")
    int width;

    @Option(names = "--height", defaultValue = "1000")
    int height;

    @Override
    public Integer call() throws Exception {
        if (width < 400 || height < 300 || width > 8000 || height > 8000) {
            System.err.println("--width/--height must be between 400x300 and 8000x8000");
            return 2;
        }
        Snapshot.useHeadlessPlatform(width, height);
        Path file = db != null ? db : SampleDatabase.locate();
        System.out.println(Snapshot.render(new Snapshot.Request(file, out, from, to, select, width, height)));
        return 0;
    }
}
