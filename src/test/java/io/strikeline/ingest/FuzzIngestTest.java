package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.store.EventStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.4: 10,000 mutated articles ({@link HostileArticles}: binary, invalid UTF-8, NUL bytes, huge lines,
 * megabytes of one word, JSON nested 20,000 deep, wrong JSON types, HTML with scripts, frames and remote
 * images, bidi and control characters, impossible dates, truncations, flipped bytes) go through one ingest.
 * Nothing fails; every file is stored or named with its reason; every good one is stored; no stack trace
 * reaches the report; time and heap stay bounded. Figures go to stderr and {@code target/fuzz-ingest-test.txt}.
 */
class FuzzIngestTest {

    private static final int FILES = 10_000;
    private static final long SEED = 11_4L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void tenThousandHostileArticlesAreStoredOrNamedWithTheirReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        HostileArticles hostile = new HostileArticles(reports(), SEED);
        List<HostileArticles.Written> written = new ArrayList<>();
        for (int n = 0; n < FILES; n++) {
            written.add(hostile.write(in, n));
        }
        Path db = dir.resolve("fuzz.db");
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        IngestReport report;
        try (EventStore store = EventStore.open(db)) {
            report = IngestService.standard(store).ingest(List.of(in), LocalDate.of(2023, 5, 1), IngestService.Progress.NONE);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeapMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;

        Set<String> stored = storedOrigins(db);
        Set<String> named = new HashSet<>();
        report.problems().forEach(p -> named.add(fileOf(p.where())));
        Map<String, int[]> byMutation = new TreeMap<>(); // mutation -> files, stored, named
        List<String> unaccounted = new ArrayList<>();
        for (HostileArticles.Written w : written) {
            String file = w.file().toString();
            boolean isStored = stored.contains(file);
            boolean isNamed = named.contains(file);
            int[] counts = byMutation.computeIfAbsent(w.mutation(), k -> new int[3]);
            counts[0]++;
            counts[1] += isStored ? 1 : 0;
            counts[2] += isNamed ? 1 : 0;
            if (w.outcome() == HostileArticles.Outcome.STORED) {
                assertThat(isStored).as("%s (%s) was not stored", file, w.mutation()).isTrue();
            } else if (w.outcome() == HostileArticles.Outcome.REFUSED) {
                assertThat(isNamed && !isStored).as("%s (%s) was not refused with a reason", file, w.mutation()).isTrue();
            }
            if (!isStored && !isNamed) {
                unaccounted.add(file + " (" + w.mutation() + ")");
            }
        }
        assertThat(unaccounted).as("files neither stored nor named with a reason").isEmpty();
        String summary = report.summary();
        assertThat(summary).doesNotContain("\tat ").doesNotContain("Exception in").doesNotContain("\u001B");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank().doesNotContain("\n"));
        assertThat(integrity(db)).isEqualTo("ok");

        List<String> lines = new ArrayList<>();
        byMutation.forEach((m, c) -> lines.add(String.format("  %-46s %5d files, %5d stored, %5d named", m, c[0], c[1], c[2])));
        lines.add(String.format("FuzzIngestTest: %d files tried, 0 crashes, %d articles stored, %d problems named,"
                + " %d events; %.1f s, peak heap %d MB", FILES, report.articlesStored(), report.problems().size(),
                report.eventsCreated(), seconds, peakHeapMb));
        System.err.println(String.join(System.lineSeparator(), lines));
        if (Files.isDirectory(Path.of("target"))) {
            Files.write(Path.of("target", "fuzz-ingest-test.txt"), lines, StandardCharsets.UTF_8);
        }
        assertThat(seconds).as("seconds for %d hostile files", FILES).isLessThan(90);
        assertThat(peakHeapMb).as("peak heap in MB").isLessThan(1500);
    }

    /** "f.json[3]" and "f.jsonl:4" are places in f.json and f.jsonl. */
    private static String fileOf(String where) {
        return where.replaceFirst("(\\[\\d+]|:\\d+)$", "");
    }

    private static Set<String> storedOrigins(Path db) throws Exception {
        Set<String> files = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT source_path FROM articles")) {
            while (rs.next()) {
                files.add(fileOf(rs.getString(1)));
            }
        }
        return files;
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private static List<String> reports() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("seeds", "wire")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles", folder))) {
                for (Path f : files.sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            }
        }
        return texts;
    }
}
