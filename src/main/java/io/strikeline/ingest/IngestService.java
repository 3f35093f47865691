package io.strikeline.ingest;

import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import io.strikeline.extract.Extraction;
import io.strikeline.extract.Extractor;
import io.strikeline.extract.RuleBasedExtractor;
import io.strikeline.extract.StrikeMatcher;
import io.strikeline.geo.Gazetteer;
import io.strikeline.model.Article;
import io.strikeline.model.Curation;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.Mention;
import io.strikeline.model.Origin;
import io.strikeline.store.ChunkWriter;
import io.strikeline.store.EventStore;
import io.strikeline.store.PackedMentions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RunnableFuture;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Files in, events out: reads articles, extracts events (in parallel), and stores articles, mentions
 * and events in one transaction, merging reports of a strike that is already in the database.
 * Re-ingesting an article changes nothing: articles are identified by a hash of their content.
 */
public final class IngestService {

    /** Told as each file's articles are taken into the chunk being written; called on the ingesting thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int filesDone, int filesTotal);

        /**
         * Asked before each file: true stops the batch. A whole-batch ingest is rolled back whole; a chunked one keeps
         * the chunks already committed.
         */
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

    /**
     * Files a chunk commits at once; a kill loses at most this many files' articles. Small, so the last chunk, written
     * while the extractors have nothing left to do, is short: with 128 files a cold 5,000-article ingest ran 5-7%
     * slower, though a 1M generate wrote 8.08 GB to the log and the file instead of 9.25 GB. Not smaller, since each
     * commit costs the full-text index a flush of its pending terms and merges of small segments.
     */
    static final int CHUNK = 64;

