package io.strikeline.cli;

import io.strikeline.ui.app.ViewerBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the viewer on a database, offscreen: open to first frame, frame times while brushing,",
            "panning and zooming, and memory. Make a large database first with 'generate'."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database to measure (default: the bundled sample); with --growth, give one per size, smallest first.")
    List<Path> dbs = new ArrayList<>();

    @Option(names = "--frames", defaultValue = "200", description = "Frames measured per interaction (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--json", description = "Print the figures as one JSON object (the text report goes to standard error).")
    boolean json;

    @Option(names = "--growth",
            description = {"Measure every --db in this one process (e.g. 10k, 100k and 1M events)",
                "and report how each figure grows."})
    boolean growth;

    @Option(names = "--extraction", paramLabel = "N",
            description = "Instead: time extraction of N generated articles of about 3 KB each.")
    Integer extraction;

    @Override
    public Integer call() throws Exception {
        if (extraction != null) {
            System.out.print(ExtractionBenchmark.run(extraction));
            return 0;
        }
        for (Path db : dbs) {
            if (!Files.isRegularFile(db)) { // opening would create an empty database there and wait for events
                System.err.println(db + ": no such file");
                return 1;
            }
        }
        ViewerBenchmark.configure(1600, 1000);
        List<Path> targets = dbs.isEmpty() ? List.of(SampleDatabase.locate()) : dbs;
        if (!growth) {
            ViewerBenchmark.Result result = ViewerBenchmark.run(targets.get(0), frames, 1600, 1000);
            if (json) {
                System.err.print(result.text());
                System.out.println(BenchReport.json(result.figures()));
            } else {
                System.out.print(result.text());
            }
            return 0;
        }
        // an untimed run first: the toolkit start and JIT warm-up would otherwise all count against the smallest size
        ViewerBenchmark.run(targets.get(0), frames, 1600, 1000);
        List<ViewerBenchmark.Result> results = new ArrayList<>();
        for (Path db : targets) {
            ViewerBenchmark.Result result = ViewerBenchmark.run(db, frames, 1600, 1000);
            System.err.print(result.text());
            results.add(result);
        }
        System.out.print(json ? BenchReport.growthJson(results) + System.lineSeparator() : BenchReport.growthTable(results));
        return 0;
    }
}
