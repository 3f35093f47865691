package io.strikeline.cli;

import io.strikeline.importing.ImportFormat;
import io.strikeline.importing.ImportService;
import io.strikeline.ingest.IngestReport;
import io.strikeline.jvm.LongRunRelaunch;
import io.strikeline.jvm.QuickCompilation;
import io.strikeline.store.EventStore;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import events other tools coded, beside the extracted ones (origin 'imported').",
            "Formats: ACLED CSV exports, GDELT 2.0 event files (tab-separated, 61 columns), GeoJSON (as export writes it),",
            "KML placemarks with times. Each record is kept as the event's source article; a report of a strike already",
            "stored is merged into it. Bad rows are listed with file and line; the rest is stored, one transaction a file."})
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database to create or add to.")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", description = "acled, gdelt, geojson or kml (default: from each file's"
            + " name and first line).")
    ImportFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OptionalInt relaunched = LongRunRelaunch.runIfLong(QuickCompilation.bytesIn(files),
                spec.commandLine().getParseResult().originalArgs());
        if (relaunched.isPresent()) {
            return relaunched.getAsInt(); // the installed program's long import, run with C2 as under `java -jar`
        }
        IngestReport report;
        try (EventStore store = EventStore.open(db)) {
            report = ImportService.standard(store).importFiles(files, format);
        }
        System.out.print(report.summary().replace("article(s) read", "record(s) read"));
        return report.articlesRead() == 0 && !report.problems().isEmpty() ? 1 : 0;
    }
}