    /** Chunks queued for extraction ahead of the one being written: what keeps the extractors busy meanwhile. */
    private static final int CHUNKS_AHEAD = 4;

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
            Extraction extraction, Packed packed, Problem problem) {

        Prepared(RawArticle raw, String hash, LocalDate published, DateStatus status, String reason, Extraction extraction,
                Problem problem) {
            this(raw, hash, published, status, reason, extraction, Packed.of(extraction, raw.text()), problem);
        }
    }

    /**
     * An article's mentions and each of its events' field provenance in their stored form (in the order of the
     * extraction's events), made on the extracting thread so the one writer thread only binds the text.
     */
    private record Packed(PackedMentions mentions, List<String> fieldMentions) {

        static Packed of(Extraction extraction, String text) {
            List<Mention> found = new ArrayList<>(extraction.mentions());
            extraction.events().forEach(e -> e.fields().forEach(f -> found.add(f.mention())));
            PackedMentions mentions = PackedMentions.of(found, text);
            List<String> fieldMentions = new ArrayList<>(extraction.events().size());
            for (ExtractedEvent e : extraction.events()) {
                fieldMentions.add(mentions.fieldsJson(e.fields()));
            }
            return new Packed(mentions, fieldMentions);
        }
    }

    /** How much of a batch lands at once. */
    public enum Commit {
        /** All of it or nothing: a cancelled or failed batch leaves the file as it was (the viewer's Add articles). */
        WHOLE_BATCH,
        /** Chunk by chunk: a kill loses at most the chunk in flight, and running the batch again finishes it (the CLI). */
        EACH_CHUNK
    }

    /** Ingests files and folders (recursively) in one transaction. {@code defaultPublished} dates articles that carry no date. */
    public IngestReport ingest(List<Path> paths, LocalDate defaultPublished, Progress progress) {
        return ingest(paths, defaultPublished, progress, Commit.WHOLE_BATCH);
    }

    /**
     * Ingests files and folders (recursively). Extraction of the next chunks of files runs on the other cores
     * while this thread writes the current one; each article's events are matched against the batch's
     * in-memory {@link MergeCandidates}.
     */
    public IngestReport ingest(List<Path> paths, LocalDate defaultPublished, Progress progress, Commit commit) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = collectFiles(paths, problems);
        Batch batch = new Batch(problems);
        if (commit == Commit.WHOLE_BATCH) {
            store.inTransaction(() -> {
                writeChunks(files, defaultPublished, progress, batch, false);
                return null;
            });
        } else {
            writeChunks(files, defaultPublished, progress, batch, true);
        }
        return batch.report(files.size());
    }

    /**
     * One record another tool coded: the article keeping it as text, the event it states (evidence: the whole text), and
     * the review an analyst gave it when the record comes from an export of ours ({@link Curation#NONE} otherwise).
     */
    public record CodedRecord(RawArticle article, ExtractedEvent event, Curation curation) {}

    /** What a file of coded records did: the outcome, and the event each record created, by its index in the file. */
    public record CodedOutcome(IngestReport report, Map<Integer, Long> createdByRecord) {}

    /**
     * Stores the records of one file another tool coded, in one transaction, each as an article and an event of
     * {@code origin}; an event of a strike already stored is merged into it by the same rule as ingest. Records
     * of one file are never merged with each other: the other tool already separated its strikes. Re-importing
     * a record changes nothing. {@code problems} are the reader's, reported with the outcome.
     */
    public CodedOutcome ingestCoded(List<CodedRecord> records, Origin origin, List<Problem> problems) {
        Batch batch = new Batch(new ArrayList<>(problems));
        Set<Long> eventsOfThisFile = new HashSet<>();
        Map<Integer, Long> createdByRecord = new HashMap<>();
        store.inTransaction(() -> {
            ChunkWriter writer = store.chunkWriter();
            List<String> hashes = records.stream().map(r -> hash(r.article())).toList();
            writer.lookUp(hashes);
            for (int i = 0; i < records.size(); i++) {
                int index = i;
                CodedRecord r = records.get(i);
                RawArticle raw = r.article();
                Extraction coded = new Extraction(List.of(r.event()), List.of(), null, null);
                batch.read++;
                List<Long> written = batch.store(new Prepared(raw, hashes.get(i), raw.published(), raw.published() == null
                        ? DateStatus.UNKNOWN : DateStatus.GIVEN, raw.published() == null ? null : "given in the file", coded,
                        null), writer, eventsOfThisFile, origin);
                // a record's one event is new unless it merged into a stored strike (never into this file's own)
                written.stream().filter(batch.created::contains).forEach(id -> createdByRecord.put(index, id));
            }
            writer.flush();
            return null;
        });
        return new CodedOutcome(batch.report(1), createdByRecord);
    }

    private void writeChunks(List<Path> files, LocalDate defaultPublished, Progress progress, Batch batch,
            boolean commitEach) {
        // One core is the writer's: it extracts too when the file it wants next is not ready (see await)
        int extracting = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ExecutorService extractors = Executors.newFixedThreadPool(extracting, runnable -> {
            Thread t = new Thread(runnable, "ingest-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<List<Future<List<Prepared>>>> queued = new ArrayDeque<>();
            int queuedUpTo = 0;
            for (int from = 0; from < files.size(); from += CHUNK) {
                for (; queuedUpTo < files.size() && queuedUpTo <= from + CHUNKS_AHEAD * CHUNK; queuedUpTo += CHUNK) {
                    List<Future<List<Prepared>>> chunk = prepareAsync(extractors, files, queuedUpTo, defaultPublished,
                            batch.problems);
                    queued.add(chunk);
                    batch.extractions.addAll(chunk);
                }
                List<Future<List<Prepared>>> current = queued.remove();
                int filesBefore = from;
                if (commitEach) {
                    store.inTransaction(() -> {
                        batch.write(current, filesBefore, files.size(), progress);
                        return null;
                    });
                } else {
                    batch.write(current, filesBefore, files.size(), progress);
                }
            }
        } finally {
            extractors.shutdownNow();
        }
    }

    /**
     * Queues reading and extracting the chunk of files starting at {@code from}, one task per file, on a pool
     * one thread narrower than the machine: the writer takes each file's articles as soon as they are ready, in file order.
     */
    private List<Future<List<Prepared>>> prepareAsync(ExecutorService extractors, List<Path> files, int from,
            LocalDate defaultPublished, List<Problem> problems) {
        List<Future<List<Prepared>>> chunk = new ArrayList<>();
        for (Path file : files.subList(Math.min(from, files.size()), Math.min(files.size(), from + CHUNK))) {
            chunk.add(extractors.submit(() -> prepareFile(file, defaultPublished, problems)));
        }
        return chunk;
    }

    /**
     * The file's articles. Rather than wait for them, this thread extracts files no extracting thread has begun: this
     * one, or while an extracting thread finishes it, the next ones in order ({@code extractions}, the files submitted
     * and not yet looked at here). The extracting threads, one fewer than the cores, so leave the writer a core and it
     * never idles while there is work. With as many extracting threads as cores, the writer had a fair share of two
     * cores among three threads and held the rest back (ADR 12).
     */
    private static List<Prepared> await(Future<List<Prepared>> prepared, Deque<Future<List<Prepared>>> extractions) {
        while (!prepared.isDone() && !extractions.isEmpty()) {
            if (extractions.poll() instanceof RunnableFuture<?> task && !task.isDone()) {
                task.run(); // does nothing when an extracting thread has begun it
            }
        }
        while (!extractions.isEmpty() && extractions.peek().isDone()) {
            extractions.poll(); // done: it needs no hand, and its articles must not be held here once written
        }
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("extraction failed", e.getCause());
        }
    }

    /** What one batch has written so far, and the events it may merge new reports into. */
    private final class Batch {
        private final List<Problem> problems;
        private final Set<Long> created = new HashSet<>();
        private final MergeCandidates candidates = new MergeCandidates(store);
        /** Files submitted for extraction, in order, that this thread has not yet tried to extract itself. */
        private final Deque<Future<List<Prepared>>> extractions = new ArrayDeque<>();
        private int read;
        private int stored;
        private int duplicates;
        private int merged;

        Batch(List<Problem> problems) {
            this.problems = problems;
        }

        /**
         * Writes one chunk of files' articles, in bulk; {@code prepared} is each file's, in order, after
         * {@code filesBefore} files of the batch.
         */
        void write(List<Future<List<Prepared>>> prepared, int filesBefore, int filesTotal, Progress progress) {
            ChunkWriter writer = store.chunkWriter();
            int filesDone = filesBefore;
            for (Future<List<Prepared>> file : prepared) {
                if (progress.cancelled()) {
                    throw new CancelledException();
                }
                List<Prepared> articles = await(file, extractions);
                writer.lookUp(articles.stream().map(Prepared::hash).toList());
                for (Prepared p : articles) {
                    read++;
                    store(p, writer, new HashSet<>(), Origin.EXTRACTED);
                }
                progress.update(++filesDone, filesTotal);
            }
            writer.flush();
            candidates.trimWritten();
        }

        IngestReport report(int files) {
            synchronized (problems) {
                problems.sort(Comparator.comparing(Problem::where)); // files were read in parallel: report them in order
                return new IngestReport(files, read, stored, duplicates, created.size(), merged, problems, created);
            }
        }

        /**
         * {@code notInto}: events this report must not merge into (the others of its article or file). Returns the
         * events its reports were written to, created or merged into (none for a duplicate article).
         */
        private List<Long> store(Prepared p, ChunkWriter writer, Set<Long> notInto, Origin origin) {
            if (writer.holds(p.hash())) {
                duplicates++;
                return List.of();
            }
            if (p.problem() != null) {
                synchronized (problems) {
                    problems.add(p.problem());
                }
            }
            RawArticle raw = p.raw();
            long articleId = writer.addArticle(new Article(0, raw.title(), raw.source(), raw.url(), p.published(),
                    p.status(), p.reason(), raw.text(), p.hash(), raw.origin()), p.packed().mentions());
            stored++;
            // The extractor already separated the strikes of one article: never merge two of them here.
            List<Long> writtenTo = new ArrayList<>();
            List<ExtractedEvent> events = p.extraction().events();
            for (int i = 0; i < events.size(); i++) {
                ExtractedEvent found = events.get(i);
                Optional<Event> existing = findSameStrike(found, notInto);
                Event written;
                if (existing.isPresent()) {
                    written = EventMerging.merge(existing.get(), found);
                    writer.changeEvent(existing.get(), written);
                    merged++;
                } else {
                    Event fresh = EventMerging.newEvent(found, origin);
                    written = EventMerging.withId(fresh, writer.addEvent(fresh));
                    created.add(written.id());
                }
                candidates.stored(written);
                notInto.add(written.id());
                String evidence = raw.text().substring(found.sentence().start(), found.sentence().end());
                writer.addSource(new EventSource(written.id(), articleId, found.sentence(), evidence, found.killed(),
                        found.injured(), found.fields()), p.packed().fieldMentions().get(i));
                writtenTo.add(written.id());
            }
            return writtenTo;
        }

        private Optional<Event> findSameStrike(ExtractedEvent found, Set<Long> excluded) {
            if (found.date() == null) {
                return Optional.empty(); // an undated report cannot be tied to a strike with confidence
            }
            // a plain loop: a round-up's reports each test a hundred or more candidates on the one writer thread
            for (Event candidate : candidates.near(found.date())) {
                if (sameStrike.test(found, candidate) && !excluded.contains(candidate.id())) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
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

    /** SHA-256 of title and whitespace-normalised text: the article's identity across re-ingests. */
    static String hash(RawArticle raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String normalized = raw.title().strip() + "\n" + spacesCollapsed(raw.text().strip());
            return HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Each run of the regex {@code \s} characters (space, tab, line breaks) as one space, without a regex per article. */
    static String spacesCollapsed(String text) {
        // compacted in place in a char array: most texts hold characters beyond Latin-1, and a builder of such
        // characters checked every append and index (half the hash's profile samples in a cold ingest)
        char[] chars = text.toCharArray();
        int kept = 0;
        boolean inRun = false;
        for (char c : chars) {
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                chars[kept++] = c;
            } else if (!inRun) {
                chars[kept++] = ' ';
            }
            inRun = space;
        }
        return new String(chars, 0, kept);
    }
}
