-- Schema version 2: the analyst's work. Documented in docs/schema.md; never edit after release.

-- Review status, note and tags; the fields set by hand (ingest never overwrites them); events merged
-- into another (their sources count for it) and events whose creation was undone are kept, hidden.
ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (status IN ('unreviewed', 'confirmed', 'disputed', 'rejected'));
ALTER TABLE events ADD COLUMN note TEXT;
ALTER TABLE events ADD COLUMN tags TEXT;
ALTER TABLE events ADD COLUMN edited_fields TEXT;
ALTER TABLE events ADD COLUMN merged_into INTEGER REFERENCES events (id);
ALTER TABLE events ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));

-- The review queue: unreviewed events, lowest confidence first.
CREATE INDEX events_by_status ON events (status, confidence);
CREATE INDEX events_by_merged_into ON events (merged_into) WHERE merged_into IS NOT NULL;

-- Every analyst change, one row per column or moved source; rows of one action share change_id.
CREATE TABLE edit_log (
    id         INTEGER PRIMARY KEY,
    change_id  INTEGER NOT NULL,
    action     TEXT NOT NULL,
    event_id   INTEGER NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    source_ref TEXT,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL
);
CREATE INDEX edit_log_by_event ON edit_log (event_id, id);
CREATE INDEX edit_log_by_change ON edit_log (change_id);

CREATE TRIGGER edit_log_append_only_update BEFORE UPDATE ON edit_log BEGIN
    SELECT RAISE(ABORT, 'the edit log is append-only');
END;
CREATE TRIGGER edit_log_append_only_delete BEFORE DELETE ON edit_log BEGIN
    SELECT RAISE(ABORT, 'the edit log is append-only');
END;
