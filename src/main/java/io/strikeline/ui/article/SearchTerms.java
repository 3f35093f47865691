package io.strikeline.ui.article;

import io.strikeline.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain words of a full-text query and where they occur in an article. Matching is a prefix match
 * per word, ignoring case and diacritics (so "qaim" finds "Qāim" and "الاسد" finds "الأسد"); a hit covers
 * the whole article word. Pure: no JavaFX.
 */
final class SearchTerms {

    // Query syntax words of the full-text index, not words to look for.
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "NEAR");

    private SearchTerms() {}

    /** The folded plain words of {@code query}; empty for a null or blank query. */
    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        forEachWord(query, (start, end) -> {
            String word = query.substring(start, end);
            if (!OPERATORS.contains(word)) {
                String folded = fold(word);
                if (!folded.isEmpty()) {
                    words.add(folded);
                }
            }
        });
        return List.copyOf(words);
    }

    /** The article words that start with one of the folded {@code words}, in text order. */
    static List<Span> hits(String text, List<String> words) {
        List<Span> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        forEachWord(text, (start, end) -> {
            String folded = fold(text.substring(start, end));
            for (String w : words) {
                if (folded.startsWith(w)) {
                    hits.add(new Span(start, end));
                    return;
                }
            }
        });
        return hits;
    }

    /** Lower case without diacritics: decomposes, then drops the combining marks. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && c != '\u0640') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private interface WordConsumer {
        void accept(int start, int end);
    }

    /** Calls back for each maximal run of letters, digits and combining marks. */
    private static void forEachWord(String s, WordConsumer consumer) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !wordChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && wordChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                consumer.accept(start, i);
            }
        }
    }

    private static boolean wordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\u0640' || Character.isSurrogate(c);
    }
}
