package io.strikeline.store;

import io.strikeline.model.Citation;
import io.strikeline.model.EventSource;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where events come from: their source articles, evidence sentences and field provenance, merged events included. */
final class Provenance {

    private final EventStore store;

    Provenance(EventStore store) {
        this.store = store;
    }

    /**
     * The articles reporting an event, oldest source first, each with its evidence and field provenance.
     * Sources of events merged into this one count as its own; each keeps the id of the event row holding it.
     */
    List<EventSource> sources(long eventId) throws SQLException {
        boolean packed = store.packedMentions();
        List<EventSource> result = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement("WITH RECURSIVE " + mergedMembers()
                + " SELECT s.event_id, s.article_id, s.sentence_start, s.sentence_end, s.evidence, s.killed, s.injured"
                + (packed ? ", s.field_mentions, a.mentions, a.body" : "")
                + " FROM event_sources s JOIN articles a ON a.id = s.article_id"
                + " WHERE s.event_id IN (SELECT id FROM members)"
                + " ORDER BY a.published IS NULL, a.published, a.id, s.sentence_start")) {
            ps.setLong(1, eventId);
            Map<Long, PackedMentions> mentionsOf = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long holder = rs.getLong(1);
                    long articleId = rs.getLong(2);
                    List<FieldEvidence> fields;
                    if (packed) {
                        if (!mentionsOf.containsKey(articleId)) {
                            mentionsOf.put(articleId, PackedMentions.read(rs.getString(9), rs.getString(10)));
                        }
                        fields = mentionsOf.get(articleId).fields(rs.getString(8));
                    } else {
                        fields = fieldEvidence(holder, articleId);
                    }
                    result.add(new EventSource(holder, articleId, new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5),
                            EventStore.getInt(rs, 6), EventStore.getInt(rs, 7), fields));
                }
            }
        }
        return result;
    }

    /** Every span the extractor marked in an article, by start then end offset; none for an unknown article. */
    List<Mention> mentions(long articleId) throws SQLException {
        if (store.packedMentions()) {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT mentions, body FROM articles WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? PackedMentions.read(rs.getString(1), rs.getString(2)).mentions() : List.of();
                }
            }
        }
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT kind, start_offset, end_offset, surface,"
                + " normalized FROM mentions WHERE article_id = ? ORDER BY start_offset, end_offset, id")) {
            ps.setLong(1, articleId);
            List<Mention> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Mention(MentionKind.fromCode(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return result;
        }
    }

    /** A recursive CTE "members(id)": the event bound to the first parameter and every event merged into it. */
    private String mergedMembers() {
        return store.curated()
                ? "members(id) AS (SELECT ? UNION SELECT e.id FROM events e JOIN members m ON e.merged_into = m.id)"
                : "members(id) AS (SELECT ?)";
    }

    /** For every merged-away event, the live event it now belongs to (following chains of merges). */
    Map<Long, Long> mergedRoots() throws SQLException {
        Map<Long, Long> parent = new HashMap<>();
        if (!store.curated()) {
            return parent;
        }
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT id, merged_into FROM events WHERE merged_into IS NOT NULL")) {
            while (rs.next()) {
                parent.put(rs.getLong(1), rs.getLong(2));
            }
        }
        Map<Long, Long> roots = new HashMap<>();
        for (Long id : parent.keySet()) {
            long root = id;
            for (int hops = 0; parent.containsKey(root) && hops <= parent.size(); hops++) {
                root = parent.get(root);
            }
            roots.put(id, root);
        }
        return roots;
    }

    /** Field provenance of a file before schema 5: rows of its own, per event and article. */
    private List<FieldEvidence> fieldEvidence(long eventId, long articleId) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT f.field, m.kind, m.start_offset, m.end_offset,"
                + " m.surface, m.normalized FROM event_field_evidence f JOIN mentions m ON m.id = f.mention_id"
                + " WHERE f.event_id = ? AND f.article_id = ? ORDER BY m.start_offset, m.end_offset, m.id, f.field")) {
            ps.setLong(1, eventId);
            ps.setLong(2, articleId);
            List<FieldEvidence> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new FieldEvidence(rs.getString(1), new Mention(MentionKind.fromCode(rs.getString(2)),
                            rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6))));
                }
            }
            return result;
        }
    }

    /**
     * The citations of every event in one pass, each event's list oldest article first; events with
     * no source are absent. One query instead of one per event keeps exports of 100,000 events fast.
     */
    Map<Long, List<Citation>> citations() throws SQLException {
        Map<Long, Long> roots = mergedRoots();
        Map<Long, List<Citation>> result = new HashMap<>();
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT s.event_id, a.id, a.title, a.source, a.published, s.evidence"
                        + " FROM event_sources s JOIN articles a ON a.id = s.article_id"
                        + " ORDER BY s.event_id, a.published IS NULL, a.published, a.id, s.sentence_start")) {
            while (rs.next()) {
                String published = rs.getString(5);
                long eventId = roots.getOrDefault(rs.getLong(1), rs.getLong(1));
                Citation c = new Citation(eventId, rs.getLong(2), rs.getString(3), rs.getString(4),
                        published == null ? null : LocalDate.parse(published), rs.getString(6));
                result.computeIfAbsent(c.eventId(), k -> new ArrayList<>()).add(c);
            }
        }
        if (!roots.isEmpty()) {
            // sources of merged events were appended by event: put each list back in date order
            Comparator<Citation> oldestFirst = Comparator.comparing(Citation::published,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Citation::articleId);
            result.values().forEach(list -> list.sort(oldestFirst));
        }
        return result;
    }
}
