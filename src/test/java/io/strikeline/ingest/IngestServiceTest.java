package io.strikeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.model.Article;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.store.EventStore;
import io.strikeline.testing.FakeExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    private static final LocalDate JUNE_28 = LocalDate.of(2021, 6, 28);

    @TempDir
    Path dir;

    private IngestReport ingest(Path db, LocalDate published, Path... paths) {
        try (EventStore store = EventStore.open(db)) {
            return new IngestService(store, new FakeExtractor(), FakeExtractor::sameStrike)
                    .ingest(List.of(paths), published, IngestService.Progress.NONE);
        }
    }

    @Test
    void progressIsToldFileByFileAndACancelBetweenFilesLeavesTheFileAsItWas() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(articles.resolve("r" + i + ".txt"), "Report " + i + "\n\nJets struck depot number " + i + ".\n");
        }
        Path db = dir.resolve("t.db");
        List<Integer> told = new ArrayList<>();
        try (EventStore store = EventStore.open(db)) {
            IngestService service = new IngestService(store, new FakeExtractor(), FakeExtractor::sameStrike);
            assertThatThrownBy(() -> service.ingest(List.of(articles), JUNE_28, new IngestService.Progress() {
                @Override
                public void update(int done, int total) {
                    assertThat(total).isEqualTo(5);
                    told.add(done);
                }

                @Override
                public boolean cancelled() {
                    return told.size() == 3; // the analyst pressed Cancel after the third file
                }
            })).isInstanceOf(IngestService.CancelledException.class);
            assertThat(store.articleCount()).isZero();

            told.clear();
            service.ingest(List.of(articles), JUNE_28, (done, total) -> told.add(done));
            assertThat(told).containsExactly(1, 2, 3, 4, 5);
            assertThat(store.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void plainTextTakesTitleFromFirstLineAndHeadersWhenPresent() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("a.txt"),
                "\n\nStrikes near Al-Qaim\n\nAPD NEWS\n\nU.S. jets struck a depot, killing 4.\n");
        Files.writeString(articles.resolve("b.txt"), "title: Second report\nsource: Reuters\npublished: 2021-06-27\n"
                + "url: https://example.org/b\n\nAircraft struck the depot.\n");
        Path db = dir.resolve("t.db");
        IngestReport report = ingest(db, JUNE_28, articles);

        assertThat(report.problems()).isEmpty();
        assertThat(report.articlesStored()).isEqualTo(2);
        try (EventStore store = EventStore.openReadOnly(db)) {
            Article a = store.article(1);
            assertThat(a.title()).isEqualTo("Strikes near Al-Qaim");
            assertThat(a.source()).isEqualTo("APD NEWS");
            assertThat(a.published()).isEqualTo(JUNE_28);
            assertThat(a.publishedStatus()).isEqualTo(DateStatus.GIVEN);
            Article b = store.article(2);
            assertThat(b.title()).isEqualTo("Second report");
            assertThat(b.source()).isEqualTo("Reuters");
            assertThat(b.url()).isEqualTo("https://example.org/b");
            assertThat(b.published()).isEqualTo(LocalDate.of(2021, 6, 27)); // the file's own date beats --published
            assertThat(b.text()).isEqualTo("Aircraft struck the depot.");
        }
    }

    @Test
    void jsonJsonLinesAndHtmlAreRead() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.json"), "{\"title\":\"J\",\"text\":\"Jets struck a depot.\",\"source\":\"AFP\","
                + "\"published\":\"2020-01-03T22:10:00Z\",\"url\":\"u\"}");
        Files.writeString(in.resolve("many.json"),
                "[{\"title\":\"A1\",\"text\":\"text one\"},{\"title\":\"A2\",\"text\":\"text two\"}]");
        Files.writeString(in.resolve("lines.jsonl"),
                "{\"title\":\"L1\",\"text\":\"first\"}\n\n{\"title\":\"L2\",\"text\":\"second\"}\n");
        Files.writeString(in.resolve("page.html"), "<html><head><title>Site | Headline</title>"
                + "<meta property=\"og:title\" content=\"Headline\"><meta property=\"og:site_name\" content=\"Wire\">"
                + "<meta property=\"article:published_time\" content=\"2024-01-28T10:00:00+03:00\"></head><body>"
                + "<nav>Home News</nav><article><h1>Headline</h1><p>Drones struck Tower 22.</p><p>Second paragraph.</p>"
                + "</article><script>var x = 1;</script><footer>Copyright</footer></body></html>");
        Path db = dir.resolve("t.db");
        IngestReport report = ingest(db, null, in);

        assertThat(report.problems()).isEmpty();
        assertThat(report.articlesStored()).isEqualTo(6);
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<Article> all = LongStream.rangeClosed(1, 6).mapToObj(store::article).toList();
            assertThat(all).extracting(Article::title).containsExactlyInAnyOrder("J", "A1", "A2", "L1", "L2", "Headline");
            Article html = all.stream().filter(a -> a.title().equals("Headline")).findFirst().orElseThrow();
            assertThat(html.text()).isEqualTo("Drones struck Tower 22.\n\nSecond paragraph.");
            assertThat(html.source()).isEqualTo("Wire");
            assertThat(html.published()).isEqualTo(LocalDate.of(2024, 1, 28));
            Article json = all.stream().filter(a -> a.title().equals("J")).findFirst().orElseThrow();
            assertThat(json.published()).isEqualTo(LocalDate.of(2020, 1, 3));
            assertThat(json.source()).isEqualTo("AFP");
        }
    }

    @Test
    void badFilesAreReportedByNameAndLineAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Good title\n\nJets struck a depot.");
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 title\n\nStruck.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\":\"ok\",\"text\":\"fine\"}\n{\"title\": broken\n"
                + "{\"title\":\"no text\"}\n");
        Files.writeString(in.resolve("bad-date.txt"), "published: 2021-13-45\n\nTitle here\n\nBody.");
        Path db = dir.resolve("t.db");
        IngestReport report = ingest(db, null, in, dir.resolve("missing-folder"));

        assertThat(report.articlesStored()).isEqualTo(3); // good.txt, the first JSON line, bad-date.txt
        assertThat(report.problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("image.txt", "binary"))
                .anySatisfy(p -> assertThat(p).contains("empty.txt", "empty"))
                .anySatisfy(p -> assertThat(p).contains("latin1.txt", "UTF-8"))
                .anySatisfy(p -> assertThat(p).contains("feed.jsonl:2", "malformed JSON"))
                .anySatisfy(p -> assertThat(p).contains("feed.jsonl:3", "no article text"))
                .anySatisfy(p -> assertThat(p).contains("bad-date.txt:1", "2021-13-45"))
                .anySatisfy(p -> assertThat(p).contains("missing-folder", "no such file"));
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void reingestingTheSameArticlesChangesNothing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Title A\n\nJets struck a depot, killing 4.");
        Files.writeString(in.resolve("b.txt"), "Title B\n\nBombers struck the same depot, killing 7.");
        Path db = dir.resolve("t.db");
        ingest(db, JUNE_28, in);
        byte[] first = Files.readAllBytes(db);

        IngestReport again = ingest(db, JUNE_28, in);

        assertThat(again.articlesStored()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.eventsCreated() + again.eventsMerged()).isZero();
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.eventCount()).isEqualTo(1);
        }
        assertThat(contentOf(db)).isEqualTo(contentOf(db.resolveSibling("copy.db"), first));
    }

    @Test
    void reportsOfOneStrikeMergeWithEverySourceAndTheCasualtyRange() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Title A\n\nJets struck a depot, killing 4.");
        Files.writeString(in.resolve("b.txt"), "Title B\n\nBombers struck the same depot, killing 7.");
        Path db = dir.resolve("t.db");
        IngestReport report = ingest(db, JUNE_28, in);

        assertThat(report.eventsCreated()).isEqualTo(1);
        assertThat(report.eventsMerged()).isEqualTo(1);
        try (EventStore store = EventStore.openReadOnly(db)) {
            Event event = store.events().get(0);
            assertThat(event.killed()).isEqualTo(4);
            assertThat(event.killedMax()).isEqualTo(7);
            assertThat(event.confidence()).isGreaterThan(0.6);
            assertThat(store.sources(event.id())).extracting(s -> s.killed()).containsExactly(4, 7);
        }
    }

    @Test
    void twoStrikesFoundInOneArticleAreNeverMergedWithEachOther() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Title A\n\nJets struck a depot, killing 4. Later drones struck a convoy.");
        IngestReport report = ingest(dir.resolve("t.db"), JUNE_28, in);
        assertThat(report.eventsCreated()).isEqualTo(2);
        assertThat(report.eventsMerged()).isZero();
    }

    @Test
    void anArticleWhoseExtractionFailsIsStoredWithoutEventsAndReported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("boom.txt"), "Title\n\nEXPLODE struck.");
        IngestReport report = ingest(dir.resolve("t.db"), JUNE_28, in);
        assertThat(report.articlesStored()).isEqualTo(1);
        assertThat(report.eventsCreated()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("boom.txt", "extracted"));
    }

    @Test
    void undatedArticleStaysUnknownWhenNothingCanBeInferred() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Title\n\nNothing happened.");
        Path db = dir.resolve("t.db");
        ingest(db, null, in);
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.article(1).publishedStatus()).isEqualTo(DateStatus.UNKNOWN);
            assertThat(store.article(1).published()).isNull();
        }
    }

    @Test
    void theContentHashCollapsesTheSameSpacesItAlwaysDid() {
        // the article's identity must not change between versions: each run of regex \s becomes one space, no more
        String text = "Jets\u000B\u000Bstruck \t\r\n a depot.\fNo-break\u00A0space and em\u2003space stay.";
        assertThat(IngestService.spacesCollapsed(text)).isEqualTo(text.replaceAll("\\s+", " "))
                .isEqualTo("Jets struck a depot. No-break\u00A0space and em\u2003space stay.");
    }

    /** A comparable dump of the database content (file bytes differ by page layout, not by data). */
    private static String contentOf(Path db) {
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.events() + "|" + store.articleCount() + "|" + store.citations();
        }
    }

    private static String contentOf(Path copy, byte[] bytes) throws java.io.IOException {
        Files.write(copy, bytes);
        return contentOf(copy);
    }
}
