-- Schema version 5: an article's mentions are one JSON array on its row, and each event source names the mentions
-- its fields came from by their place in that array. Documented in docs/schema.md (ADR 6); never edit after release.
-- Ingest wrote about 70 mention rows and 50 provenance rows per article: most of its time went to those rows and
-- their indexes. The rows of older files are packed here, in the order the viewer read them (start, end, id).

-- [[kind, start, end, surface, normalized], ...], ordered by start then end offset.
ALTER TABLE articles ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
-- [[field, mention index in articles.mentions], ...], in mention order; evidence moves with its sentence.
ALTER TABLE event_sources ADD COLUMN field_mentions TEXT NOT NULL DEFAULT '[]';

CREATE TABLE mention_places AS
    SELECT id, article_id, row_number() OVER (PARTITION BY article_id ORDER BY start_offset, end_offset, id) - 1 AS place
    FROM mentions;
CREATE INDEX mention_places_by_id ON mention_places (id);

UPDATE articles SET mentions = (
    SELECT json_group_array(json_array(kind, start_offset, end_offset, surface, normalized)
            ORDER BY start_offset, end_offset, id)
    FROM mentions WHERE mentions.article_id = articles.id)
WHERE id IN (SELECT article_id FROM mentions);

UPDATE event_sources SET field_mentions = (
    SELECT json_group_array(json_array(f.field, p.place) ORDER BY p.place, f.field)
    FROM event_field_evidence f JOIN mention_places p ON p.id = f.mention_id AND p.article_id = f.article_id
    WHERE f.event_id = event_sources.event_id AND f.article_id = event_sources.article_id)
WHERE EXISTS (SELECT 1 FROM event_field_evidence f
    WHERE f.event_id = event_sources.event_id AND f.article_id = event_sources.article_id);

DROP TABLE mention_places;
DROP TABLE event_field_evidence;
DROP TABLE mentions;

-- The R*Tree entry changes only when the position does: an update that rewrites lat and lon to the values they
-- hold no longer deletes and inserts it (ingest's merges rewrite every field of an event).
DROP TRIGGER events_rtree_update;
CREATE TRIGGER events_rtree_update AFTER UPDATE OF lat, lon ON events
        WHEN OLD.lat IS NOT NEW.lat OR OLD.lon IS NOT NEW.lon BEGIN
    DELETE FROM events_rtree WHERE id = OLD.id;
    INSERT INTO events_rtree SELECT NEW.id, NEW.lon, NEW.lon, NEW.lat, NEW.lat WHERE NEW.lat IS NOT NULL;
END;
