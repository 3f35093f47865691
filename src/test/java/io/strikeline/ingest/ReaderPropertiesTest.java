package io.strikeline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Issue 11.4: the published-date and header parsers of ingest read what they should and never fail on hostile input. */
class ReaderPropertiesTest {

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("reader-properties");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 500)
    void anIsoDateReadsAsItself(@ForAll("plausibleDays") LocalDate day, @ForAll boolean withTime) {
        List<Problem> problems = new ArrayList<>();
        String text = day + (withTime ? "T23:59:00+03:00" : "");
        assertThat(ArticleReader.parseDate(text, "f", problems)).isEqualTo(day);
        assertThat(problems).isEmpty();
    }

    @Property(tries = 2000)
    void anyDateTextIsAPlausibleDayOrAProblemNeverAFailure(@ForAll("dateLikeText") String text) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = ArticleReader.parseDate(text, "f", problems);
        if (day == null) {
            assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("date"));
        } else {
            assertThat(day).isBetween(LocalDate.of(1900, 1, 1), LocalDate.now().plusDays(1));
            assertThat(problems).isEmpty();
        }
    }

    @Property(tries = 300)
    void headerLinesGiveTitleSourceAndUrl(@ForAll("headerValue") String title, @ForAll("headerValue") String source,
            @ForAll("headerValue") String url) {
        String content = "title: " + title + "\nsource: " + source + "\nurl: " + url + "\npublished: 2021-07-13\n\n"
                + "Rockets struck near Erbil on Monday, officials said.";
        ArticleReader.Result read = ArticleReader.read(write("h.txt", content.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.problems()).isEmpty();
        RawArticle article = read.articles().get(0);
        assertThat(article.title()).isEqualTo(title.strip());
        assertThat(article.source()).isEqualTo(source.strip());
        assertThat(article.url()).isEqualTo(url.strip());
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 7, 13));
    }

    @Property(tries = 1000)
    void anyBytesGiveArticlesOrNamedProblemsNeverAFailure(@ForAll("fileBytes") byte[] bytes, @ForAll("names") String name) {
        ArticleReader.Result read = ArticleReader.read(write(name, bytes));
        assertThat(read.articles().isEmpty()).isEqualTo(!read.problems().isEmpty() && read.articles().isEmpty());
        for (Problem p : read.problems()) {
            assertThat(p.where()).contains(name).doesNotContain("\u001B");
            assertThat(p.reason()).isNotBlank().doesNotContain("\tat ");
        }
        for (RawArticle a : read.articles()) {
            assertThat(a.title()).isNotBlank().doesNotContain("\n").doesNotContain("\u001B");
            assertThat(a.text()).isNotBlank().doesNotContain("\u0000");
        }
    }

    /** A page's own "Published:" line after the header is part of its text and does not replace the header's date. */
    @Example
    void theHeaderEndsAtItsFirstBlankLine() {
        String content = "title: Jets strike depot\nsource: Wire\npublished: 2019-03-04\n\n\nPublished: March 4, 2019\n"
                + "Source: the ministry\nJets struck an arms depot near the town on Sunday.";
        ArticleReader.Result read = ArticleReader.read(write("paged.txt", content.getBytes(UTF_8)));
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 4));
            assertThat(a.source()).isEqualTo("Wire");
            assertThat(a.text()).startsWith("Published: March 4, 2019\nSource: the ministry\nJets struck");
        });
    }

    /** A case the property above found: an empty array gave neither an article nor a problem. */
    @Example
    void anEmptyJsonArrayIsAProblemOfItsFile() {
        ArticleReader.Result read = ArticleReader.read(write("empty.json", "[]".getBytes(UTF_8)));
        assertThat(read.articles()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("empty JSON array"));
    }

    /** A text file whose "title:" header is empty is listed by its opening words, and its text keeps them. */
    @Example
    void aTextWithAnEmptyTitleHeaderIsNamedByItsOpeningWords() {
        String opening = "Skip to content. Rockets struck a base near the city on Monday, officials said";
        ArticleReader.Result txt = ArticleReader.read(write("untitled.txt",
                ("title: \nsource: Wire\n\n" + opening + ".\nNo one was hurt.").getBytes(UTF_8)));
        assertThat(txt.problems()).isEmpty();
        assertThat(txt.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(opening + ".");
            assertThat(a.text()).startsWith(opening);
        });
        String longLine = "word ".repeat(60).strip();
        ArticleReader.Result longOne = ArticleReader.read(write("long.txt", ("title:\n\n" + longLine).getBytes(UTF_8)));
        assertThat(longOne.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).endsWith("word\u2026").hasSizeLessThanOrEqualTo(121);
            assertThat(a.text()).isEqualTo(longLine);
        });
        ArticleReader.Result json = ArticleReader.read(write("untitled.json",
                "{\"title\": \"\", \"text\": \"Jets struck.\"}".getBytes(UTF_8)));
        assertThat(json.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("no title"));
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<LocalDate> plausibleDays() {
        return Arbitraries.integers().between(0, 365 * 120).map(n -> LocalDate.of(1901, 1, 1).plusDays(n))
                .filter(d -> !d.isAfter(LocalDate.now()));
    }

    @Provide
    Arbitrary<String> dateLikeText() {
        Arbitrary<String> parts = Arbitraries.of("2020", "-", "02", "30", "9999", "99", "T", "12:00", "Z", "+03:00", "0000",
                "1066", "10", "14", "\u0000", "\u202E", " ", "31", "13", "2999", "+999999999", "x");
        return Arbitraries.oneOf(parts.list().ofMaxSize(8).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(40));
    }

    /** A header value: printable text on one line, neither blank nor starting with a header name of its own. */
    @Provide
    Arbitrary<String> headerValue() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\u0628\u063A\u00E9").ofMinLength(1).ofMaxLength(60)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> texty = Arbitraries.strings().withCharRange(' ', '~').withChars("\n\r\t{}[]\":<>\u00FF")
                .ofMaxLength(3000).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> json = Arbitraries.of("{\"title\": 5, \"text\": [1]}", "[{\"title\":\"t\",\"text\":\"x\"}, 7]",
                "{\"title\":\"t\",\"text\":\"x\",\"published\":true}", "<html><script>x</script><p>a</p>", "title:\n\n",
                "published: 2020-02-30\n\nT\n\nbody").map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, texty, json);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "a.json", "a.jsonl", "a.html", "a.bin");
    }
}
