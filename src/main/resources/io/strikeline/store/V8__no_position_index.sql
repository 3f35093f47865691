-- Schema version 8: no index on positions. Documented in docs/schema.md and ADR 10; never edit after release, add
-- V9__... instead.
--
-- events_by_position (lat, lon) served only EventStore.eventsInBox, which no view, command or export calls: the viewer
-- keeps every event in memory with a grid of its own. Positions are scattered, so each ingest chunk's new events
-- touched pages all over the index, and each of those pages went to the WAL and back into the file at every commit:
-- a sixth of the bytes a 40,000-article ingest wrote. A box query now scans the events table.

DROP INDEX events_by_position;
