package io.strikeline.extract;

import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** One article's text, tokens and sentences, and the mentions the stages tie fields to (each span once). */
final class ArticleDoc {

    /** The article's text with its file-photo captions blanked, character for character (offsets are the article's). */
    final String text;
    final List<Token> tokens;
    final List<SentenceInfo> sentences = new ArrayList<>();
    private final Map<Span, Mention> mentions = new LinkedHashMap<>();

    /** What makes a mention one: its kind, its characters and its normalized value. */
    private record Span(MentionKind kind, int start, int end, String normalized) {}

    /** A photo credit closing a line: "(Name/Agency)", "[AGENCY via Getty Images]", "Image Credit: X", ". AP". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:[(\\[][^()\\[\\]\n]*(?:\\b(?:Getty|Images|Photo|AFP|AP|Reuters)\\b|/)[^()\\[\\]\n]*[)\\]]"
            + "|Credit:[^\n]*|[.!?]\\s+(?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|Anadolu))\\s*$");
    /**
     * A line that opens as a caption does: "This image made from video shows ...", "Photo: ...", "FILE PHOTO - ...", "An
     * image grab from a video shows ...", "Screen grab shows ...".
     */
    private static final Pattern CAPTION_OPENING = Pattern.compile("^(?:In )?(?:This|this) (?:image|photo|picture|file photo)\\b"
            + "|^(?:Photo|Photo caption|Caption|File photo|FILE PHOTO|Image|Picture|Pictured)\\s*[:\\-\u2013\u2014]"
            + "|^(?:An? )?(?:[Ii]mage|[Ss]creen|[Vv]ideo|[Ff]rame) grab\\b");

    /** A caption's own words that its picture is an old one: "file photo", "FILE PICTURE", "archive image". */
    private static final Pattern FILE_PICTURE_WORDS = Pattern.compile(
            "\\b(?:[Ff]ile|FILE|[Aa]rchive|ARCHIVE) (?:[Pp]hoto|PHOTO|[Pp]icture|PICTURE|[Ii]mage|IMAGE)\\b");
    /**
     * An agency's credit for an old picture: "AFP/File", "(File)", "AP Archive". It opens or closes a caption's line, so
     * the whole line is the caption. Case matters: a path or a sentence could hold the words in lower case.
     */
    private static final Pattern FILE_PICTURE_CREDIT = Pattern.compile(
            "\\b(?:AFP|AP|Reuters|REUTERS|Getty)/File\\b|\\((?:File|FILE)\\)|\\[(?:File|FILE)\\]|\\bAP Archive\\b");
    /** A sentence longer than this many tokens mentions a file photo in passing; it is no caption of one. */
    private static final int CAPTION_MAX_TOKENS = 60;
    /** A credit that closes a line may be followed by a few words more of credit ("(File) / AP Archive"). */
    private static final int CREDIT_TAIL_WORDS = 3;

    /** Lines [start, end) of the text that are photo captions, as character offsets. */
    private final List<int[]> captions = new ArrayList<>();

    ArticleDoc(String text) {
        String raw = text == null ? "" : text;
        List<Token> rawTokens = Tokenizer.tokenize(raw);
        this.text = withoutFilePictures(raw, rawTokens);
        this.tokens = this.text == raw ? rawTokens : Tokenizer.tokenize(this.text);
        findCaptions();
    }

