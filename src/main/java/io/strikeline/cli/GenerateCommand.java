package io.strikeline.cli;

import io.strikeline.generate.Corpus;
import io.strikeline.generate.CorpusFiles;
import io.strikeline.generate.CorpusGenerator;
import io.strikeline.ingest.IngestReport;
import io.strikeline.ingest.IngestService;
import io.strikeline.jvm.LongRunRelaunch;
import io.strikeline.jvm.QuickCompilation;
import io.strikeline.store.EventStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a synthetic corpus to a temp folder and ingests it through the real pipeline, for scale tests. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate a deterministic synthetic corpus of strike reports and ingest it into a database.")
public final class GenerateCommand implements Callable<Integer> {

    /** Few articles per file: ingest parallelises over files and reports progress every 256 of them. */
    static final int ARTICLES_PER_FILE = 10;

    /**
     * A generated article's file size, on average: 200,000 articles came to 382 MB. It tells, before the corpus is
     * written, whether ingesting it is a long run ({@link LongRunRelaunch}).
     */
    static final long GENERATED_ARTICLE_BYTES = 2_000;

    @Option(names = "--db", required = true, description = "Database file to create (or extend with --append).")
    Path db;

    @Option(names = "--events", required = true, description = "Number of strikes to generate.")
    int events;

    @Option(names = "--articles", required = true, description = "Number of articles reporting them.")
    int articles;

    @Option(names = "--seed", defaultValue = "1",
            description = "Random seed; the same seed gives the same corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--append", description = "Add to a database that already holds articles.")
    boolean append;

    @Spec
    CommandSpec spec;

    private final Function<EventStore, IngestService> pipeline;
    private final PrintStream out;
    private final PrintStream err;

    public GenerateCommand() {
        // Built lazily: picocli builds every subcommand, and only this one needs the gazetteer loaded.
        this(IngestService::standard, System.out, System.err);
    }

    GenerateCommand(Function<EventStore, IngestService> pipeline, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (events < 1 || articles < 1) {
            err.println("--events and --articles must be at least 1");
            return 2;
        }
        OptionalInt relaunched = LongRunRelaunch.runIfLong(articles * GENERATED_ARTICLE_BYTES,
                spec.commandLine().getParseResult().originalArgs());
        if (relaunched.isPresent()) {
            return relaunched.getAsInt(); // the installed program's long run, with C2 in a second JVM
        }
        long started = System.nanoTime();
        try (EventStore store = EventStore.open(db)) {
            if (!append && (store.articleCount() > 0 || store.eventCount() > 0)) {
                err.printf("%s already holds %d article(s) and %d event(s); use --append to add to it%n", db,
                        store.articleCount(), store.eventCount());
                return 2;
            }
            err.printf("generating %d events in %d articles (seed %d)%n", events, articles, seed);
            Path folder = Files.createTempDirectory("strikeline-generate");
            IngestReport report;
            double generating;
            double ingesting;
            try {
                long generationStarted = System.nanoTime();
                List<Path> files = writeCorpus(folder);
                generating = seconds(generationStarted);
                err.printf("generated %d articles in %d files (%.1f s); ingesting%n", articles, files.size(),
                        seconds(started));
                // as `ingest` of the same files would
                QuickCompilation.requestForIngest(QuickCompilation.bytesIn(List.of(folder)));
                report = pipeline.apply(store).ingest(List.of(folder), null, everyTenth(started),
                        IngestService.Commit.EACH_CHUNK);
                // from opening the file to the last commit, less the corpus' writing; not its deletion, which ingest lacks
                ingesting = seconds(started) - generating;
            } finally {
                deleteRecursively(folder);
            }
            report.problems().forEach(p -> err.println("problem: " + p));
            double elapsed = seconds(started);
            out.printf(Locale.ROOT, "articles: %d stored (%d read, %d duplicates)%n", report.articlesStored(),
                    report.articlesRead(), report.duplicates());
            out.printf(Locale.ROOT, "events created: %d (requested %d; %d reports merged into them)%n", report.eventsCreated(),
                    events, report.eventsMerged());
            out.printf(Locale.ROOT, "elapsed: %.1f s (generating the corpus %.1f s, ingesting it %.1f s, deleting it"
                    + " %.1f s)%n", elapsed, generating, ingesting, elapsed - generating - ingesting);
            // The ingest's own rate: loading the gazetteer, reading, extracting, merging and storing, as `ingest` would.
            out.printf(Locale.ROOT, "articles/second: %.0f (ingest; %.0f counting the corpus' generation)%n",
                    report.articlesRead() / Math.max(ingesting, 1e-9), report.articlesRead() / Math.max(elapsed, 1e-9));
        }
        out.printf(Locale.ROOT, "database: %.1f MB (%s)%n", Files.size(db) / 1_048_576.0, db);
        return 0;
    }

    /** The corpus goes out of reach once written: at a million events its texts would hold 700 MB through the ingest. */
    private List<Path> writeCorpus(Path folder) throws IOException {
        Corpus corpus = CorpusGenerator.generate(seed, events, articles);
        return CorpusFiles.write(corpus.articles(), folder, ARTICLES_PER_FILE);
    }

    /** Progress a tenth of the files at a time: chunks are small, and a line per chunk would bury the figures. */
    private IngestService.Progress everyTenth(long started) {
        int[] printed = {0};
        return (done, total) -> {
            int tenths = (int) (10L * done / total);
            if (tenths > printed[0]) {
                printed[0] = tenths;
                err.printf("ingest: %d/%d files (%.1f s)%n", done, total, seconds(started));
            }
        };
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
