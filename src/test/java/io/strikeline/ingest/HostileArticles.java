package io.strikeline.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes mutated article files for {@link FuzzIngestTest}: real reports (the seed and wire articles) made
 * hostile in one of many ways. Each file's text carries its number, so no two are the same article.
 */
final class HostileArticles {

    /** What a mutation is expected to give: an article that must be stored, a file that must be refused, or either. */
    enum Outcome { STORED, REFUSED, EITHER }

    /** One file written, with what its mutation is expected to give. */
    record Written(Path file, String mutation, Outcome outcome) {}

    private static final String REMOTE = "http://198.51.100.7";

    private final List<String> reports;
    private final Random random;

    HostileArticles(List<String> reports, long seed) {
        this.reports = reports;
        this.random = new Random(seed);
    }

    /** Writes file number {@code n} into {@code dir}. */
    Written write(Path dir, int n) throws IOException {
        String report = reports.get(random.nextInt(reports.size()));
        int nl = report.indexOf('\n');
        String title = (nl > 0 ? report.substring(0, nl) : "Report").strip() + " (F" + n + ")";
        String body = "Reference F" + n + ". " + (nl > 0 ? report.substring(nl + 1) : report);
        String text = title + "\n\n" + body;
        int kind = n % 24;
        String name = String.format("f%05d", n);
        return switch (kind) {
            case 0, 1, 2 -> text(dir, name + ".txt", text, "unchanged report", Outcome.STORED);
            case 3 -> bytes(dir, name + ".bin", randomBytes(10 + random.nextInt(8000)), "random bytes", Outcome.REFUSED);
            case 4 -> bytes(dir, name + ".txt", invalidUtf8(text), "invalid UTF-8", Outcome.REFUSED);
            case 5 -> bytes(dir, name + ".txt", withNul(text), "NUL bytes", Outcome.REFUSED);
            case 6 -> text(dir, name + ".txt", title + "\n\n" + "the strike ".repeat(9_000 + random.nextInt(20_000)),
                    "a huge line", Outcome.REFUSED);
            case 7 -> n % 1000 == 7 ? text(dir, name + ".txt", title + "\n\n"
                    + "killed".repeat(300_000 + random.nextInt(300_000)), "megabytes of one word", Outcome.REFUSED)
                    : flipped(dir, name, text);
            case 8 -> text(dir, name + ".json", "[".repeat(20_000) + "]".repeat(20_000), "JSON nested 20,000 deep",
                    Outcome.REFUSED);
            case 9 -> text(dir, name + ".json", wrongTypes(), "wrong JSON types", Outcome.REFUSED);
            case 10 -> text(dir, name + ".json", "{\"title\": " + quote(title) + ", \"text\": " + quote(body)
                    + ", \"published\": \"2021-07-13\"}", "a JSON article", Outcome.STORED);
            case 11 -> text(dir, name + ".jsonl", "{broken\n" + "{\"title\": " + quote(title) + ", \"text\": " + quote(body)
                    + "}\n42\n[]\n", "JSON Lines with bad lines", Outcome.EITHER);
            case 12 -> text(dir, name + ".html", html(title, body), "HTML with scripts, frames and remote images",
                    Outcome.STORED);
            case 13 -> text(dir, name + ".txt", sprinkle(text, List.of("\u202E", "\u2066", "\u200F", "\u001B[31m", "\u0007",
                    "\u0085", "\uFEFF")), "bidi and control characters", Outcome.STORED);
            case 14 -> text(dir, name + ".txt", "published: " + List.of("2020-02-30", "9999-99-99", "1066-10-14", "2999-01-01",
                    "0000-00-00", "2021-13-01").get(random.nextInt(6)) + "\n\n" + text, "an impossible date", Outcome.EITHER);
            case 15 -> bytes(dir, name + ".txt", truncate(text.getBytes(StandardCharsets.UTF_8), title.length() + 20),
                    "truncated", Outcome.EITHER);
            case 16 -> text(dir, name + ".txt", List.of("", "   \n\n\t ", "\n").get(random.nextInt(3)), "empty", Outcome.REFUSED);
            case 17 -> bytes(dir, name + ".txt", ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8),
                    "BOM and CRLF", Outcome.STORED);
            case 18 -> n % 2000 == 18 ? tooLarge(dir, name) : text(dir, name + ".html",
                    "<html>" + "<div>".repeat(100_000) + title, "HTML nested 100,000 deep", Outcome.REFUSED);
            case 19 -> text(dir, name + ".txt", "title: " + "T".repeat(50_000 + random.nextInt(50_000)) + "\n\n" + body,
                    "a 50,000-character title", Outcome.EITHER);
            case 20 -> bytes(dir, name + ".json", truncate(("{\"title\": " + quote(title) + ", \"text\": " + quote(body) + "}")
                    .getBytes(StandardCharsets.UTF_8), 5), "truncated JSON", Outcome.EITHER);
            case 21 -> text(dir, name + ".txt", "title: \nsource: \u001B]0;pwned\u0007\nurl: javascript:alert(1)\n\n" + body,
                    "a blank title and a terminal escape as outlet", Outcome.EITHER);
            default -> flipped(dir, name, text);
        };
    }

    private Written flipped(Path dir, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 1 + random.nextInt(20); k++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes(dir, name + ".txt", bytes, "flipped bytes", Outcome.EITHER);
    }

    private String html(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title><script src='" + REMOTE + "/a.js'></script>"
                + "<script>fetch('" + REMOTE + "/x');new Image().src='" + REMOTE + "/t.gif'</script>"
                + "<link rel=stylesheet href='" + REMOTE + "/s.css'><meta http-equiv=refresh content='0;url=" + REMOTE + "'>"
                + "</head><body><iframe src='" + REMOTE + "/f'></iframe><img src='" + REMOTE + "/p.png'>"
                + "<frameset><frame src='" + REMOTE + "/g'></frameset><h1>" + title + "</h1><p>"
                + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p>"
                + "<object data='" + REMOTE + "/o.swf'></object><video src='" + REMOTE + "/v.mp4'></video></body></html>";
    }

    private String wrongTypes() {
        return List.of("{\"title\": 5, \"text\": [\"a\", {\"b\": null}], \"published\": \"2020-02-30\"}",
                "{\"title\": {\"x\": 1}, \"text\": true}", "[1, \"two\", null, [3]]", "\"just a string\"", "null",
                "{\"title\": \"t\", \"text\": null, \"published\": 20200101}").get(random.nextInt(6));
    }

    private String sprinkle(String text, List<String> marks) {
        StringBuilder out = new StringBuilder(text);
        for (int k = 0; k < 10; k++) {
            out.insert(random.nextInt(out.length()), marks.get(random.nextInt(marks.size())));
        }
        return out.toString();
    }

    private byte[] invalidUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(bytes.length);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xA0};
        byte[] out = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
        return out;
    }

    private byte[] withNul(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 3; k++) {
            bytes[random.nextInt(Math.min(bytes.length, 4000))] = 0;
        }
        return bytes;
    }

    private byte[] truncate(byte[] bytes, int atLeast) {
        int keep = Math.min(bytes.length, atLeast + random.nextInt(Math.max(1, bytes.length - atLeast)));
        byte[] out = new byte[keep];
        System.arraycopy(bytes, 0, out, 0, keep);
        return out;
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        bytes[0] = 0; // random bytes with no NUL in them could pass for a (strange) text
        return bytes;
    }

    /** A 65 MB file that takes no disk space (sparse): over the size limit, refused before it is read. */
    private static Written tooLarge(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(65L << 20);
        }
        return new Written(file, "65 MB", Outcome.REFUSED);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static Written text(Path dir, String name, String content, String mutation, Outcome outcome) throws IOException {
        return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8), mutation, outcome);
    }

    private static Written bytes(Path dir, String name, byte[] content, String mutation, Outcome outcome) throws IOException {
        return new Written(Files.write(dir.resolve(name), content), mutation, outcome);
    }
}
