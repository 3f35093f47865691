package io.strikeline.cli;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.generate.CorpusGenerator;
import io.strikeline.generate.GeneratedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Extraction throughput on wire-style articles of about 3 KB (generated round-ups joined until they
 * reach the size), using every core the way ingest does.
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
        for (int round = 1; round <= 5; round++) {
            events.set(0);
            long start = System.nanoTime();
            texts.parallelStream().forEach(t -> events.addAndGet(extractor.extract(t).events().size()));
            double seconds = (System.nanoTime() - start) / 1e9;
            report.append(String.format("extraction round %d: %,d articles (mean %.1f KB) in %.2f s = %,.0f articles/s,"
                    + " %,d events, %d threads%n", round, texts.size(), chars / 1000.0 / texts.size(), seconds,
                    texts.size() / seconds, events.get(), Runtime.getRuntime().availableProcessors()));
        }
        return report.toString();
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
