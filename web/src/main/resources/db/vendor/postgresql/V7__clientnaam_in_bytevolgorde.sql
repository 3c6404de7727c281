-- PostgreSQL only. The name search (ClientOpslag.zoek: naam_zoek like 'mar%' ... order by naam_zoek, id limit 21)
-- used the V4 index (text_pattern_ops) for the prefix only: its order is not the column's collation, so PostgreSQL
-- read every client of the caller's municipalities whose name starts with the prefix and sorted them all for one
-- page. With 1 000 000 clients that is 14 700 rows for "mar" in Almere alone and 47 000 over all municipalities:
-- p99 far above 50 ms (issue 7; docs/benchmarks.md, bench/miljoen-meten.sh).
--
-- naam_zoek now compares byte by byte (collation "C": for UTF-8, code point order, which is also how H2 compares
-- it, so both databases order search results alike). Under "C" one plain index serves both the prefix (as a range)
-- and the order, so PostgreSQL reads the first page in order from the index and stops after it, however many names
-- start with the prefix. The SQL of the application does not change.
drop index client_gemeente_naam;
alter table client alter column naam_zoek type varchar(200) collate "C";
-- one municipality: gemeentecode = ? and the range within it, in order
create index client_gemeente_naam on client (gemeentecode, naam_zoek, id);
-- several municipalities (gemeentecode in (...)): the range over all of them in order, other municipalities'
-- clients skipped on the way (PostgreSQL cannot merge the per-municipality ranges of the index above in order)
create index client_naam on client (naam_zoek, id);
-- the column's statistics went with its type; without them the planner guesses how many names match a prefix
analyze client;
