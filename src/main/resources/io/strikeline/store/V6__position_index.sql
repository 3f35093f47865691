-- Schema version 6: the R*Tree over event positions gives way to a B-tree index on them. Documented in docs/schema.md
-- and ADR 7; never edit after release, add V7__... instead.
--
-- Each located event's R*Tree entry cost more CPU to write than the rest of its row and indexes together (a trigger
-- per row, the R* insertion algorithm), and nothing in the application reads the R*Tree: the viewer finds events in a
-- box in memory. "Events in a box" stays an index range scan, on latitude, with longitude read from the same index.

DROP TRIGGER events_rtree_insert;
DROP TRIGGER events_rtree_update;
DROP TRIGGER events_rtree_delete;
DROP TABLE events_rtree;

CREATE INDEX events_by_position ON events (lat, lon) WHERE lat IS NOT NULL;
