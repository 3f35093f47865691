package io.strikeline.cli;

import io.strikeline.editing.EditResult;
import io.strikeline.editing.EditService;
import io.strikeline.store.EventStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Split one source article off an event into a new event of its own. Logged.")
final class SplitCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE")
    Path db;

    @Option(names = "--event", required = true, paramLabel = "ID")
    long event;

    @Option(names = "--article", required = true, paramLabel = "ARTICLE_ID")
    long article;

    @Override
    public Integer call() {
        try (EventStore store = EventStore.open(db)) {
            EditResult result = EditService.standard(store).split(event, article);
            System.out.println(result.summary() + " (change " + result.changeId() + ")");
            return 0;
        }
    }
}
