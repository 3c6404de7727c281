-- Issue 11, the regions' own declaration rules: the no-shows per calendar year an approved prestatie declared according
-- to the provider's leveringsspecificatie ('2026:2 2027:1'), so a later check counts them toward the region's maximum
-- (Flevoland: 3 per calendar year per product per client). Null: none, or no specification. Runs unchanged on
-- PostgreSQL and on H2 in PostgreSQL mode.
alter table declaratieprestatie add column no_shows varchar(100);
