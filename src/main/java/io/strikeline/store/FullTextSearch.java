package io.strikeline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Full-text search over the articles (FTS5), and turning what the analyst typed into a query SQLite accepts. */
final class FullTextSearch {

    private final EventStore store;

    FullTextSearch(EventStore store) {
        this.store = store;
    }

    /**
     * Ids of events whose source articles match a full-text query. Plain words are matched as
     * prefixes and all must occur; FTS5 syntax (quotes, OR, NEAR) is passed through when present, and
     * when SQLite cannot parse it (an unbalanced quote or parenthesis) its words are searched instead.
     */
    Set<Long> eventIdsMatching(String text) {
        String match = ftsQuery(text);
        if (match.isEmpty()) {
            return Set.of();
        }
        try {
            return eventIdsMatchingFts(match);
        } catch (SQLException e) {
            String words = wordsQuery(text);
            if (words.isEmpty() || words.equals(match)) {
                return Set.of();
            }
            return store.query(() -> eventIdsMatchingFts(words));
        }
    }

    private Set<Long> eventIdsMatchingFts(String match) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT DISTINCT s.event_id FROM articles_fts f"
                + " JOIN event_sources s ON s.article_id = f.rowid WHERE articles_fts MATCH ?")) {
            ps.setString(1, match);
            Map<Long, Long> roots = store.mergedRoots();
            Set<Long> ids = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(roots.getOrDefault(rs.getLong(1), rs.getLong(1)));
                }
            }
            return ids;
        }
    }

    /** Longer queries than this are searched as plain words: nobody types FTS syntax that long. */
    private static final int MAX_FTS_SYNTAX_CHARS = 1000;
    /** A search uses at most this many words; more only slow the query down without narrowing it usefully. */
    private static final int MAX_WORDS = 32;
    private static final Set<String> FTS_OPERATORS = Set.of("OR", "AND", "NOT", "NEAR");

    static String ftsQuery(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() <= MAX_FTS_SYNTAX_CHARS
                && (trimmed.contains("\"") || trimmed.matches("(?s).*\\b(OR|AND|NOT|NEAR)\\b.*"))) {
            return trimmed;
        }
        return wordsQuery(trimmed);
    }

    /** Every word (letters and digits) as a quoted prefix term, operators left out: FTS5 syntax has no effect. */
    static String wordsQuery(String text) {
        StringBuilder query = new StringBuilder();
        int words = 0;
        for (String word : (text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !FTS_OPERATORS.contains(word) && words++ < MAX_WORDS) {
                query.append(query.length() == 0 ? "" : " ").append('"').append(word).append("\"*");
            }
        }
        return query.toString();
    }
}
