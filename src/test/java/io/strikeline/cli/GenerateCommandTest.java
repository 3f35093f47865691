package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.strikeline.generate.CorpusFiles;
import io.strikeline.generate.CorpusGenerator;
import io.strikeline.ingest.IngestService;
import io.strikeline.jvm.QuickCompilation;
import io.strikeline.store.EventStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        GenerateCommand command = new GenerateCommand(IngestService::standard,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    @Test
    void smallRunThroughTheRealExtractorYieldsRoughlyTheRequestedEvents(@TempDir Path dir) {
        Path db = dir.resolve("gen.db");
        assertThat(run("--db", db.toString(), "--events", "200", "--articles", "60", "--seed", "4")).isZero();
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.articleCount()).isEqualTo(60);
            assertThat(store.eventCount()).isBetween(130, 270);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("articles: 60 stored", "events created:", "database:");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingest: 6/6 files");
    }

    @Test
    void refusesANonEmptyDatabaseUnlessAppending(@TempDir Path dir) {
        String db = dir.resolve("gen.db").toString();
        assertThat(run("--db", db, "--events", "20", "--articles", "5")).isZero();
        assertThat(run("--db", db, "--events", "20", "--articles", "5", "--seed", "2")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("use --append");
        assertThat(run("--db", db, "--events", "20", "--articles", "5", "--seed", "2", "--append")).isZero();
        try (EventStore store = EventStore.open(dir.resolve("gen.db"))) {
            assertThat(store.articleCount()).isEqualTo(10);
        }
    }

    @Test
    void theSizeOfAGeneratedArticleThatDecidesALongRunIsWithinATenthOfTheCorpusWritten(@TempDir Path dir)
            throws Exception {
        int articles = 2_000;
        CorpusFiles.write(CorpusGenerator.generate(5, 10_000, articles).articles(), dir, GenerateCommand.ARTICLES_PER_FILE);
        double perArticle = QuickCompilation.bytesIn(List.of(dir)) / (double) articles;
        assertThat(perArticle).isCloseTo(GenerateCommand.GENERATED_ARTICLE_BYTES, withinPercentage(10));
    }
}
