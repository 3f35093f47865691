package io.strikeline.store;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.strikeline.model.Article;
import io.strikeline.model.Event;
import io.strikeline.model.EventSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Writing row by row, with a query for each generated id, was most of ingest's time; so were the ~100 rows an
 * article's mentions and field provenance took before schema 5 packed them into its row and its sources' rows.
 */
public final class ChunkWriter {

    private static final JsonStringEncoder QUOTING = JsonStringEncoder.getInstance();
    private static final BulkInsert INSERT_ARTICLE = new BulkInsert("INSERT INTO articles (id, title, source, url, published,"
            + " published_status, published_reason, body, content_hash, source_path, ingested_at, mentions)", 12);
    private static final BulkInsert INSERT_SOURCE = new BulkInsert("INSERT OR IGNORE INTO event_sources (event_id, article_id,"
            + " sentence_start, sentence_end, evidence, killed, injured, field_mentions)", 8);

    /** A queued article and the mentions found in it. */
    private record QueuedArticle(Article article, PackedMentions mentions) {}

    /** A queued change of a stored event: the version the file holds, and the one to write. */
    private record Change(Event stored, Event latest) {

        boolean keepsDateAndPosition() {
            return Objects.equals(stored.date(), latest.date()) && Objects.equals(stored.lat(), latest.lat())
                    && Objects.equals(stored.lon(), latest.lon());
        }
    }

    /** A queued source and its field provenance as stored: places in its article's mentions. */
    private record QueuedSource(EventSource source, String fieldMentions) {}

    private final EventStore store;
    private final StatementCache statements;
    private long lastArticleId;
    private long lastEventId;
    private final Map<Long, QueuedArticle> articles = new LinkedHashMap<>();
    private final Set<String> hashes = new HashSet<>();
    private final Set<String> lookedUp = new HashSet<>();
    private final Set<String> stored = new HashSet<>();
    private final Map<Long, Event> created = new LinkedHashMap<>();
    private final Map<Long, Change> changed = new LinkedHashMap<>();
    private final List<QueuedSource> sources = new ArrayList<>();

    ChunkWriter(EventStore store, StatementCache statements) throws SQLException {
        this.store = store;
        this.statements = statements;
        lastArticleId = highestId("SELECT max(id) FROM articles");
        lastEventId = highestId("SELECT max(id) FROM events");
    }

