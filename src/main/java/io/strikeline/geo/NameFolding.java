package io.strikeline.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds place and group names to a matching key, so that transliteration variants meet: diacritics
 * and apostrophes (ʿ ’ ‘ ') go, case goes, hyphens become spaces, Arabic article prefixes (al-, el-,
 * ad-, ar-, as- ...) are dropped, doubled letters collapse and "ou" becomes "u". "Ain al-Assad",
 * "Ayn Al Asad" and "ʿAyn al-Asad" do not all meet by folding alone; aliases cover such spellings.
 * {@code data/build/build_gazetteer.py} mirrors these rules.
 */
public final class NameFolding {

    /** Article forms dropped wherever they stand as a word. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ez", "ad", "ar", "az", "ash", "adh", "ath", "ul", "es", "ed", "er", "et", "esh", "as", "at", "an");
    /** Article forms that are also English words: in running text dropped only when hyphenated ("as-Sakhar"). */
    private static final Set<String> ENGLISH_LOOKING_ARTICLES = Set.of("as", "at", "an", "ad", "er", "ed", "es", "et");

    /** Names recur (gazetteer admin names, actor names): folding each once keeps matching cheap. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private NameFolding() {}

    /** The matching key of a whole name: folded words joined by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String folded = foldUncached(text);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, folded);
        }
        return folded;
    }

    /**
     * {@link #fold} for a text met once (an article's headline): not kept in the cache, which a stream of headlines
     * would fill (an archive's first 50,000 titles), leaving the names that recur to be folded again at every use.
     */
    public static String foldOnce(String text) {
        return text == null ? "" : foldUncached(text);
    }

    private static String foldUncached(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
            } else if (word.length() > 0) {
                String folded = foldWord(word.toString());
                if (!folded.isEmpty() && !ARTICLES.contains(folded)) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(folded);
                }
                word.setLength(0);
            }
        }
        return out.toString();
    }

    /**
     * Folds one word of running text; returns "" for an article that should be skipped. {@code hyphenated}
     * says whether a hyphen follows the word, which is what marks "as-"/"at-"/"an-" as articles.
     */
    public static String foldTextWord(String word, boolean hyphenated) {
        String folded = foldWord(word);
        if (ARTICLES.contains(folded) && (hyphenated || !ENGLISH_LOOKING_ARTICLES.contains(folded))) {
            return "";
        }
        return folded;
    }

    /** Folds a single word (no spaces): possessive 's, marks, apostrophes and case removed, doubles collapsed. */
    public static String foldWord(String word) {
        String w = word;
        int n = w.length();
        if (n > 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && isApostrophe(w.charAt(n - 2))) {
            w = w.substring(0, n - 2);
        }
        // the loops read a copy of the characters: loops of String.charAt were compiled for the words seen first
        // (Latin-1), and the first word with other characters made C2 compile them again
        char[] chars = w.toCharArray();
        return isAscii(chars) ? foldAscii(chars) : foldDecomposed(Normalizer.normalize(w, Normalizer.Form.NFKD));
    }

    /**
     * {@link #foldWord} of a word of ASCII characters only, nearly every word of English copy: letters and digits kept,
     * lower-cased, doubles collapsed, "ou" made "u". Kept apart from the general case so the compiled hot path is small.
     */
    private static String foldAscii(char[] w) {
        char[] out = w; // folded in place: a character is written at or before where it was read
        int length = 0;
        char last = 0;
        for (char c : w) {
            boolean upper = c >= 'A' && c <= 'Z';
            boolean letter = upper || c >= 'a' && c <= 'z';
            if (!letter && (c < '0' || c > '9')) {
                continue;
            }
            char lower = upper ? (char) (c + ('a' - 'A')) : c;
            if (lower == last && letter) {
                continue;
            }
            if (lower == 'u' && last == 'o') {
                out[length - 1] = 'u';
                last = 'u';
                continue;
            }
            out[length++] = lower;
            last = lower;
        }
        return new String(out, 0, length);
    }

    /** {@link #foldWord} of a word with letters beyond ASCII, decomposed so that its marks stand apart and are dropped. */
    private static String foldDecomposed(String w) {
        StringBuilder out = new StringBuilder(w.length());
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c) || !Character.isLetterOrDigit(c)) {
                continue;
            }
            char lower = c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c);
            if (lower == last && Character.isLetter(lower)) {
                continue;
            }
            if (lower == 'u' && last == 'o') {
                out.setCharAt(out.length() - 1, 'u');
                last = 'u';
                continue;
            }
            out.append(lower);
            last = lower;
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BB' || c == '\u02BC' || c == '\u02BE'
                || c == '\u02BF' || c == '`' || c == '\u00B4';
    }

    private static boolean isAscii(char[] chars) {
        for (char c : chars) {
            if (c >= 128) {
                return false;
            }
        }
        return true;
    }
}
