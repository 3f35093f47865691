package io.strikeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput check (not a unit test): extracts the test articles over and over on all cores and prints
 * articles per second. Run: {@code java -cp target/classes:target/test-classes io.strikeline.extract.ExtractorThroughput}
 */
public final class ExtractorThroughput {

    private static final String[] ARTICLES = {
        "seeds/000_c15bedc5f9a67cb5.txt", "seeds/003_e10c3287c1a65d1c.txt", "wire/w01_taji_rockets.txt",
        "wire/w03_biden_syria.txt", "wire/w04_tower22.txt", "wire/w05_feb2024_retaliation.txt",
        "wire/w11_conoco_omar.txt", "wire/w15_kh_baghdad_feb2024.txt"};

    private static final AtomicLong CPU_NANOS = new AtomicLong();

    private ExtractorThroughput() {}

    public static void main(String[] args) throws Exception {
        Extractor extractor = RuleBasedExtractor.standard();
        List<ArticleText> articles = new ArrayList<>();
        long chars = 0;
        for (String name : ARTICLES) {
            ArticleText a = Articles.parse(read(name), null);
            articles.add(a);
            chars += a.text().length();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        run(extractor, articles, threads, rounds / 4);
        CPU_NANOS.set(0);
        long start = System.nanoTime();
        long done = run(extractor, articles, threads, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = CPU_NANOS.get() / 1e9;
        long avgChars = chars / articles.size();
        double perCore = done / cpuSeconds;
        System.out.printf(Locale.ROOT, "%d articles (avg %d chars) on %d threads in %.2f s wall: %.0f articles/s%n", done,
                avgChars, threads, seconds, done / seconds);
        System.out.printf(Locale.ROOT, "CPU time %.2f s: %.0f articles/s per core, %.0f per core at 3 KB (%d cores: %.0f/s)%n",
                cpuSeconds, perCore, perCore * avgChars / 3000, threads, perCore * avgChars / 3000 * threads);
    }

    private static long run(Extractor extractor, List<ArticleText> articles, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong count = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int r = 0; r < rounds / threads; r++) {
                    for (ArticleText a : articles) {
                        if (extractor.extract(a).mentions().isEmpty()) {
                            throw new IllegalStateException("no mentions in a test article");
                        }
                        count.incrementAndGet();
                    }
                }
                CPU_NANOS.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return count.get();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ExtractorThroughput.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
