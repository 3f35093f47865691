package io.strikeline.cli;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.extract.StrikeMatcher;
import io.strikeline.extract.eval.Evaluation;
import io.strikeline.extract.eval.GoldEvent;
import io.strikeline.extract.eval.GoldFile;
import io.strikeline.extract.eval.Predicted;
import io.strikeline.extract.eval.ReportList;
import io.strikeline.extract.eval.Score;
import io.strikeline.extract.eval.Scorer;
import io.strikeline.ingest.ArticleReader;
import io.strikeline.ingest.IngestService;
import io.strikeline.ingest.RawArticle;
import io.strikeline.model.Article;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.store.EventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests articles into a throw-away database (or extracts each file directly) and scores the events against a
 * gold CSV: the overall figures, then per-article measures and every error grouped by kind.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extracted events against gold labels (columns file,event_type,event_date,place_name,"
                + "lat,lon,perpetrator,target,killed; optional injured,main,notes).",
                "Prints precision, recall, date and location figures, then: main event found, true events found, extracted "
                        + "events true, exact day, killed figure right, place within 25 km, and the errors grouped by kind.",
                "Each article's own published date (its header) is passed to the extractor."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, description = "Gold CSV; its file column names article files.")
    Path gold;

    @Option(names = "--published", description = "Published date for articles that carry none (default: infer it).")
    LocalDate published;

    @Option(names = "--direct", description = "Run the extractor on each file, without ingest and cross-article merging.")
    boolean direct;

    @Option(names = "--split", paramLabel = "NAME",
            description = "Score only the files of this split of the report list (e.g. tune or holdout).")
    String split;

    @Option(names = "--reports", paramLabel = "CSV", defaultValue = "devset/reports.csv",
            description = "Report list with columns file and split, for --split (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--no-errors", description = "Print the figures and the error counts only, not each error.")
    boolean noErrors;

    @Option(names = "--events-out", paramLabel = "CSV",
            description = "With --direct: write every extracted event as a row (file, index, confidence, whether it matches "
                    + "a gold event, the evidence its confidence rests on, its type, date and place), for refitting the "
                    + "confidence model.")
    Path eventsOut;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    /** Per file, the evidence names of each directly extracted event, in the order of its predictions. */
    private final Map<String, List<List<String>>> evidenceByFile = new HashMap<>();

    @Override
    public Integer call() throws IOException {
        if (eventsOut != null && !direct) {
            System.err.println("--events-out needs --direct: merged events have no single article's evidence");
            return 2;
        }
        List<Path> files = files();
        Set<String> only = null;
        if (split != null) {
            ReportList list = ReportList.read(reports);
            only = list.files(split);
            if (only.isEmpty()) {
                System.err.println("no file of " + reports + " is in split '" + split + "'; splits there: " + list.splits());
                return 2;
            }
            Set<String> wanted = only;
            files = files.stream().filter(f -> wanted.contains(fileName(f.toString()))).toList();
            Set<String> missing = new TreeSet<>(only);
            files.forEach(f -> missing.remove(fileName(f.toString())));
            if (!missing.isEmpty()) {
                System.err.println(missing.size() + " file(s) of split '" + split + "' not found under the given paths: "
                        + missing);
            }
        }
        Map<String, List<GoldEvent>> goldByFile = new HashMap<>();
        for (GoldEvent g : GoldFile.read(gold)) {
            String name = fileName(g.file());
            if (only == null || only.contains(name)) {
                goldByFile.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
            }
        }
        Map<String, List<Predicted>> predicted = direct ? extractDirectly(files) : ingestAndRead(split == null ? paths : files);
        Score score = Scorer.score(goldByFile, predicted);
        System.out.println(score.summary());
        Set<String> names = new TreeSet<>();
        files.forEach(f -> names.add(fileName(f.toString())));
        Evaluation evaluation = Scorer.evaluate(names, goldByFile, predicted);
        System.out.println(String.format(Locale.ROOT, "%n%s", evaluation.summary()));
        Map<String, List<Predicted>> scored = new HashMap<>();
        predicted.forEach((file, list) -> {
            if (names.contains(file) || goldByFile.containsKey(file)) {
                scored.put(file, list);
            }
        });
        System.out.println(String.format(Locale.ROOT, "%n%s", Scorer.reliability(goldByFile, scored).table()));
        if (eventsOut != null) {
            writeEvents(scored, Scorer.matched(goldByFile, scored));
        }
        if (!noErrors && !evaluation.errors().isEmpty()) {
            System.out.println(String.format(Locale.ROOT, "%n%s", evaluation.errorList()));
        }
        return 0;
    }

    private Map<String, List<Predicted>> extractDirectly(List<Path> files) {
        RuleBasedExtractor extractor = RuleBasedExtractor.standard();
        Map<String, List<Predicted>> out = new HashMap<>();
        for (Path file : files) {
            ArticleReader.Result read = ArticleReader.read(file);
            read.problems().forEach(System.err::println);
            String name = file.getFileName().toString();
            List<Predicted> events = out.computeIfAbsent(name, k -> new ArrayList<>());
            List<List<String>> evidence = evidenceByFile.computeIfAbsent(name, k -> new ArrayList<>());
            for (RawArticle raw : read.articles()) {
                ArticleText article = new ArticleText(raw.title(), raw.text(),
                        raw.published() != null ? raw.published() : published);
                RuleBasedExtractor.Explained explained = extractor.explain(article);
                explained.extraction().events().forEach(e -> events.add(Predicted.of(e)));
                evidence.addAll(explained.confidenceEvidence());
            }
        }
        return out;
    }

    private void writeEvents(Map<String, List<Predicted>> scored, Map<String, boolean[]> matched) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file,index,confidence,true,evidence,type,date,place");
        for (String file : new TreeSet<>(scored.keySet())) {
            List<Predicted> events = scored.get(file);
            for (int i = 0; i < events.size(); i++) {
                Predicted p = events.get(i);
                lines.add(String.format(Locale.ROOT, "%s,%d,%.4f,%d,%s,%s,%s,%s", file, i, p.confidence(),
                        matched.get(file)[i] ? 1 : 0, String.join(";", evidenceByFile.get(file).get(i)), p.type().code(),
                        p.date() == null ? "" : p.date().format(), p.place() == null ? "" : p.place().replace(",", " ")));
            }
        }
        Files.write(eventsOut, lines);
        System.err.println("wrote " + (lines.size() - 1) + " events to " + eventsOut);
    }

    private Map<String, List<Predicted>> ingestAndRead(List<Path> toIngest) throws IOException {
        Path dir = Files.createTempDirectory("strikeline-eval");
        Path db = dir.resolve("eval.db");
        Map<String, List<Predicted>> out = new HashMap<>();
        try (EventStore store = EventStore.open(db)) {
            new IngestService(store, RuleBasedExtractor.standard(), StrikeMatcher::sameStrike)
                    .ingest(toIngest, published, IngestService.Progress.NONE);
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
                    walk.filter(Files::isRegularFile).filter(EvalCommand::articleFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean articleFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl")
                || name.endsWith(".html") || name.endsWith(".htm"));
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }
}
