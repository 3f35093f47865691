-- Schema version 4: events imported from other tools (ACLED, GDELT, GeoJSON, KML) get origin 'imported'.
-- Documented in docs/schema.md; never edit after release.
-- SQLite cannot alter a CHECK, so events is rebuilt (SQLite's "make other kinds of table schema changes"
-- procedure): Migrations runs this with foreign keys off and checks them before the commit. The rows go
-- through a copy table in the main file, not a renamed table nor a TEMP one: both left the connection holding
-- a table lock that kept it from leaving WAL mode on close. Columns keep their order and ids; the R*Tree and
-- event_sources keep their rows; the indexes and triggers of events are made again.

CREATE TABLE events_v3 AS SELECT * FROM events;
DROP TABLE events;

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
    origin             TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'edited', 'manual', 'imported')),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'unreviewed'
                           CHECK (status IN ('unreviewed', 'confirmed', 'disputed', 'rejected')),
    note               TEXT,
    tags               TEXT,
    edited_fields      TEXT,
    merged_into        INTEGER REFERENCES events (id),
    withdrawn          INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL)),
    CHECK ((lat IS NULL) = (lon IS NULL))
);

INSERT INTO events (id, event_type, date_start, date_end, date_precision, place, lat, lon, location_precision, country,
        perpetrator, target, killed, killed_max, injured, injured_max, confidence, origin, created_at, updated_at,
        status, note, tags, edited_fields, merged_into, withdrawn)
    SELECT id, event_type, date_start, date_end, date_precision, place, lat, lon, location_precision, country,
        perpetrator, target, killed, killed_max, injured, injured_max, confidence, origin, created_at, updated_at,
        status, note, tags, edited_fields, merged_into, withdrawn
    FROM events_v3;
DROP TABLE events_v3;

CREATE INDEX events_by_date ON events (date_start, date_end);
CREATE INDEX events_by_status ON events (status, confidence);
CREATE INDEX events_by_merged_into ON events (merged_into) WHERE merged_into IS NOT NULL;

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
