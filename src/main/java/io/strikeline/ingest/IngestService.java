package io.strikeline.ingest;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.extract.Extraction;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.extract.StrikeMatcher;
import io.strikeline.geo.Gazetteer;
import io.strikeline.model.Article;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.Mention;
import io.strikeline.store.EventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Files in, events out: reads articles, extracts events (in parallel), and stores articles, mentions
 * and events in one transaction, merging reports of a strike that is already in the database.
 * Re-ingesting an article changes nothing: articles are identified by a hash of their content.
 */
public final class IngestService {

    /** Told after each chunk of files; called on the ingesting thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int filesDone, int filesTotal);

        /** Asked before each chunk: true stops the batch and rolls it back whole. */
        default boolean cancelled() {
            return false;
        }
    }

    /** Thrown when {@link Progress#cancelled()} stopped a batch; nothing of it was stored. */
    public static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("ingest cancelled; the database is as it was before the batch");
        }
    }

    private static final int CHUNK = 256;

    private final EventStore store;
    private final Extractor extractor;
    private final BiPredicate<ExtractedEvent, Event> sameStrike;

    /** {@code sameStrike} decides whether a new report describes a strike already stored. */
    public IngestService(EventStore store, Extractor extractor, BiPredicate<ExtractedEvent, Event> sameStrike) {
        this.store = store;
        this.extractor = extractor;
        this.sameStrike = sameStrike;
    }

    /**
     * The pipeline the CLI and viewer use: the bundled gazetteer and the rule-based extractor. A new
     * database also gets a copy of the gazetteer, so the file documents the places it was built with.
     */
    public static IngestService standard(EventStore store) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        if (store.gazetteerSize() == 0) {
            store.inTransaction(() -> {
                store.replaceGazetteer(gazetteer.all());
                return null;
            });
        }
        return new IngestService(store, new RuleBasedExtractor(gazetteer), StrikeMatcher::sameStrike);
    }

    /** Extracted but not yet stored: everything one article needs to be written. */
    private record Prepared(RawArticle raw, String hash, LocalDate published, DateStatus status, String reason,
            Extraction extraction, Problem problem) {}

    /** Ingests files and folders (recursively). {@code defaultPublished} dates articles that carry no date. */
    public IngestReport ingest(List<Path> paths, LocalDate defaultPublished, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = collectFiles(paths, problems);
        int[] counts = new int[5]; // read, stored, duplicates, created, merged
        Set<Long> created = new HashSet<>();
        store.inTransaction(() -> {
            for (int from = 0; from < files.size(); from += CHUNK) {
                if (progress.cancelled()) {
                    throw new CancelledException();
                }
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
                List<List<Prepared>> prepared = chunk.parallelStream()
                        .map(file -> prepareFile(file, defaultPublished, problems))
                        .toList();
                for (List<Prepared> articles : prepared) {
                    for (Prepared p : articles) {
                        counts[0]++;
                        store(p, counts, problems, created);
                    }
                }
                progress.update(Math.min(files.size(), from + CHUNK), files.size());
            }
            return null;
        });
        problems.sort(Comparator.comparing(Problem::where)); // files were read in parallel: report them in order
        return new IngestReport(files.size(), counts[0], counts[1], counts[2], counts[3], counts[4], problems, created);
    }

    private static List<Path> collectFiles(List<Path> paths, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(path.toString(), "cannot list the folder (" + e.getMessage() + ")"));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(new Problem(path.toString(), "no such file or folder"));
            }
        }
        return files;
    }

    private List<Prepared> prepareFile(Path file, LocalDate defaultPublished, List<Problem> problems) {
        ArticleReader.Result read = ArticleReader.read(file);
        synchronized (problems) {
            problems.addAll(read.problems());
        }
        return read.articles().stream().map(raw -> prepare(raw, defaultPublished)).toList();
    }

    private Prepared prepare(RawArticle raw, LocalDate defaultPublished) {
        LocalDate published = raw.published() != null ? raw.published() : defaultPublished;
        String givenReason = raw.published() != null ? "given in the file" : "given on the command line";
        try {
            Extraction extraction = extractor.extract(new ArticleText(raw.title(), raw.text(), published));
            if (published != null) {
                return new Prepared(raw, hash(raw), published, DateStatus.GIVEN, givenReason, extraction, null);
            }
            if (extraction.inferredPublished() != null) {
                return new Prepared(raw, hash(raw), extraction.inferredPublished(), DateStatus.INFERRED,
                        extraction.inferenceReason(), extraction, null);
            }
            return new Prepared(raw, hash(raw), null, DateStatus.UNKNOWN, null, extraction, null);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in extraction must not lose the article: store it without events and say so.
            Extraction none = new Extraction(List.of(), List.of(), null, null);
            return new Prepared(raw, hash(raw), published, published == null ? DateStatus.UNKNOWN : DateStatus.GIVEN,
                    published == null ? null : givenReason, none,
                    new Problem(raw.origin(), "events could not be extracted (" + e.getClass().getSimpleName()
                            + "); article stored without events"));
        }
    }

    private void store(Prepared p, int[] counts, List<Problem> problems, Set<Long> created) {
        if (store.articleIdByHash(p.hash()).isPresent()) {
            counts[2]++;
            return;
        }
        if (p.problem() != null) {
            problems.add(p.problem());
        }
        RawArticle raw = p.raw();
        long articleId = store.insertArticle(new Article(0, raw.title(), raw.source(), raw.url(), p.published(), p.status(),
                p.reason(), raw.text(), p.hash(), raw.origin()));
        counts[1]++;
        List<Mention> mentions = new ArrayList<>(p.extraction().mentions());
        p.extraction().events().forEach(e -> e.fields().forEach(f -> mentions.add(f.mention())));
        Map<Mention, Long> mentionIds = store.insertMentions(articleId, mentions);
        // The extractor already separated the strikes of one article: never merge two of them here.
        Set<Long> eventsOfThisArticle = new HashSet<>();
        for (ExtractedEvent found : p.extraction().events()) {
            Optional<Event> existing = findSameStrike(found, eventsOfThisArticle);
            long eventId;
            if (existing.isPresent()) {
                eventId = existing.get().id();
                store.updateEvent(EventMerging.merge(existing.get(), found));
                counts[4]++;
            } else {
                eventId = store.insertEvent(EventMerging.newEvent(found));
                created.add(eventId);
                counts[3]++;
            }
            eventsOfThisArticle.add(eventId);
            String evidence = raw.text().substring(found.sentence().start(), found.sentence().end());
            store.addSource(new EventSource(eventId, articleId, found.sentence(), evidence, found.killed(), found.injured(),
                    found.fields()), mentionIds);
        }
    }

    private Optional<Event> findSameStrike(ExtractedEvent found, Set<Long> excluded) {
        if (found.date() == null) {
            return Optional.empty(); // an undated report cannot be tied to a strike with confidence
        }
        return store.eventsBetween(found.date().start().minusDays(1), found.date().end().plusDays(1)).stream()
                .filter(candidate -> !excluded.contains(candidate.id()) && sameStrike.test(found, candidate))
                .findFirst();
    }

    /** SHA-256 of title and whitespace-normalised text: the article's identity across re-ingests. */
    static String hash(RawArticle raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String normalized = raw.title().strip() + "\n" + raw.text().strip().replaceAll("\\s+", " ");
            return HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
