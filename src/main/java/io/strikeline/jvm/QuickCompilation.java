package io.strikeline.jvm;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * Keeps the viewer's JVM to the quick compiler (C1), as the installed program's launcher does with
 * {@code -XX:TieredStopAtLevel=1} (ADR 8), when it was started without that flag ({@code java -jar}). A jar cannot pass
 * JVM flags, so the same effect is asked for at run time: a compiler directive that excludes every method from the
 * optimising compiler (C2), added through the JVM's diagnostic command {@code Compiler.directives_add}. A method hot
 * enough for C2 is then compiled once more by C1 without profiling. On two cores C2 otherwise takes one of them for
 * seconds while the window starts (2.8 s of CPU in a short {@code bench} on the sample, against 1.8 s for the FX
 * thread), and later competes with the render thread. A long ingest keeps C2 but not for the extraction's largest
 * methods (ADR 12).
 */
public final class QuickCompilation {

    /**
     * Ingests of less text than this run faster with C1 alone; longer ones gain from C2's code more than its compiling
     * costs. Measured with {@code generate} on two cores (ADR 11), articles/s with C1 and C2 against C1 alone: 5,000
     * articles (9.5 MB) 1,077 / 1,488; 40,000 (77 MB) 1,686 / 1,989; 100,000 (191 MB) 2,152 / 2,042.
     */
    public static final long SHORT_INGEST_BYTES = 128L << 20;

    private static final String EVERY_METHOD = "*.*";

    /**
     * The extraction rules' largest methods, and the writer's loop over merge candidates, which a long ingest keeps at C1
     * while C2 compiles the rest. C2 took 0.5-2.7 s to compile each of them, several times over as deoptimisations sent
     * them back: 25 s in all in a 100,000-article {@code generate} (JFR {@code jdk.Compilation} of that run, session 7).
     * At C1 they cost the extracting threads about 2 s more, against some 10 s less for C2 (ADR 12). A method renamed
     * or removed would drop out of the directive silently: a test checks that each still exists.
     */
    static final List<String> LARGE_RULE_METHODS = List.of(
            "io/strikeline/extract/Roles.role", "io/strikeline/extract/ArticleSides.nameGenericTargets",
            "io/strikeline/extract/Roles.assign", "io/strikeline/extract/ArticleSides.campaignEnemy",
            "io/strikeline/extract/PlaceReader.placeAt", "io/strikeline/extract/ArticleAnalysis.fillFromSentence",
            "io/strikeline/extract/ArticleAnalysis.scanSentences", "io/strikeline/extract/ArticleAnalysis.run",
            "io/strikeline/extract/FigureFirstToll.read", "io/strikeline/extract/CasualtyFinder.find",
            "io/strikeline/extract/Triggers.factual", "io/strikeline/extract/Triggers.triggerAt",
            "io/strikeline/extract/PlaceSplit.split", "io/strikeline/extract/TollChain.targets",
            "io/strikeline/extract/ActorFinder.find", "io/strikeline/extract/DateFinder.match",
            "io/strikeline/extract/Coreference.antecedent", "io/strikeline/ingest/IngestService$Batch.findSameStrike");

    private static boolean requested;

    private QuickCompilation() {}

    /**
     * Asks for it on a thread of its own, so the start does not wait for the management classes; once per process.
     * Without the management module or the diagnostic command the JVM stays as it was started.
     */
    public static synchronized void request() {
        if (requested) {
            return;
        }
        requested = true;
        Thread thread = new Thread(() -> excludeFromOptimisingCompiler(List.of(EVERY_METHOD)), "quick-compilation");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * For an ingest of this many bytes of files ({@link #bytesIn}): {@link #request()} when under {@link #SHORT_INGEST_BYTES},
     * else only the {@link #LARGE_RULE_METHODS} kept from C2.
     */
    public static synchronized void requestForIngest(long bytes) {
        if (bytes < SHORT_INGEST_BYTES) {
            request();
        } else if (!requested) {
            requested = true;
            excludeFromOptimisingCompiler(LARGE_RULE_METHODS); // before the extracting threads warm up
        }
    }

    /** The bytes of the regular files under these paths; unreadable ones count as nothing (ingest reports them). */
    public static long bytesIn(List<Path> paths) {
        long total = 0;
        for (Path p : paths) {
            try (Stream<Path> files = Files.walk(p)) {
                total += files.filter(Files::isRegularFile).mapToLong(QuickCompilation::size).sum();
            } catch (IOException | UncheckedIOException e) {
                // a missing or unreadable path: ingest says so
            }
        }
        return total;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Adds a directive now that keeps these methods ({@code package/Class.method}, {@code *} a wildcard) from C2; false
     * when the JVM compiles with C1 only already or cannot take it.
     */
    static boolean excludeFromOptimisingCompiler(List<String> methods) {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) < 4
                    || !Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue())) {
                return false; // started for quick compilation already (the installed program), or without tiers
            }
            Path file = Files.createTempFile("strikeline-c1", ".json");
            try {
                Files.writeString(file, directive(methods));
                Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                return String.valueOf(reply).contains("added"); // the command answers "1 compiler directives added"
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            return false; // no management module or no such command in this JVM: it keeps both compilers
        }
    }

    static String directive(List<String> methods) {
        StringBuilder match = new StringBuilder();
        for (String m : methods) {
            match.append(match.length() == 0 ? "\"" : ", \"").append(m).append('"');
        }
        return "[{ match: [" + match + "], c2: { Exclude: true } }]";
    }
}
