package io.strikeline.cli;

import io.strikeline.ingest.IngestReport;
import io.strikeline.ingest.IngestService;
import io.strikeline.jvm.LongRunRelaunch;
import io.strikeline.jvm.QuickCompilation;
import io.strikeline.store.EventStore;
import io.strikeline.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read article files and folders (recursively) and store their events in a database.",
            "Formats: plain text (title first; optional title:/source:/published:/url: header lines),",
            "JSON or JSON Lines with fields title,text,source,published,url, and HTML."})
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database to create or add to.")
    Path db;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Published date for files that carry none.")
    LocalDate published;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long bytes = QuickCompilation.bytesIn(paths);
        OptionalInt relaunched = LongRunRelaunch.runIfLong(bytes, spec.commandLine().getParseResult().originalArgs());
        if (relaunched.isPresent()) {
            return relaunched.getAsInt(); // the installed program's long ingest, run with C2 in a second JVM
        }
        QuickCompilation.requestForIngest(bytes);
        IngestReport report;
        try (EventStore store = EventStore.open(db)) {
            report = IngestService.standard(store).ingest(paths, published, TerminalProgress.forFiles(),
                    IngestService.Commit.EACH_CHUNK);
        } catch (StoreException e) {
            // chunks are committed one by one: say what became of the ones before the failure
            throw new StoreException(e.getMessage() + "; chunks of files stored before it are kept whole:"
                    + " run the same command again to finish", e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.print(report.summary());
        System.out.printf("Done in %.1f s (%.0f articles/s). Database: %s%n", seconds,
                report.articlesRead() / Math.max(seconds, 1e-3), db);
        return 0;
    }
}
