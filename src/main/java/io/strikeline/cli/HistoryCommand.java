package io.strikeline.cli;

import io.strikeline.editing.HistoryLines;
import io.strikeline.store.EventChanges;
import io.strikeline.store.EventStore;
import io.strikeline.store.LogEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The analyst's changes, oldest first, one line each: time, user, change, action, event, field: old -> new.")
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE")
    Path db;

    @Option(names = "--event", paramLabel = "ID", description = "Only changes touching this event.")
    Long event;

    @Override
    public Integer call() {
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<LogEntry> entries = store.read(() -> {
                EventChanges changes = store.changes();
                return event == null ? changes.history() : changes.history(event);
            });
            entries.forEach(e -> System.out.println(HistoryLines.format(e)));
            if (entries.isEmpty()) {
                System.err.println(event == null ? "No changes yet." : "No changes to event " + event + ".");
            }
            return 0;
        }
    }
}
