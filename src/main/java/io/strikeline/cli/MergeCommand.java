package io.strikeline.cli;

import io.strikeline.editing.EditResult;
import io.strikeline.editing.EditService;
import io.strikeline.store.EventStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge events that report one strike into one; all their sources are kept. Logged, undoable in the viewer.")
final class MergeCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE")
    Path db;

    @Option(names = "--into", required = true, paramLabel = "ID", description = "The event that stays.")
    long into;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The events merged into it.")
    List<Long> others;

    @Override
    public Integer call() {
        try (EventStore store = EventStore.open(db)) {
            EditResult result = EditService.standard(store).merge(into, others);
            System.out.println(result.summary() + " (change " + result.changeId() + ")");
            return 0;
        }
    }
}
