package io.strikeline.store;

import io.strikeline.geo.Place;
import io.strikeline.model.Article;
import io.strikeline.model.Citation;
import io.strikeline.model.DateStatus;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventSource;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Mention;
import io.strikeline.model.Origin;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The Strikeline SQLite file: articles, events, their evidence, mentions and the gazetteer. One
 * instance owns one JDBC connection and is not thread-safe; callers confine it to one thread.
 *
 * <p>Writable stores run in WAL mode while open and switch back to a rollback journal on close, so
 * the file the analyst carries is always a single self-contained file.
 */
public final class EventStore implements AutoCloseable {

    static {
        SqliteLibrary.useCachedCopy();
    }

    static final String EVENT_COLUMNS = "id, event_type, date_start, date_end, date_precision, place, lat, lon,"
            + " location_precision, country, perpetrator, target, killed, killed_max, injured, injured_max, confidence, origin";

    /** The longest date range an event can have: a leap year. */
    private static final int MAX_EVENT_DAYS = 366;

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final StatementCache statements;
    private final EventWriter writer;
    private int schemaVersion;
    private boolean hasCuration;
    private boolean hasPackedMentions;
    private Path migrationBackup;
    /** Set when SQLite's whole-file check was put off until the first write (a large file opened in the viewer). */
    private volatile boolean damageUnchecked;
    private boolean preparedForWriting;

    private EventStore(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.statements = new StatementCache(connection);
        this.writer = new EventWriter(this, statements);
    }

    /** Opens (creating or upgrading if needed) a database for writing. */
    public static EventStore open(Path file) {
        return open(file, false, false);
    }

    /** Opens an existing database without ever writing to it. */
    public static EventStore openReadOnly(Path file) {
        return open(file, true, false);
    }

    /**
     * Opens for writing, but puts SQLite's check of every page off until the first write or {@link #checkNotDamaged()}
     * (seconds on a file of gigabytes): the viewer shows the events meanwhile. A damaged file still gets no write. A
     * file that needs migrating is checked at once, since migrating writes.
     */
    public static EventStore openCheckingBeforeFirstWrite(Path file) {
        return open(file, false, true);
    }

