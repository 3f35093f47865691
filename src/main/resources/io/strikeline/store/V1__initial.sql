-- Schema version 1. Documented in docs/schema.md; never edit after release, add V2__... instead.

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    source           TEXT,
    url              TEXT,
    published        TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    published_status TEXT NOT NULL CHECK (published_status IN ('given', 'inferred', 'unknown')),
    published_reason TEXT,
    body             TEXT NOT NULL,
    content_hash     TEXT NOT NULL UNIQUE,
    source_path      TEXT,
    ingested_at      TEXT NOT NULL
);

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    event_type         TEXT NOT NULL CHECK (event_type IN ('airstrike', 'drone_strike', 'missile_strike',
                           'rocket_attack', 'drone_attack', 'artillery', 'other')),
    date_start         TEXT,
    date_end           TEXT,
    date_precision     TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    place              TEXT,
    lat                REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon                REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    location_precision TEXT CHECK (location_precision IN ('site', 'city', 'province', 'country', 'region')),
    country            TEXT,
    perpetrator        TEXT,
    target             TEXT,
    killed             INTEGER CHECK (killed IS NULL OR killed >= 0),
    killed_max         INTEGER,
    injured            INTEGER CHECK (injured IS NULL OR injured >= 0),
    injured_max        INTEGER,
    confidence         REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
    origin             TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'edited', 'manual')),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL)),
    CHECK ((lat IS NULL) = (lon IS NULL))
);

-- "Events between two dates": range scans on start, covering the end too.
CREATE INDEX events_by_date ON events (date_start, date_end);

-- "Events in a bounding box": an R*Tree kept in step with located events by triggers.
CREATE VIRTUAL TABLE events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);

CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN NEW.lat IS NOT NULL BEGIN
    INSERT INTO events_rtree VALUES (NEW.id, NEW.lon, NEW.lon, NEW.lat, NEW.lat);
END;
CREATE TRIGGER events_rtree_update AFTER UPDATE OF lat, lon ON events BEGIN
    DELETE FROM events_rtree WHERE id = OLD.id;
    INSERT INTO events_rtree SELECT NEW.id, NEW.lon, NEW.lon, NEW.lat, NEW.lat WHERE NEW.lat IS NOT NULL;
END;
CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_rtree WHERE id = OLD.id;
END;

CREATE TABLE event_sources (
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    evidence       TEXT NOT NULL,
    killed         INTEGER,
    injured        INTEGER,
    PRIMARY KEY (event_id, article_id, sentence_start),
    CHECK (sentence_end >= sentence_start)
) WITHOUT ROWID;
CREATE INDEX event_sources_by_article ON event_sources (article_id);

CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('date', 'place', 'actor', 'weapon', 'casualty', 'trigger')),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    surface      TEXT NOT NULL,
    normalized   TEXT,
    CHECK (end_offset >= start_offset)
);
CREATE INDEX mentions_by_article ON mentions (article_id, start_offset);

-- Provenance: which mention each field of an event came from, per source article.
CREATE TABLE event_field_evidence (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, article_id, field, mention_id)
) WITHOUT ROWID;

CREATE TABLE gazetteer (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL,
    precision   TEXT NOT NULL CHECK (precision IN ('site', 'city', 'province', 'country', 'region')),
    country     TEXT,
    admin1      TEXT,
    lat         REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon         REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    population  INTEGER,
    aliases     TEXT,
    arabic_name TEXT
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
