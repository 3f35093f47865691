package io.strikeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads article files: plain text (title first, optional {@code key: value} header lines), JSON (an
 * object or an array of objects), JSON Lines, and HTML. Never throws for bad input: every problem is
 * returned with the file (and line) it concerns, and whatever could be read is returned too.
 */
public final class ArticleReader {

    /** What one file yielded. */
    public record Result(List<RawArticle> articles, List<Problem> problems) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\n\\r\\t]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** How long a title made of an untitled article's opening words may be. */
    private static final int UNTITLED_TITLE_CHARS = 120;
    private static final Pattern HEADER = Pattern.compile("^(title|source|published|url|date)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    /** Larger files are no article collection anyone exports; reading them would only strain memory. */
    static final long MAX_FILE_BYTES = 64L << 20;
    /**
     * The longest article text kept (a long report is 30,000 characters); longer ones are refused, not cut.
     * Extraction time grows faster than the text, so this bound is also what keeps an ingest's time bounded.
     */
    static final int MAX_ARTICLE_CHARS = 100_000;
    /** The longest run of text without a sentence end that is still prose; a longer one is a list or junk. */
    static final int MAX_SENTENCE_CHARS = 2_000;
    /** Deeper HTML elements are kept as siblings: pages nest a few dozen levels, and parsing cost grows with depth. */
    static final int MAX_HTML_DEPTH = 128;
    /** A news page has a few thousand tags; each one costs every query over the page, so a flood is refused. */
    static final int MAX_HTML_TAGS = 50_000;
    /** Published dates outside these years are typing errors or hostile input, not news. */
    private static final LocalDate EARLIEST_PUBLISHED = LocalDate.of(1900, 1, 1);

    private ArticleReader() {}

    /** Reads one file; whatever goes wrong (even a bug in a parser) comes back as a problem naming the file. */
    public static Result read(Path file) {
        String where = Problem.printable(file.toString());
        try {
            return readChecked(file, where);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(where, "could not be read (" + e.getClass().getSimpleName() + "); skipped");
        }
    }

    private static Result readChecked(Path file, String where) {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return failed(where, String.format("too large (%.0f MB; the limit is %d MB); split it into smaller files",
                        size / 1048576.0, MAX_FILE_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(where, "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length == 0) {
            return failed(where, "empty file");
        }
        if (looksBinary(bytes)) {
            return failed(where, "binary file, not article text");
        }
        String content;
        try {
            content = decode(bytes);
        } catch (CharacterCodingException e) {
            return failed(where, "not readable as UTF-8 text (" + e.getMessage() + "); save it as UTF-8 and ingest again");
        }
        if (content.isBlank()) {
            return failed(where, "empty file (only white space)");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<RawArticle> articles = new ArrayList<>();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            readJsonLines(content, where, articles, problems);
        } else if (name.endsWith(".json")) {
            readJson(content, where, articles, problems);
        } else if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(content)) {
            readHtml(content, where, articles, problems);
        } else {
            readPlainText(content, where, articles, problems);
        }
        return new Result(articles, problems);
    }

    private static Result failed(String where, String reason) {
        return new Result(List.of(), List.of(new Problem(where, reason)));
    }

    /** NUL bytes never occur in text files; a high share of other control bytes means binary too. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 20 > sample;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksLikeHtml(String content) {
        String head = content.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    // ---- plain text -----------------------------------------------------------------------

    private static void readPlainText(String content, String where, List<RawArticle> out, List<Problem> problems) {
        String[] lines = content.split("\n", -1);
        String title = null;
        String source = null;
        String url = null;
        LocalDate published = null;
        int i = 0;
        boolean inHeader = false;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (inHeader) {
                    // the blank line after the header ends it: a "Published: May 22" in the page text is text
                    break;
                }
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                break;
            }
            inHeader = true;
            String value = header.group(2).strip();
            switch (header.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "source" -> source = value;
                case "url" -> url = value;
                default -> published = parseDate(value, where + ":" + (i + 1), problems);
            }
        }
        if (title == null) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i < lines.length) {
                title = lines[i].strip();
                i++;
            }
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, Math.min(i, lines.length), lines.length)).strip();
        if (title != null && title.isEmpty()) {
            // "title:" left empty (a page saved without its headline): the text is listed by its opening words
            title = openingWords(body);
        }
        if (source == null) {
            source = OutletFinder.find(body);
        }
        addIfComplete(new RawArticle(title, body, source, url, published, where), where, out, problems);
    }

    // ---- JSON -----------------------------------------------------------------------------

    private static void readJson(String content, String where, List<RawArticle> out, List<Problem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            problems.add(new Problem(where + line, "malformed JSON (" + jsonError(e) + ")"));
            return;
        }
        if (root.isArray() && root.isEmpty()) {
            problems.add(new Problem(where, "an empty JSON array: no article in it"));
        } else if (root.isArray()) {
            for (int k = 0; k < root.size(); k++) {
                fromJson(root.get(k), where + "[" + k + "]", out, problems);
            }
        } else {
            fromJson(root, where, out, problems);
        }
    }

    private static void readJsonLines(String content, String where, List<RawArticle> out, List<Problem> problems) {
        String[] lines = content.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String lineWhere = where + ":" + (n + 1);
            try {
                fromJson(JSON.readTree(lines[n]), lineWhere, out, problems);
            } catch (JsonProcessingException e) {
                problems.add(new Problem(lineWhere, "malformed JSON line (" + jsonError(e) + ")"));
            }
        }
    }

    private static String jsonError(JsonProcessingException e) {
        return e instanceof StreamConstraintsException ? "nested or sized beyond what an article can be"
                : Problem.printable(String.valueOf(e.getOriginalMessage()));
    }

    private static void fromJson(JsonNode node, String where, List<RawArticle> out, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(where, "expected a JSON object with title and text"));
            return;
        }
        LocalDate published = node.hasNonNull("published") ? parseDate(node.get("published").asText(), where, problems) : null;
        addIfComplete(new RawArticle(text(node, "title"), text(node, "text"), text(node, "source"), text(node, "url"),
                published, where), where, out, problems);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }

    // ---- HTML -----------------------------------------------------------------------------

    private static void readHtml(String content, String where, List<RawArticle> out, List<Problem> problems) {
        long tags = content.chars().filter(c -> c == '<').count();
        if (tags > MAX_HTML_TAGS) {
            problems.add(new Problem(where, String.format("not an article page: %,d HTML tags (a page has at most %,d)",
                    tags, MAX_HTML_TAGS)));
            return;
        }
        Document doc = Jsoup.parse(content, "", Parser.htmlParser().setMaxDepth(MAX_HTML_DEPTH));
        doc.select("script, style, nav, header, footer, aside, form, noscript, figure figcaption").remove();
        String title = firstNonBlank(meta(doc, "og:title"), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
                doc.title());
        String dateText = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
        LocalDate published = dateText == null ? null : parseDate(dateText, where, problems);
        Element container = doc.selectFirst("article");
        if (container == null) {
            container = doc.body();
        }
        StringBuilder body = new StringBuilder();
        for (Element p : container.select("p")) {
            String paragraph = p.text().strip();
            if (!paragraph.isEmpty()) {
                body.append(body.length() == 0 ? "" : "\n\n").append(paragraph);
            }
        }
        if (body.length() == 0) {
            body.append(container.text());
        }
        String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "author"));
        String url = firstNonBlank(meta(doc, "og:url"), doc.selectFirst("link[rel=canonical]") == null ? null
                : doc.selectFirst("link[rel=canonical]").attr("href"));
        addIfComplete(new RawArticle(title, body.toString(), source, url, published, where), where, out, problems);
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return el == null ? null : el.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    // ---- shared ---------------------------------------------------------------------------

    private static void addIfComplete(RawArticle a, String where, List<RawArticle> out, List<Problem> problems) {
        if (a.text() == null || a.text().isBlank()) {
            problems.add(new Problem(where, "no article text"));
            return;
        }
        if (a.title() == null || a.title().isBlank()) {
            problems.add(new Problem(where, "no title"));
            return;
        }
        if (a.text().length() > MAX_ARTICLE_CHARS) {
            problems.add(new Problem(where, String.format("too long for one article (%,d characters; the limit is %,d)",
                    a.text().length(), MAX_ARTICLE_CHARS)));
            return;
        }
        TextScan scan = TextScan.of(a.text());
        if (scan.longestSentence() > MAX_SENTENCE_CHARS) {
            problems.add(new Problem(where, String.format("not prose: %,d characters without a sentence end (a sentence"
                    + " has at most %,d)", scan.longestSentence(), MAX_SENTENCE_CHARS)));
            return;
        }
        // terminal escapes and other control characters are no part of an article; line breaks and tabs are
        String text = scan.controls() ? CONTROLS.matcher(a.text()).replaceAll("") : a.text();
        out.add(new RawArticle(singleLine(a.title()), text, singleLine(a.source()), singleLine(a.url()), a.published(),
                a.origin()));
    }

    /** The text's first line, cut at a word to at most {@value #UNTITLED_TITLE_CHARS} characters, as a title. */
    static String openingWords(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= UNTITLED_TITLE_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', UNTITLED_TITLE_CHARS - 1);
        return line.substring(0, cut > 0 ? cut : UNTITLED_TITLE_CHARS - 1) + "\u2026";
    }

    /** What one pass over an article's characters finds: its longest run without a sentence end, and control characters. */
    private record TextScan(int longestSentence, boolean controls) {

        static TextScan of(String text) {
            // over a copy of the characters: a loop of String.charAt was compiled for the texts seen first (Latin-1), and
            // the first one with other characters made C2 compile it again; a stream of characters cost a fifth of the read
            char[] chars = text.toCharArray();
            int longest = 0;
            int run = 0;
            boolean controls = false;
            for (char c : chars) {
                run = c == '.' || c == '!' || c == '?' || c == '\n' ? 0 : run + 1;
                longest = Math.max(longest, run);
                // Unicode's control characters (Cc) are exactly U+0000-U+001F and U+007F-U+009F
                controls |= (c < 0x20 || c >= 0x7F && c <= 0x9F) && c != '\n' && c != '\t';
            }
            return new TextScan(longest, controls);
        }
    }

    /** Titles, outlets and addresses are one line of printable text. */
    private static String singleLine(String value) {
        return value == null ? null : Problem.printable(LINE_BREAKS.matcher(value).replaceAll(" ")).strip();
    }

    /** Accepts YYYY-MM-DD, optionally followed by a time (ISO 8601); anything else is reported and ignored. */
    static LocalDate parseDate(String value, String where, List<Problem> problems) {
        String v = value.strip();
        LocalDate date;
        try {
            date = v.length() > 10 && v.charAt(10) == 'T' ? OffsetDateTime.parse(v).toLocalDate()
                    : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(where, "invalid published date '" + shown(v) + "' (want YYYY-MM-DD); treated as unknown"));
            return null;
        }
        if (date.isBefore(EARLIEST_PUBLISHED) || date.isAfter(LocalDate.now().plusDays(1))) {
            problems.add(new Problem(where, "impossible published date '" + shown(v) + "' (before 1900 or in the future);"
                    + " treated as unknown"));
            return null;
        }
        return date;
    }

    private static String shown(String value) {
        return Problem.printable(value.length() > 40 ? value.substring(0, 40) + "..." : value);
    }
}
