package io.strikeline.cli;

import io.strikeline.ui.app.ViewerBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the viewer on a database, offscreen: open to first frame, frame times while brushing,",
            "panning and zooming, and memory. Make a large database first with 'generate'."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "Database to measure (default: the bundled sample).")
    Path db;

    @Option(names = "--frames", defaultValue = "200", description = "Frames measured per interaction (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--extraction", paramLabel = "N",
            description = "Instead: time extraction of N generated articles of about 3 KB each.")
    Integer extraction;

    @Override
    public Integer call() throws Exception {
        if (extraction != null) {
            System.out.print(ExtractionBenchmark.run(extraction));
            return 0;
        }
        ViewerBenchmark.configure(1600, 1000);
        System.out.print(ViewerBenchmark.run(db != null ? db : SampleDatabase.locate(), frames, 1600, 1000));
        return 0;
    }
}
