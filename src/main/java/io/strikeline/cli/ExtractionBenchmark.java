package io.strikeline.cli;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.generate.CorpusGenerator;
import io.strikeline.generate.GeneratedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Extraction throughput on wire-style articles of about 3 KB (generated round-ups joined until they
 * reach the size), using every core the way ingest does. Each round also gives the CPU time of the Java threads per
 * article (the JIT's and the collector's threads are not among them), which other programs on the machine do not
 * inflate the way they do the wall-clock rate.
 */
final class ExtractionBenchmark {

    private static final int TARGET_CHARS = 3000;

    private ExtractionBenchmark() {}

    static String run(int articles) {
        List<ArticleText> texts = threeKilobyteArticles(articles);
        Extractor extractor = RuleBasedExtractor.standard();
        AtomicLong events = new AtomicLong();
        texts.parallelStream().limit(Math.min(3000, texts.size())).forEach(t -> extractor.extract(t)); // JIT warm-up
        StringBuilder report = new StringBuilder();
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            events.set(0);
            long cpuStart = javaThreadsCpuNanos(threads);
            long start = System.nanoTime();
            texts.parallelStream().forEach(t -> events.addAndGet(extractor.extract(t).events().size()));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMsPerArticle = (javaThreadsCpuNanos(threads) - cpuStart) / 1e6 / texts.size();
            report.append(String.format("extraction round %d: %,d articles (mean %.1f KB) in %.2f s = %,.0f articles/s,"
                    + " %,d events, %d threads, %.3f ms CPU per article%n", round, texts.size(), chars / 1000.0 / texts.size(),
                    seconds, texts.size() / seconds, events.get(), Runtime.getRuntime().availableProcessors(), cpuMsPerArticle));
        }
        return report.toString();
    }

    /** CPU time of the live Java threads; the pool's threads outlive a round, so differences are the round's work. */
    private static long javaThreadsCpuNanos(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    /** {@code count} articles of about 3 KB; corpora of further seeds are drawn until there are enough. */
    private static List<ArticleText> threeKilobyteArticles(int count) {
        List<ArticleText> result = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (long seed = 7; result.size() < count; seed++) {
            for (GeneratedArticle a : CorpusGenerator.generate(seed, count * 4, count * 3).articles()) {
                text.append(text.length() == 0 ? "" : "\n\n").append(a.text());
                if (text.length() >= TARGET_CHARS) {
                    result.add(new ArticleText(a.title(), text.toString(), a.published()));
                    text.setLength(0);
                    if (result.size() == count) {
                        break;
                    }
                }
            }
        }
        return result;
    }
}
