-- Schema version 3: saved scenes for briefings. Documented in docs/schema.md; never edit after release.

-- One row per named view; position orders the scene list (and the slides). The filter is a JSON object
-- of the view's filter codes; the map and time columns are NULL together when the scene leaves them open.
CREATE TABLE scenes (
    id                INTEGER PRIMARY KEY,
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    title             TEXT NOT NULL DEFAULT '',
    caption           TEXT NOT NULL DEFAULT '',
    map_min_lat       REAL,
    map_min_lon       REAL,
    map_max_lat       REAL,
    map_max_lon       REAL,
    window_start      TEXT,
    window_end        TEXT,
    range_start       TEXT,
    range_end         TEXT,
    filter            TEXT NOT NULL DEFAULT '{}',
    lanes             TEXT,
    selected_event_id INTEGER,
    saved_at          TEXT NOT NULL,
    CHECK ((map_min_lat IS NULL) = (map_max_lon IS NULL)),
    CHECK ((window_start IS NULL) = (window_end IS NULL)),
    CHECK ((range_start IS NULL) = (range_end IS NULL))
);
CREATE INDEX scenes_by_position ON scenes (position);
