package io.strikeline.cli;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.extract.StrikeMatcher;
import io.strikeline.extract.eval.GoldEvent;
import io.strikeline.extract.eval.GoldFile;
import io.strikeline.extract.eval.Predicted;
import io.strikeline.extract.eval.Score;
import io.strikeline.extract.eval.Scorer;
import io.strikeline.ingest.IngestService;
import io.strikeline.model.Article;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.store.EventStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Ingests articles into a throw-away database and scores the events against a gold CSV. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extracted events against gold labels "
                + "(columns file,event_type,event_date,place_name,lat,lon,perpetrator,target,killed).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, description = "Gold CSV; its file column names article files.")
    Path gold;

    @Option(names = "--published", description = "Published date for articles that carry none (default: infer it).")
    LocalDate published;

    @Option(names = "--direct", description = "Run the extractor on each file, without ingest and cross-article merging.")
    boolean direct;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Map<String, List<GoldEvent>> goldByFile = new HashMap<>();
        for (GoldEvent g : GoldFile.read(gold)) {
            goldByFile.computeIfAbsent(fileName(g.file()), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<Predicted>> predicted = direct ? extractDirectly() : ingestAndRead();
        Score score = Scorer.score(goldByFile, predicted);
        System.out.println(score.summary());
        return 0;
    }

    private Map<String, List<Predicted>> extractDirectly() throws IOException {
        Extractor extractor = RuleBasedExtractor.standard();
        Map<String, List<Predicted>> out = new HashMap<>();
        for (Path file : files()) {
            ArticleText article = plainText(Files.readString(file, StandardCharsets.UTF_8), published);
            List<Predicted> events = out.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>());
            extractor.extract(article).events().forEach(e -> events.add(Predicted.of(e)));
        }
        return out;
    }

    private Map<String, List<Predicted>> ingestAndRead() throws IOException {
        Path dir = Files.createTempDirectory("strikeline-eval");
        Path db = dir.resolve("eval.db");
        Map<String, List<Predicted>> out = new HashMap<>();
        try (EventStore store = EventStore.open(db)) {
            new IngestService(store, RuleBasedExtractor.standard(), StrikeMatcher::sameStrike)
                    .ingest(paths, published, IngestService.Progress.NONE);
            for (Event event : store.events()) {
                Set<String> filesOfEvent = new LinkedHashSet<>();
                for (EventSource source : store.sources(event.id())) {
                    Article article = store.article(source.articleId());
                    if (article != null && article.sourcePath() != null) {
                        filesOfEvent.add(fileName(article.sourcePath()));
                    }
                }
                for (String f : filesOfEvent) {
                    out.computeIfAbsent(f, k -> new ArrayList<>()).add(Predicted.of(event));
                }
            }
        } finally {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        return out;
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    /** Plain text article: the first non-blank line is the title, the rest the body. */
    static ArticleText plainText(String all, LocalDate published) {
        String trimmed = all.stripLeading();
        int eol = trimmed.indexOf('\n');
        if (eol < 0) {
            return new ArticleText(trimmed.strip(), "", published);
        }
        return new ArticleText(trimmed.substring(0, eol).strip(), trimmed.substring(eol + 1), published);
    }
}
