-- Schema version 7: less index upkeep per ingested report. Documented in docs/schema.md; never edit after release,
-- add V8__... instead.
--
-- events_by_status (status, confidence) was read by no query: the review queue is sorted in memory. Yet every new
-- event put an entry at a random place in it, and every merge moved one, since a merge raises the event's confidence.
--
-- The full-text index merges its segments eight at a time instead of four: a chunk of articles flushes a new segment
-- at its commit, and merging them less eagerly took about a sixth less CPU indexing 40,000 articles (sqlite3 library),
-- for at most twice as many segments per level to read in a search.

DROP INDEX events_by_status;
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