    /**
     * Reads at once which of these content hashes the file holds, for {@link #holds}: one query for a file's articles
     * instead of one per article.
     */
    public void lookUp(Collection<String> contentHashes) {
        if (contentHashes.isEmpty()) {
            return;
        }
        StringBuilder array = new StringBuilder(contentHashes.size() * 68).append('[');
        for (String hash : contentHashes) {
            array.append(array.length() == 1 ? "\"" : ",\"").append(QUOTING.quoteAsString(hash)).append('"');
        }
        store.query(() -> {
            try (PreparedStatement ps = statements.prepare(
                    "SELECT content_hash FROM articles WHERE content_hash IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, array.append(']').toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
            return null;
        });
        lookedUp.addAll(contentHashes);
    }

    /** True when an article with this content hash is stored, or waits in this chunk; the hash must have been looked up. */
    public boolean holds(String contentHash) {
        if (hashes.contains(contentHash)) {
            return true;
        }
        if (!lookedUp.contains(contentHash)) {
            throw new IllegalStateException("content hash " + contentHash + " was not looked up in this chunk");
        }
        return stored.contains(contentHash);
    }

    /**
     * Queues an article (its id is ignored) with the mentions found in it, and returns the id it will have. The
     * mentions its sources' fields came from must be among them.
     */
    public long addArticle(Article a, PackedMentions mentions) {
        long id = ++lastArticleId;
        Article numbered = new Article(id, a.title(), a.source(), a.url(), a.published(), a.publishedStatus(),
                a.publishedReason(), a.text(), a.contentHash(), a.sourcePath());
        articles.put(id, new QueuedArticle(numbered, mentions));
        hashes.add(a.contentHash());
        return id;
    }

    /** Queues a new event (its id is ignored) and returns the id it will have. */
    public long addEvent(Event e) {
        long id = ++lastEventId;
        created.put(id, e);
        return id;
    }

    /**
     * Queues every field of an event, stored or queued in this chunk; the last change of an event wins. {@code before}:
     * the event as it was known before this change (as stored, or as an earlier change in this chunk left it); when the
     * date and position stay those the file holds, the update leaves them and their indexes alone.
     */
    public void changeEvent(Event before, Event e) {
        if (before.id() != e.id()) {
            throw new IllegalArgumentException("a change of event " + before.id() + " cannot write event " + e.id());
        }
        if (created.containsKey(e.id())) {
            created.put(e.id(), e);
        } else {
            Change earlier = changed.get(e.id());
            changed.put(e.id(), new Change(earlier == null ? before : earlier.stored(), e));
        }
    }

    /**
     * Queues the link from an event to an article queued in this chunk, with its field provenance; each field's
     * mention must be one of those queued with the article.
     */
    public void addSource(EventSource source) {
        addSource(source, queued(source).mentions().fieldsJson(source.fields()));
    }

    /**
     * {@link #addSource(EventSource)} with the source's field provenance made already by
     * {@link PackedMentions#fieldsJson} of the mentions queued with its article: ingest makes it on the extracting
     * threads, off the one writer thread.
     */
    public void addSource(EventSource source, String fieldMentions) {
        queued(source);
        sources.add(new QueuedSource(source, fieldMentions));
    }

    private QueuedArticle queued(EventSource source) {
        QueuedArticle article = articles.get(source.articleId());
        if (article == null) {
            throw new IllegalArgumentException("article " + source.articleId() + " was not queued in this chunk");
        }
        return article;
    }

    /** Writes everything queued, parents before the rows that refer to them, and empties the chunk. */
    public void flush() {
        String now = Instant.now().toString();
        store.query(() -> {
            writeArticles(now);
            writeEvents(now);
            writeSources();
            return null;
        });
        articles.clear();
        hashes.clear();
        lookedUp.clear();
        stored.clear();
        created.clear();
        changed.clear();
        sources.clear();
    }

    private void writeArticles(String now) throws SQLException {
        INSERT_ARTICLE.write(statements, new ArrayList<>(articles.values()), (ps, at, queued) -> {
            Article a = queued.article();
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
            ps.setString(at + 12, queued.mentions().json());
        });
    }

    /** New events in bulk; changed ones one update each, those keeping their date and position by the shorter update. */
    private void writeEvents(String now) throws SQLException {
        EventWriter.INSERT_EVENT.write(statements, new ArrayList<>(created.entrySet()),
                (ps, at, e) -> EventWriter.bindInsert(ps, at, e.getKey(), e.getValue(), now));
        PreparedStatement whole = statements.compiled(EventWriter.UPDATE_EVENT);
        PreparedStatement keeping = statements.compiled(EventWriter.UPDATE_EVENT_KEEPING_DATE_AND_POSITION);
        List<Long> wholeIds = new ArrayList<>();
        List<Long> keepingIds = new ArrayList<>();
        for (Change c : changed.values()) {
            Event e = c.latest();
            if (c.keepsDateAndPosition()) {
                EventWriter.bindUpdateKeepingDateAndPosition(keeping, e, now);
                keeping.addBatch();
                keepingIds.add(e.id());
            } else {
                EventWriter.bindUpdate(whole, e, now);
                whole.addBatch();
                wholeIds.add(e.id());
            }
        }
        checkUpdated(whole.executeBatch(), wholeIds);
        checkUpdated(keeping.executeBatch(), keepingIds);
    }

    private void checkUpdated(int[] counts, List<Long> ids) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StoreException(store.file() + ": no event with id " + ids.get(i));
            }
        }
    }

    private void writeSources() throws SQLException {
        INSERT_SOURCE.write(statements, sources, (ps, at, queued) -> {
            EventSource s = queued.source();
            ps.setLong(at + 1, s.eventId());
            ps.setLong(at + 2, s.articleId());
            ps.setInt(at + 3, s.sentence().start());
            ps.setInt(at + 4, s.sentence().end());
            ps.setString(at + 5, s.evidence());
            EventWriter.setInt(ps, at + 6, s.killed());
            EventWriter.setInt(ps, at + 7, s.injured());
            ps.setString(at + 8, queued.fieldMentions());
        });
    }

    private long highestId(String sql) throws SQLException {
        try (PreparedStatement ps = statements.prepare(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
