package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.generate.Corpus;
import io.strikeline.generate.CorpusFiles;
import io.strikeline.generate.CorpusGenerator;
import io.strikeline.model.Event;
import io.strikeline.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest with the in-memory merge index, the pipelined extraction and chunk commits gives the same events
 * as one transaction, and as the query the index replaces would have found.
 */
class ChunkedIngestTest {

    @TempDir
    Path dir;

    private List<Event> ingest(Path db, Path folder, IngestService.Commit commit) {
        try (EventStore store = EventStore.open(db)) {
            IngestService.standard(store).ingest(List.of(folder), null, IngestService.Progress.NONE, commit);
            return store.events();
        }
    }

    @Test
    void chunkCommitsAndOneTransactionGiveTheSameEvents() throws Exception {
        Corpus corpus = CorpusGenerator.generate(11, 900, 300);
        Path folder = dir.resolve("corpus");
        Files.createDirectories(folder);
        CorpusFiles.write(corpus.articles(), folder, 1); // 300 files: several chunks
        List<Event> whole = ingest(dir.resolve("whole.db"), folder, IngestService.Commit.WHOLE_BATCH);
        List<Event> chunked = ingest(dir.resolve("chunked.db"), folder, IngestService.Commit.EACH_CHUNK);
        assertThat(whole).hasSizeGreaterThan(300);
        assertThat(chunked).isEqualTo(whole);
    }

    @Test
    void anArticleTwiceInOneChunkIsStoredOnceThoughNothingIsWrittenBeforeTheChunkEnds() throws Exception {
        String article = "published: 2021-03-04\n\nDrone strike near Al-Qaim\n\nA drone struck a truck near Al-Qaim on"
                + " Wednesday, killing two people, a local official said.\n";
        Path folder = dir.resolve("twice");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.txt"), article);
        Files.writeString(folder.resolve("b.txt"), article);
        try (EventStore store = EventStore.open(dir.resolve("twice.db"))) {
            IngestReport report = IngestService.standard(store).ingest(List.of(folder), null, IngestService.Progress.NONE,
                    IngestService.Commit.EACH_CHUNK);
            assertThat(report.articlesStored()).isEqualTo(1);
            assertThat(report.duplicates()).isEqualTo(1);
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.events()).singleElement().satisfies(e -> assertThat(store.sources(e.id())).hasSize(1));
        }
    }

    @Test
    void theMergeIndexFindsWhatTheDateQueryFinds() throws Exception {
        Corpus corpus = CorpusGenerator.generate(12, 600, 200);
        Path folder = dir.resolve("corpus2");
        Files.createDirectories(folder);
        CorpusFiles.write(corpus.articles(), folder, 10);
        Path db = dir.resolve("index.db");
        ingest(db, folder, IngestService.Commit.WHOLE_BATCH);
        try (EventStore store = EventStore.open(db)) {
            MergeCandidates index = new MergeCandidates(store);
            for (Event e : store.events()) {
                if (e.date() == null) {
                    continue;
                }
                LocalDate from = e.date().start().minusDays(1);
                LocalDate to = e.date().end().plusDays(1);
                assertThat(index.near(e.date())).as("around " + e.date())
                        .isEqualTo(store.eventsBetween(from, to));
            }
            // keeping one block of days, dropped after every lookup: each block is read again and finds the same
            MergeCandidates forgetful = new MergeCandidates(store, 1);
            for (Event e : store.events()) {
                if (e.date() != null) {
                    assertThat(forgetful.near(e.date())).isEqualTo(index.near(e.date()));
                    forgetful.trimWritten();
                }
            }
        }
    }
}