    /**
     * Photo captions: a line that ends with a photo credit or opens as a caption. A caption re-tells the story beside a
     * picture, often with another day.
     */
    private void findCaptions() {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (mayBeCaption(line) && (CREDIT.matcher(line).find() || CAPTION_OPENING.matcher(line).find())) {
                captions.add(new int[] {start, end});
            }
            start = end + 1;
        }
    }

    /**
     * The text with its file-photo captions blanked: the sentence that says "file photo", the line an agency credits as
     * a file picture. Such a picture shows an earlier strike or a scene of another day ("In this 2020 file photo, ..."),
     * and its date and place would otherwise date the news or add a strike to it. Every other character keeps its offset.
     * Returns {@code text} itself when it names no file photo.
     */
    private static String withoutFilePictures(String text, List<Token> tokens) {
        if (!mayNameFilePicture(text)) {
            return text;
        }
        List<MatchResult> words = FILE_PICTURE_WORDS.matcher(text).results().toList();
        List<MatchResult> credits = FILE_PICTURE_CREDIT.matcher(text).results().toList();
        if (words.isEmpty() && credits.isEmpty()) {
            return text;
        }
        List<int[]> sentences = Tokenizer.sentences(text, tokens);
        StringBuilder out = new StringBuilder(text);
        for (MatchResult m : words) {
            blankSentenceAt(out, m.start(), sentences, tokens);
        }
        for (MatchResult m : credits) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = text.indexOf('\n', m.end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            boolean ownLine = lineStart > 0 || lineEnd < text.length();
            if (ownLine && closesOrOpens(text, lineStart, lineEnd, m)
                    && tokenAt(tokens, lineEnd) - tokenAt(tokens, lineStart) <= CAPTION_MAX_TOKENS) {
                blank(out, lineStart, lineEnd);
            } else {
                blankSentenceAt(out, m.start(), sentences, tokens);
            }
        }
        return out.toString();
    }

    /** A credit stands at its line's edge: no letter before it ("© AFP/File | ..."), or at most a credit's words after it. */
    private static boolean closesOrOpens(String text, int lineStart, int lineEnd, MatchResult m) {
        boolean opens = text.substring(lineStart, m.start()).chars().noneMatch(Character::isLetter);
        return opens || text.substring(m.end(), lineEnd).strip().split("\\s+").length <= CREDIT_TAIL_WORDS;
    }

    /** Blanks the sentence that holds the character at {@code offset}, when it is no longer than a caption. */
    private static void blankSentenceAt(StringBuilder text, int offset, List<int[]> sentences, List<Token> tokens) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = sentences.get(mid);
            if (offset < tokens.get(r[0]).start()) {
                hi = mid - 1;
            } else if (offset >= tokens.get(r[1] - 1).end()) {
                lo = mid + 1;
            } else {
                if (r[1] - r[0] <= CAPTION_MAX_TOKENS) {
                    blank(text, tokens.get(r[0]).start(), tokens.get(r[1] - 1).end());
                }
                return;
            }
        }
    }

    /** The index of the first token that starts at or after {@code offset}. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** What both patterns need, found by plain searches (most articles name no file photo, and a regex costs more). */
    private static boolean mayNameFilePicture(String text) {
        return text.contains("file") || text.contains("File") || text.contains("FILE") || text.contains("rchive")
                || text.contains("RCHIVE");
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) != '\n') {
                text.setCharAt(k, ' ');
            }
        }
    }

    /** Agencies a credit line may end with after a sentence (the last branch of {@link #CREDIT}). */
    private static final List<String> CLOSING_AGENCIES =
            List.of("AP", "AFP", "Reuters", "Getty Images", "EPA", "Xinhua", "Anadolu");

    /**
     * What every line either pattern matches has, checked without a regex (most lines have none of it): a closing
     * bracket, "Credit:" or an agency at its end, or the opening word of a caption.
     */
    private static boolean mayBeCaption(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        // '\u0085' is a line end to the regex's "$" but not whitespace to strip(): leave such a line to the regex
        if (last == ')' || last == ']' || last == '\u0085' || line.contains("Credit:")
                || line.startsWith("In ") || line.startsWith("This") || line.startsWith("this") || captionLabel(line)) {
            return true;
        }
        for (String agency : CLOSING_AGENCIES) {
            if (line.endsWith(agency)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line opens with a caption's label word ("Photo:", "Caption:", "FILE PHOTO -") or a grab ("Screen grab
     * shows"), checked by its first letter.
     */
    private static boolean captionLabel(String line) {
        char first = line.charAt(0);
        return (first == 'P' || first == 'C' || first == 'F' || first == 'I' || first == 'A' || first == 'S'
                || first == 'V') && CAPTION_OPENING.matcher(line).find();
    }

    /** Whether the character at {@code offset} lies in a photo caption (captions are kept in text order). */
    boolean inCaption(int offset) {
        int lo = 0;
        int hi = captions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] c = captions.get(mid);
            if (offset < c[0]) {
                hi = mid - 1;
            } else if (offset >= c[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** By start, then by end: one plain comparator where a chain of lambdas shared its call sites with all sorts. */
    private static final Comparator<Mention> TEXT_ORDER =
            (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());

    /** All mentions in text order. */
    List<Mention> mentions() {
        List<Mention> all = new ArrayList<>(mentions.values());
        all.sort(TEXT_ORDER);
        return all;
    }

    Mention mention(MentionKind kind, int fromTok, int toTok, String normalized) {
        int start = tokens.get(fromTok).start();
        int end = tokens.get(toTok - 1).end();
        return mentionAt(kind, start, end, normalized);
    }

    Mention mentionAt(MentionKind kind, int start, int end, String normalized) {
        return mentions.computeIfAbsent(new Span(kind, start, end, normalized),
                k -> new Mention(kind, start, end, text.substring(start, end), normalized));
    }
}