    private static EventStore open(Path file, boolean readOnly, boolean deferDamageCheck) {
        if (!readOnly && !Files.exists(file)) {
            createComplete(file);
        }
        StoreFiles.checkLooksLikeSqlite(file, readOnly);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            // functions and virtual tables in a file's schema must not run with our rights on its data
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA trusted_schema = OFF");
            }
            EventStore store = new EventStore(file, connection, readOnly);
            store.checkAndMigrate(deferDamageCheck);
            if (!readOnly && !store.damageUnchecked) {
                store.prepareForWriting();
            }
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(file + ": " + StoreFiles.explain(e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Write-ahead logging and a page cache for writes; switching to WAL marks the file, so an unchecked one waits. */
    private void prepareForWriting() throws SQLException {
        pragma("PRAGMA journal_mode = WAL");
        pragma("PRAGMA synchronous = NORMAL");
        // room for a whole ingest chunk's pages (64 MB), so they reach the WAL once, at the commit
        pragma("PRAGMA cache_size = -65536");
        pragma("PRAGMA temp_store = MEMORY");
        preparedForWriting = true;
    }

    private void checkAndMigrate(boolean deferDamageCheck) throws SQLException {
        int applicationId = count("PRAGMA application_id");
        int version = count("PRAGMA user_version");
        if (applicationId != Migrations.APPLICATION_ID) {
            List<String> tables = tableNames();
            if (applicationId != 0 || version != 0 || !tables.isEmpty()) {
                String held = tables.isEmpty() ? ""
                        : " (it holds tables " + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                                + (tables.size() > 5 ? ", ..." : "") + ")";
                throw new StoreException(file + ": an SQLite database, but not a Strikeline one" + held);
            }
            if (readOnly) {
                throw new StoreException(file + ": an empty SQLite database, not a Strikeline one");
            }
        }
        if (version > Migrations.LATEST && !readOnly) {
            throw StoreException.writeRefused(file + ": written by a newer Strikeline (schema " + version
                    + "; this version writes up to " + Migrations.LATEST + "); open it read-only or save a copy",
                    "It was written by a newer Strikeline.");
        }
        if (version == 0 && !tableNames().isEmpty()) {
            throw new StoreException(file + ": marked as Strikeline's but holds tables without a schema version; damaged");
        }
        if (version >= 1 && version <= Migrations.LATEST) {
            checkSchemaIsOurs(version);
        }
        if (!readOnly && version >= 1) {
            if (deferDamageCheck && version == Migrations.LATEST) {
                damageUnchecked = true;
            } else {
                StoreFiles.checkNotDamaged(file);
            }
        }
        if (version < Migrations.LATEST && !readOnly) {
            if (version >= 1) {
                backupBeforeMigrating(version);
            }
            Migrations.migrate(connection, version);
        }
        schemaVersion = count("PRAGMA user_version");
        // by what the file holds, not its number: a newer file opened read-only may be shaped otherwise
        hasCuration = count("SELECT count(*) FROM pragma_table_info('events') WHERE name IN ('status', 'merged_into')") == 2;
        hasPackedMentions = count("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'mentions'") == 1;
    }

    /**
     * Refuses a file whose schema lacks what this version needs (damaged), and refuses to write to one carrying
     * triggers, views or tables this program did not make: a planted trigger would run on our writes.
     */
    private void checkSchemaIsOurs(int version) throws SQLException {
        SchemaCheck.Differences differences = SchemaCheck.compare(connection, version);
        if (!differences.missing().isEmpty()) {
            throw new StoreException(file + ": a damaged or incomplete Strikeline database (" + differences.describe() + ")");
        }
        if (!differences.none() && !readOnly) {
            throw StoreException.writeRefused(file + ": holds " + differences.describe() + "; Strikeline will not write"
                    + " to it (a foreign trigger would run on every change). Open it read-only, or export its events",
                    "It holds objects Strikeline did not make (" + differences.describe() + ").");
        }
    }

    /** Keeps the file as it was beside it ("name.v1-backup.db"), so an upgrade can always be undone by hand. */
    private void backupBeforeMigrating(int version) throws SQLException {
        String name = file.getFileName().toString().replaceFirst("\\.(db|sqlite)$", "");
        Path backup = file.resolveSibling(name + ".v" + version + "-backup.db");
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(name + ".v" + version + "-backup-" + n + ".db");
        }
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, backup.toAbsolutePath().toString());
            ps.execute();
        }
        migrationBackup = backup;
    }

    /**
     * Makes a new database beside {@code file} under a temporary name, with every migration applied, and
     * moves it into place in one step: a process killed while creating leaves no empty or half-made file
     * under the analyst's name (an empty file there is refused as not ours).
     */
    private static void createComplete(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".creating-";
        Path temporary = folder.resolve(prefix + ProcessHandle.current().pid());
        try {
            removeLeftovers(folder, prefix);
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temporary, config.toProperties())) {
                Migrations.migrate(c, 0);
            }
            takeName(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // another process created it meanwhile: open theirs
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create the database (" + e.getMessage() + ")", e);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot create the database (" + StoreFiles.explain(e) + ")", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(Path.of(temporary + "-journal"));
            } catch (IOException ignored) {
                // a leftover temporary file is harmless: it is hidden and named for this process
            }
        }
    }

    /**
     * Gives the finished file its name unless a file of that name appeared meanwhile: a rename would put ours in place
     * of one another process created and may be writing to. A hard link claims the name atomically; where the file
     * system has none (FAT, some network shares), a move that refuses an existing target is the next best.
     */
    static void takeName(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.move(temporary, file);
        }
    }

    /** Temporary files of creations whose process was killed (its pid is in the name and no longer runs). */
    private static void removeLeftovers(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path p : found) {
                String pid = p.getFileName().toString().substring(prefix.length()).replace("-journal", "");
                boolean running = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive)
                        .orElse(false);
                if (!running) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Writes a complete, consistent copy of the database to {@code target} (which must not exist yet). */
    public void saveCopy(Path target) {
        if (Files.exists(target)) {
            throw new StoreException(target + ": already exists; choose another name");
        }
        query(() -> {
            try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
    }

    /** The copy of the file kept before this open upgraded its schema, or null when it did not. */
    public Path migrationBackup() {
        return migrationBackup;
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** True when the file has the analyst's columns and edit log (schema 2 on). */
    boolean curated() {
        return hasCuration;
    }

    /** True when an article's mentions are one array on its row and field provenance is on its sources (schema 5 on). */
    boolean packedMentions() {
        return hasPackedMentions;
    }

    Connection connection() {
        return connection;
    }

    /** The analyst's changes and their log; only for a file opened for writing. */
    public EventChanges changes() {
        return new EventChanges(this);
    }

    /** Writes single events (the analyst's changes). */
    public EventWriter writer() {
        return writer;
    }

    /** Ingest's bulk writes for one chunk; only inside {@link #inTransaction}, whose lock keeps the ids it hands out. */
    public ChunkWriter chunkWriter() {
        return query(() -> {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("a chunk of ingest is written inside a transaction");
            }
            return new ChunkWriter(this, statements);
        });
    }

    // ---- transactions ---------------------------------------------------------------------

    /** Work that touches the database; runs inside {@link #inTransaction}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs SQLite's check of every page if it was put off at opening (see {@link #openCheckingBeforeFirstWrite}); throws
     * StoreException naming the file when it is damaged. Uses a connection of its own, so it may run on another thread.
     */
    public void checkNotDamaged() {
        if (damageUnchecked) {
            query(() -> {
                StoreFiles.checkNotDamaged(file);
                return null;
            });
            damageUnchecked = false;
        }
    }

    /** Runs work in one transaction: all of it lands, or none of it. A file not yet checked is checked first. */
    public <T> T inTransaction(Work<T> work) {
        checkNotDamaged();
        if (!readOnly && !preparedForWriting) {
            query(() -> {
                prepareForWriting();
                return null;
            });
        }
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": " + StoreFiles.explain(e) + "; nothing of this change was stored", e);
        } catch (StoreException e) {
            throw e.getCause() instanceof SQLException && !e.getMessage().contains("nothing of this change")
                    ? new StoreException(e.getMessage() + "; nothing of this change was stored", e.getCause()) : e;
        }
    }

    /** Runs reads outside a transaction (also on a read-only file), turning SQL errors into messages naming the file. */
    public <T> T read(Work<T> work) {
        return query(work);
    }

    <T> T query(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(file + ": " + StoreFiles.explain(e), e);
        }
    }

    // ---- articles -------------------------------------------------------------------------

    public Article article(long id) {
        return query(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, title, source, url, published, published_status,"
                    + " published_reason, body, content_hash, source_path FROM articles WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(file + ": no article with id " + id);
                    }
                    String published = rs.getString(5);
                    return new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            published == null ? null : LocalDate.parse(published), DateStatus.fromCode(rs.getString(6)),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
                }
            }
        });
    }

    public int articleCount() {
        return query(() -> count("SELECT count(*) FROM articles"));
    }

    // ---- mentions -------------------------------------------------------------------------

    public List<Mention> mentions(long articleId) {
        return query(() -> new Provenance(this).mentions(articleId));
    }

    // ---- events ---------------------------------------------------------------------------

    /** Every event, ordered by start date (undated last) then id. */
    public List<Event> events() {
        return eventsWhere("1", List.of());
    }

    /**
     * Every live event, in no particular order, read on several connections at once: the viewer sorts
     * what it loads itself, so the database neither sorts a million rows nor reads them on one core.
     */
    public List<Event> eventsUnordered(int connections) {
        return query(() -> ParallelEventReader.read(this, connections));
    }

    /**
     * Events whose date range overlaps {@code [from, to]} (inclusive days, years 1 to 9999). No event spans more than
     * a year (year precision), so bounding the start from below too keeps this an index range scan
     * instead of a scan of everything before {@code to}.
     */
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        return eventsWhere("date_start BETWEEN ? AND ? AND date_end >= ?",
                List.of(from.minusDays(MAX_EVENT_DAYS).toString(), to.toString(), from.toString()));
    }

    /** Events dated to exactly one day, that day between {@code from} and {@code to} inclusive (an index range scan). */
    public List<Event> eventsOnSingleDays(LocalDate from, LocalDate to) {
        return eventsWhere("date_start BETWEEN ? AND ? AND date_end = date_start AND date_precision = 'day'",
                List.of(from.toString(), to.toString()));
    }

    /** Dated events that cover more than one day (month, year or a range of days): few, whatever the archive's size. */
    public List<Event> eventsSpanningDays() {
        return eventsWhere("date_start IS NOT NULL AND (date_precision <> 'day' OR date_end <> date_start)", List.of());
    }

    /** Located events inside a latitude/longitude box, edges included; a scan of the events (schema 8 has no position index). */
    public List<Event> eventsInBox(double minLat, double minLon, double maxLat, double maxLon) {
        return eventsWhere("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", List.of(minLat, maxLat, minLon, maxLon));
    }

    public Event event(long id) {
        List<Event> found = eventsWhere("id = ?", List.of(id));
        if (found.isEmpty()) {
            throw new StoreException(file + ": no event with id " + id);
        }
        return found.get(0);
    }

    /** The number of events the analyst sees: merged and withdrawn ones are not counted, rejected ones are. */
    public int eventCount() {
        return query(() -> count("SELECT count(*) FROM events WHERE " + liveCondition()));
    }

    /**
     * The largest event id, -1 for a file without events: at least the number of live events, read from the id index at
     * once, where counting them scans every event row (0.2-0.7 s at a million events, on the path to the first picture).
     */
    public long largestEventId() {
        return query(() -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM events")) {
                long id = rs.next() ? rs.getLong(1) : 0;
                return id == 0 ? -1 : id;
            }
        });
    }

    /** Merged-away events and events whose creation was undone stay in the file but are no events of their own. */
    String liveCondition() {
        return curated() ? "merged_into IS NULL AND withdrawn = 0" : "1";
    }

    /** Schema 1 files (opened read-only) have no curation columns: they read as unreviewed. */
    String curationColumns() {
        return curated() ? ", status, note, tags, edited_fields" : ", 'unreviewed', NULL, NULL, NULL";
    }

    private List<Event> eventsWhere(String condition, List<Object> args) {
        return query(() -> {
            String sql = "SELECT " + EVENT_COLUMNS + curationColumns() + " FROM events WHERE (" + condition + ") AND "
                    + liveCondition() + " ORDER BY date_start IS NULL, date_start, id";
            try (PreparedStatement ps = statements.prepare(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<Event> result = new ArrayList<>();
                EventValues values = new EventValues();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(readEvent(rs, values));
                    }
                }
                return result;
            }
        });
    }

    static Event readEvent(ResultSet rs, EventValues values) throws SQLException {
        EventDate date = values.date(rs.getString(3), rs.getString(4), rs.getString(5));
        String locationPrecision = rs.getString(9);
        return new Event(rs.getLong(1), EventType.fromCode(rs.getString(2)), date, values.text(rs.getString(6)),
                values.number(getDouble(rs, 7)), values.number(getDouble(rs, 8)),
                locationPrecision == null ? null : LocationPrecision.fromCode(locationPrecision),
                values.text(rs.getString(10)), values.text(rs.getString(11)), values.text(rs.getString(12)),
                getInt(rs, 13), getInt(rs, 14), getInt(rs, 15), getInt(rs, 16), rs.getDouble(17),
                Origin.fromCode(rs.getString(18)),
                EventValues.curation(rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22)));
    }

    // ---- sources and provenance ---------------------------------------------------------------

    /**
     * The articles reporting an event, oldest source first, each with its evidence and field provenance.
     * Sources of events merged into this one count as its own; each keeps the id of the event row holding it.
     */
    public List<EventSource> sources(long eventId) {
        return query(() -> new Provenance(this).sources(eventId));
    }

    /**
     * The citations of every event in one pass, each event's list oldest article first; events with
     * no source are absent. One query instead of one per event keeps exports of 100,000 events fast.
     */
    public Map<Long, List<Citation>> citations() {
        return query(() -> new Provenance(this).citations());
    }

    /** For every merged-away event, the live event it now belongs to (following chains of merges). */
    Map<Long, Long> mergedRoots() throws SQLException {
        return new Provenance(this).mergedRoots();
    }

    // ---- full-text search -----------------------------------------------------------------

    /**
     * Ids of events whose source articles match a full-text query. Plain words are matched as
     * prefixes and all must occur; FTS5 syntax (quotes, OR, NEAR) is passed through when present, and
     * when SQLite cannot parse it (an unbalanced quote or parenthesis) its words are searched instead.
     */
    public Set<Long> eventIdsMatching(String text) {
        return new FullTextSearch(this).eventIdsMatching(text);
    }

    // ---- gazetteer ------------------------------------------------------------------------

    public int gazetteerSize() {
        return query(() -> count("SELECT count(*) FROM gazetteer"));
    }

    /** Replaces the database's copy of the gazetteer, so the file documents the places it was built with. */
    public void replaceGazetteer(List<Place> places) {
        query(() -> {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM gazetteer");
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO gazetteer (id, name, category,"
                    + " precision, country, admin1, lat, lon, population, aliases, arabic_name)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Place p : places) {
                    ps.setString(1, p.id());
                    ps.setString(2, p.name());
                    ps.setString(3, p.category());
                    ps.setString(4, p.precision().code());
                    ps.setString(5, p.country());
                    ps.setString(6, p.admin1());
                    ps.setDouble(7, p.lat());
                    ps.setDouble(8, p.lon());
                    ps.setLong(9, p.population());
                    ps.setString(10, String.join("|", p.aliases()));
                    ps.setString(11, p.arabicName());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    // ---- plumbing -------------------------------------------------------------------------

    @Override
    public void close() {
        statements.close(); // finalized first: a statement still compiled would keep the WAL from being folded back
        try {
            if (!readOnly) {
                pragma("PRAGMA wal_checkpoint(TRUNCATE)");
                pragma("PRAGMA journal_mode = DELETE");
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": could not finish writing (" + StoreFiles.explain(e) + ")", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private void pragma(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Double getDouble(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }

    /** A nullable INTEGER column. */
    static Integer getInt(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more can be done for a connection that will not close
        }
    }
}
