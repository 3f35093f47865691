package io.strikeline.cli;

import io.strikeline.export.EventExporter;
import io.strikeline.model.Event;
import io.strikeline.store.EventStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events as GeoJSON (one Feature per event) or CSV, with their evidence and sources.")
final class ExportCommand implements Callable<Integer> {

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Option(names = "--db", required = true, paramLabel = "FILE")
    Path db;

    @Option(names = "--format", required = true, description = "geojson or csv")
    EventExporter.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file, or - for standard output.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
    LocalDate to;

    @Option(names = "--include-rejected", description = "Also export events the analyst rejected (left out by default).")
    boolean includeRejected;

    @Override
    public Integer call() throws Exception {
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<Event> events = (from == null && to == null ? store.events()
                    : store.eventsBetween(from == null ? FIRST_DAY : from, to == null ? LAST_DAY : to))
                    .stream().filter(e -> includeRejected || !e.rejected()).toList();
            boolean stdout = out.toString().equals("-");
            try (OutputStream stream = stdout ? System.out : Files.newOutputStream(out)) {
                EventExporter.write(format, events, store.citations(), stream);
            }
            if (!stdout) {
                System.err.printf("%,d event(s) written to %s%n", events.size(), out);
            }
            return 0;
        }
    }
}
