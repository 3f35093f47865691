package io.strikeline.store;

import io.strikeline.model.Article;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ingest's writes for one chunk of articles, kept in memory and written by {@link #flush()} as one batch per
 * table. Row ids are handed out from the highest ones in the file, so a report can merge into an event created
 * earlier in the same chunk before anything is written, and an event changed by several reports is written
 * once. Made by {@link EventStore#chunkWriter()} inside a transaction, flushed before its commit: should another
 * connection write in between, SQLite refuses this transaction's stale write instead of mixing the two.
 * Writing row by row, with a query for each generated id, was most of ingest's time.
 */
public final class ChunkWriter {

    private static final BulkInsert INSERT_ARTICLE = new BulkInsert("INSERT INTO articles (id, title, source, url, published,"
            + " published_status, published_reason, body, content_hash, source_path, ingested_at)", 11);
    private static final BulkInsert INSERT_MENTION = new BulkInsert("INSERT INTO mentions (id, article_id, kind, start_offset,"
            + " end_offset, surface, normalized)", 7);
    private static final BulkInsert INSERT_SOURCE = new BulkInsert("INSERT OR IGNORE INTO event_sources (event_id, article_id,"
            + " sentence_start, sentence_end, evidence, killed, injured)", 7);
    private static final BulkInsert INSERT_EVIDENCE = new BulkInsert("INSERT OR IGNORE INTO event_field_evidence (event_id,"
            + " article_id, field, mention_id)", 4);

    private static final String POSITION = "SELECT lat, lon FROM events WHERE id = ?";

    private record StoredMention(long id, long articleId, Mention mention) {}

    private record Evidence(long eventId, long articleId, String field, long mentionId) {}

    private final EventStore store;
    private final StatementCache statements;
    private long lastArticleId;
    private long lastMentionId;
    private long lastEventId;
    private final List<Article> articles = new ArrayList<>();
    private final Set<String> hashes = new HashSet<>();
    private final List<StoredMention> mentions = new ArrayList<>();
    private final Map<Long, Event> created = new LinkedHashMap<>();
    private final Map<Long, Event> changed = new LinkedHashMap<>();
    private final List<EventSource> sources = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    ChunkWriter(EventStore store, StatementCache statements) throws SQLException {
        this.store = store;
        this.statements = statements;
        lastArticleId = highestId("SELECT max(id) FROM articles");
        lastMentionId = highestId("SELECT max(id) FROM mentions");
        lastEventId = highestId("SELECT max(id) FROM events");
    }

    /** True when an article with this content hash is stored, or waits in this chunk. */
    public boolean holds(String contentHash) {
        return hashes.contains(contentHash) || store.articleIdByHash(contentHash).isPresent();
    }

    /** Queues an article (its id is ignored) and returns the id it will have. */
    public long addArticle(Article a) {
        long id = ++lastArticleId;
        articles.add(new Article(id, a.title(), a.source(), a.url(), a.published(), a.publishedStatus(), a.publishedReason(),
                a.text(), a.contentHash(), a.sourcePath()));
        hashes.add(a.contentHash());
        return id;
    }

    /** Queues an article's mentions and returns each distinct mention's id. */
    public Map<Mention, Long> addMentions(long articleId, Collection<Mention> found) {
        Map<Mention, Long> ids = new HashMap<>();
        for (Mention m : new LinkedHashSet<>(found)) {
            long id = ++lastMentionId;
            mentions.add(new StoredMention(id, articleId, m));
            ids.put(m, id);
        }
        return ids;
    }

    /** Queues a new event (its id is ignored) and returns the id it will have. */
    public long addEvent(Event e) {
        long id = ++lastEventId;
        created.put(id, e);
        return id;
    }

    /** Queues every field of an event, stored or queued in this chunk; the last change of an event wins. */
    public void changeEvent(Event e) {
        if (created.containsKey(e.id())) {
            created.put(e.id(), e);
        } else {
            changed.put(e.id(), e);
        }
    }

    /** Queues the link from an event to an article with its field provenance; mention ids from {@link #addMentions}. */
    public void addSource(EventSource source, Map<Mention, Long> mentionIds) {
        for (FieldEvidence f : source.fields()) {
            Long mentionId = mentionIds.get(f.mention());
            if (mentionId == null) {
                throw new IllegalArgumentException("evidence mention was not stored first: " + f.mention());
            }
            evidence.add(new Evidence(source.eventId(), source.articleId(), f.field(), mentionId));
        }
        sources.add(source);
    }

    /** Writes everything queued, parents before the rows that refer to them, and empties the chunk. */
    public void flush() {
        String now = Instant.now().toString();
        store.query(() -> {
            writeArticles(now);
            writeMentions();
            writeEvents(now);
            writeSources();
            writeEvidence();
            return null;
        });
        articles.clear();
        hashes.clear();
        mentions.clear();
        created.clear();
        changed.clear();
        sources.clear();
        evidence.clear();
    }

    private void writeArticles(String now) throws SQLException {
        INSERT_ARTICLE.write(statements, articles, (ps, at, a) -> {
            ps.setLong(at + 1, a.id());
            ps.setString(at + 2, a.title());
            ps.setString(at + 3, a.source());
            ps.setString(at + 4, a.url());
            ps.setString(at + 5, a.published() == null ? null : a.published().toString());
            ps.setString(at + 6, a.publishedStatus().code());
            ps.setString(at + 7, a.publishedReason());
            ps.setString(at + 8, a.text());
            ps.setString(at + 9, a.contentHash());
            ps.setString(at + 10, a.sourcePath());
            ps.setString(at + 11, now);
        });
    }

    private void writeMentions() throws SQLException {
        INSERT_MENTION.write(statements, mentions, (ps, at, m) -> {
            ps.setLong(at + 1, m.id());
            ps.setLong(at + 2, m.articleId());
            ps.setString(at + 3, m.mention().kind().code());
            ps.setInt(at + 4, m.mention().start());
            ps.setInt(at + 5, m.mention().end());
            ps.setString(at + 6, m.mention().text());
            ps.setString(at + 7, m.mention().normalized());
        });
    }

    private void writeEvents(String now) throws SQLException {
        EventWriter.INSERT_EVENT.write(statements, new ArrayList<>(created.entrySet()),
                (ps, at, e) -> EventWriter.bindInsert(ps, at, e.getKey(), e.getValue(), now));
        PreparedStatement moved = statements.compiled(EventWriter.UPDATE_EVENT);
        PreparedStatement inPlace = statements.compiled(EventWriter.UPDATE_EVENT_IN_PLACE);
        List<Long> movedIds = new ArrayList<>();
        List<Long> inPlaceIds = new ArrayList<>();
        for (Event e : changed.values()) {
            if (staysInPlace(e)) {
                EventWriter.bindUpdate(inPlace, e, now, false);
                inPlace.addBatch();
                inPlaceIds.add(e.id());
            } else {
                EventWriter.bindUpdate(moved, e, now, true);
                moved.addBatch();
                movedIds.add(e.id());
            }
        }
        checkAllUpdated(moved.executeBatch(), movedIds);
        checkAllUpdated(inPlace.executeBatch(), inPlaceIds);
    }

    /** True when the stored event has this position already (false when it is not stored: the update then says so). */
    private boolean staysInPlace(Event e) throws SQLException {
        PreparedStatement position = statements.compiled(POSITION);
        position.setLong(1, e.id());
        try (ResultSet rs = position.executeQuery()) {
            return rs.next() && Objects.equals(rs.getObject(1), e.lat()) && Objects.equals(rs.getObject(2), e.lon());
        }
    }

    private void writeSources() throws SQLException {
        INSERT_SOURCE.write(statements, sources, (ps, at, s) -> {
            ps.setLong(at + 1, s.eventId());
            ps.setLong(at + 2, s.articleId());
            ps.setInt(at + 3, s.sentence().start());
            ps.setInt(at + 4, s.sentence().end());
            ps.setString(at + 5, s.evidence());
            EventWriter.setInt(ps, at + 6, s.killed());
            EventWriter.setInt(ps, at + 7, s.injured());
        });
    }

    private void writeEvidence() throws SQLException {
        INSERT_EVIDENCE.write(statements, evidence, (ps, at, e) -> {
            ps.setLong(at + 1, e.eventId());
            ps.setLong(at + 2, e.articleId());
            ps.setString(at + 3, e.field());
            ps.setLong(at + 4, e.mentionId());
        });
    }

    private void checkAllUpdated(int[] counts, List<Long> ids) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StoreException(store.file() + ": no event with id " + ids.get(i));
            }
        }
    }

    private long highestId(String sql) throws SQLException {
        try (PreparedStatement ps = statements.prepare(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
