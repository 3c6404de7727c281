-- Generates the benchmark data set of issue 7: :aantal_clienten clients and :aantal_aanvragen aanvragen in a
-- PostgreSQL database that the application has already migrated. Run by bench/miljoen-gegevens.sh (which checks
-- the database first and writes the sample files); by hand:
--
--   psql -v ON_ERROR_STOP=1 -v aantal_clienten=1000000 -v aantal_aanvragen=1000000 -v opnieuw=false \
--        -f bench/miljoen-gegevens.sql
--
-- Deterministic: every "random" choice is a hash of the row number (hashint8extended), so the same counts give the
-- same data set on the same PostgreSQL major version. The aanvragen copy their content (invoer, resultaat, the
-- rulebook version, the summary) from the aanvragen already in the database, made through the API: real requests
-- with their real results, not invented JSON. At least one computed aanvraag must exist.
--
-- With opnieuw=true every client and aanvraag is removed first (TRUNCATE; only for a benchmark database).

\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '256MB';

-- A uniform number in [0, 1) from a row number and a salt (one salt per choice).
create function pg_temp.toeval(n bigint, zout bigint) returns float8 language sql immutable parallel safe as
$$ select ((hashint8extended(n, zout) >> 11) & 4503599627370495)::float8 / 4503599627370496.0 $$;

-- The templates: each distinct request content in the table (computed or a draft the engine refused).
create temp table sjabloon as
select row_number() over (order by berekend desc, sleutel) - 1 as nr, *
from (select distinct on (md5(invoer), resultaat is null)
             md5(invoer) as sleutel, resultaat is not null as berekend, invoer, regio, geldig_vanaf, regeling_hash,
             resultaat, fouten, kosten_totaal_cent, aantal_fout, aantal_waarschuwing
      from aanvraag
      order by md5(invoer), resultaat is null, id) s;
select count(*) filter (where berekend) as sjablonen_berekend,
       count(*) filter (where not berekend) as sjablonen_niet_berekend
from sjabloon \gset
\echo sjablonen: :sjablonen_berekend berekend, :sjablonen_niet_berekend niet berekend
select :sjablonen_berekend = 0 as geen_sjabloon \gset
\if :geen_sjabloon
  \echo 'geen berekende aanvraag in de database om als sjabloon te gebruiken: sla er eerst een op met POST /api/aanvragen'
  select 1 / 0 as geen_sjabloon;
\endif

\if :opnieuw
  truncate aanvraag, client restart identity;
\endif

-- The municipalities, weighted by their number of inhabitants (thousands, about 2025): Almere gets about 30 % of
-- the clients. Consultants per municipality: about one per 8 000 inhabitants, at least 2. A municipality in the
-- register without a weight here gets none (the join).
create temp table verdeling as
select g.gemeentecode, w.gewicht, greatest(2, round(w.gewicht / 8))::int as consulenten,
       (sum(w.gewicht) over (order by g.gemeentecode) - w.gewicht) / sum(w.gewicht) over () as vanaf,
       row_number() over (order by g.gemeentecode) as nr
from gemeente g
join (values ('0034', 228.0), ('0303', 43.0), ('0995', 82.0), ('0171', 50.0), ('0184', 22.0), ('0889', 13.5),
             ('0893', 13.0), ('0907', 17.5), ('1507', 43.0), ('1894', 45.0), ('0983', 103.0), ('0984', 45.0),
             ('0597', 47.0)) as w (gemeentecode, gewicht) on w.gemeentecode = g.gemeentecode;
select array_agg(vanaf order by nr) as grenzen, array_agg(gemeentecode::text order by nr) as codes from verdeling \gset

-- Names: a first name, a surname (with its tussenvoegsel, written after the first name as in "Jan de Vries") and
-- sometimes a partner's name. Roughly in order of frequency; the choice is skewed towards the front of each list
-- (index = n * r^1.3: the first entry about 1.7 %), so that 3-letter prefixes hit from a few rows to a few
-- percent of a municipality, as real names do. Capitals are ASCII, so lower() here and toLowerCase in Java agree.
create temp table namen as
select array['Maria', 'Johannes', 'Jan', 'Anna', 'Cornelis', 'Hendrik', 'Wilhelmina', 'Johanna', 'Petrus',
             'Elisabeth', 'Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Sophie', 'Noah', 'Tess', 'Levi', 'Mila', 'Finn',
             'Zoë', 'Liam', 'Sara', 'Milan', 'Eva', 'Bram', 'Lotte', 'Thijs', 'Anne', 'Ruben', 'Lisa', 'Jesse',
             'Fleur', 'Lars', 'Sanne', 'Tim', 'Iris', 'Thomas', 'Femke', 'Kevin', 'Laura', 'Dennis', 'Linda', 'Mark',
             'Marieke', 'Martijn', 'Monique', 'Peter', 'Ingrid', 'Gerrit', 'Gerda', 'Willem', 'Wilma', 'Klaas',
             'Greet', 'Dirk', 'Truus', 'Pieter', 'Janneke', 'Henk', 'Ria', 'Kees', 'Annie', 'Sjaak', 'Riet', 'Jos',
             'Marja', 'Ton', 'Joke', 'Wim', 'Ineke', 'Harm', 'Hennie', 'Theo', 'Mieke', 'Frank', 'Esther', 'Erik',
             'Astrid', 'Rob', 'Marloes', 'Bas', 'Kim', 'Jeroen', 'Nicole', 'Sander', 'Manon', 'Niels', 'Chantal',
             'Mohamed', 'Fatima', 'Ahmed', 'Ayşe', 'Yusuf', 'Zeynep', 'Mustafa', 'Elif', 'Omar', 'Amira', 'Hamza',
             'Noor', 'Ali', 'Yasmina', 'Ibrahim', 'Khadija', 'Mehmet', 'Emine', 'Youssef', 'Salma', 'Priya', 'Ravi',
             'Anjali', 'Dewi', 'Wendel', 'Shanice', 'Jurgen', 'Priscilla', 'Giovanni', 'Anouk', 'Stijn', 'Loes',
             'Koen', 'Maud', 'Joris', 'Eline', 'Wouter', 'Nina', 'Jasper', 'Roos', 'Sven', 'Floor', 'Joost', 'Britt',
             'Teun', 'Yara', 'Gijs', 'Noa', 'Siem', 'Nova', 'Jens', 'Jet', 'Mats', 'Fenna', 'Hugo', 'Saar', 'Luuk',
             'Olivia', 'Max', 'Liv', 'Guus', 'Evi', 'Ties', 'Lieke', 'Tobias', 'Feline', 'Ramon', 'Danielle',
             'Patrick', 'Miranda', 'Robert', 'Angela', 'Marcel', 'Petra', 'Hans', 'Anja', 'Jacobus', 'Gerardus',
             'Adrianus', 'Antonius', 'Catharina', 'Hendrika', 'Geertruida', 'Aaltje', 'Jantje', 'Grietje', 'Hilda',
             'Bert', 'Geert', 'Sjoerd', 'Wietske', 'Hiltje', 'Durk', 'Tjitske', 'Albert', 'Alida', 'Jelle', 'Jildou',
             'Stefan', 'Kirsten', 'Ricardo', 'Natasja', 'Dylan', 'Demi'] as voornamen,
       array['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit',
             'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker',
             'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs',
             'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin',
             'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas',
             'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'Kuipers',
             'van Wijk', 'van Veen', 'Post', 'Kuiper', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten', 'Martens',
             'Vink', 'de Vos', 'Timmermans', 'Groen', 'Bosch', 'Jonker', 'van der Laan', 'Gerritsen', 'Hermans',
             'Evers', 'van Dongen', 'Lammers', 'Verbeek', 'Wouters', 'van Loon', 'Koning', 'Hoogendoorn', 'Bouwman',
             'Molenaar', 'van der Velden', 'Claassen', 'Sanders', 'Verhagen', 'Schipper', 'de Lange', 'Brands',
             'Pasterkamp', 'Koffeman', 'Romkes', 'Hoekman', 'Baarssen', 'Hendrikx', 'van den Munckhof', 'Vullings',
             'Steeghs', 'Verstappen', 'Geurts', 'Gommans', 'Coenen', 'Cox', 'Hoeijmakers', 'Janssens', 'Poels',
             'Theeuwen', 'Jeuken', 'Linders', 'Hesen', 'Ariëns', 'Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik',
             'Yildiz', 'Ozturk', 'Aydin', 'Arslan', 'el Amrani', 'Bouzid', 'el Idrissi', 'Benali', 'Ahmadi', 'Ali',
             'Mohamed', 'Haddou', 'Boukhari', 'Nguyen', 'Tran', 'Singh', 'Kumar', 'Ramdin', 'Pinas', 'Sedney',
             'Martina', 'Wong', 'Chan', 'Kowalski', 'Nowak', 'Wiśniewski', 'Popescu', 'Rodrigues', 'Santos',
             'Fernandes', 'Lopes', 'van Rijn', 'de Ruiter', 'van Os', 'Kroon', 'Zijlstra', 'Wijnands', 'Stam',
             'Ouwehand', 'Boon', 'Bleeker', 'Verschoor', 'van Zanten', 'Koopman', 'Hofman', 'Haverkamp', 'Nijhuis',
             'Roelofs', 'Brink', 'Wiersma', 'Bosma', 'Postma', 'Kingma', 'Terpstra', 'van Essen', 'van Doorn',
             'Bruins', 'Veldman', 'Mol', 'Boersma', 'Meijers', 'Kamphuis', 'Oosterhof', 'Brinkman'] as achternamen;
select cardinality(voornamen) as n_voornamen, cardinality(achternamen) as n_achternamen from namen \gset

-- Valid BSNs: an 8-digit number (10000000 + n * 7919 mod 90000000, a permutation, so no two alike) and the check
-- digit the elfproef gives (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11); skipped when that would be 10, and
-- skipped when the number is already in the table (a client made through the API).
create temp table nieuwe_client as
select row_number() over (order by n) as nr, bsn
from (select n, ((b * 10 + s % 11)::text)::char(9) as bsn, s
      from (select n, b,
                   9 * (b / 10000000 % 10) + 8 * (b / 1000000 % 10) + 7 * (b / 100000 % 10) + 6 * (b / 10000 % 10)
                       + 5 * (b / 1000 % 10) + 4 * (b / 100 % 10) + 3 * (b / 10 % 10) + 2 * (b % 10) as s
            from (select n, 10000000 + (n * 7919) % 90000000 as b
                  from generate_series(1::bigint, (:aantal_clienten * 1.2)::bigint + 1000) n) k) k
      where s % 11 < 10) k
where not exists (select 1 from client c where c.bsn = k.bsn)
order by n
limit :aantal_clienten;

-- The clients. Date of birth 1930-2025: half uniform over those years, 30 % born 1930-1960 (Wmo), 20 % born
-- 2005-2025 (youth care). Added over the last five years.
insert into client (bsn, naam, naam_zoek, geboortedatum, gemeentecode, aangemaakt, gewijzigd, versie)
select bsn, naam, lower(naam), geboortedatum, gemeentecode, aangemaakt, aangemaakt, 0
from (select k.bsn,
             (:'codes'::text[])[width_bucket(pg_temp.toeval(k.nr, 1), :'grenzen'::float8[])] as gemeentecode,
             voornamen[1 + floor(:n_voornamen * pg_temp.toeval(k.nr, 2) ^ 1.3)::int] || ' '
                 || achternamen[1 + floor(:n_achternamen * pg_temp.toeval(k.nr, 3) ^ 1.3)::int]
                 || case when pg_temp.toeval(k.nr, 4) < 0.08
                         then '-' || achternamen[1 + floor(:n_achternamen * pg_temp.toeval(k.nr, 5) ^ 1.3)::int]
                         else '' end as naam,
             case when pg_temp.toeval(k.nr, 6) < 0.5
                      then date '1930-01-01' + floor(pg_temp.toeval(k.nr, 7) * (date '2025-12-31' - date '1930-01-01'))::int
                  when pg_temp.toeval(k.nr, 6) < 0.8
                      then date '1930-01-01' + floor(pg_temp.toeval(k.nr, 7) * (date '1960-12-31' - date '1930-01-01'))::int
                  else date '2005-01-01' + floor(pg_temp.toeval(k.nr, 7) * (date '2025-12-31' - date '2005-01-01'))::int
             end as geboortedatum,
             date_trunc('second', now() - pg_temp.toeval(k.nr, 8) * interval '1826 days') as aangemaakt
      from nieuwe_client k, namen) c;

-- The aanvragen: each of a client drawn at random (so in that client's municipality), by one of the municipality's
-- consultants (c0034.07 and so on; names only, they are no users), last saved at a moment in the last two years.
-- 60 % INGEDIEND, 30 % a computed CONCEPT, 10 % a CONCEPT the engine refused (when such a template exists).
create temp table clientnummer as
select row_number() over (order by c.id) as nr, c.id, c.gemeentecode, v.consulenten
from client c join verdeling v on v.gemeentecode = c.gemeentecode;
create unique index on clientnummer (nr);
analyze clientnummer;
select count(*) as n_clienten from clientnummer \gset

insert into aanvraag (client_id, gemeentecode, status, consulent, gewijzigd_door, invoer, regio, geldig_vanaf,
                      regeling_hash, resultaat, fouten, kosten_totaal_cent, aantal_fout, aantal_waarschuwing,
                      aangemaakt, gewijzigd, versie)
select a.id, a.gemeentecode, a.status, a.consulent,
       case when a.versie > 0 and pg_temp.toeval(a.n, 20) < 0.2 then a.collega else a.consulent end,
       s.invoer, s.regio, s.geldig_vanaf, s.regeling_hash, s.resultaat, s.fouten, s.kosten_totaal_cent,
       s.aantal_fout, s.aantal_waarschuwing,
       case when a.versie = 0 then a.gewijzigd
            else a.gewijzigd - pg_temp.toeval(a.n, 21) ^ 3 * interval '60 days' end,
       a.gewijzigd, a.versie
from (select n, c.id, c.gemeentecode,
             'c' || c.gemeentecode || '.' || lpad((1 + floor(c.consulenten * pg_temp.toeval(n, 12)))::int::text, 2, '0')
                 as consulent,
             'c' || c.gemeentecode || '.' || lpad((1 + floor(c.consulenten * pg_temp.toeval(n, 19)))::int::text, 2, '0')
                 as collega,
             case when pg_temp.toeval(n, 13) < 0.6 then 'INGEDIEND' else 'CONCEPT' end as status,
             case when pg_temp.toeval(n, 13) >= 0.9 and :sjablonen_niet_berekend > 0
                      then :sjablonen_berekend + floor(:sjablonen_niet_berekend * pg_temp.toeval(n, 14))::int
                  else floor(:sjablonen_berekend * pg_temp.toeval(n, 14))::int end as sjabloon,
             date_trunc('milliseconds', now() - pg_temp.toeval(n, 15) * interval '730 days') as gewijzigd,
             case when pg_temp.toeval(n, 16) < 0.4 then 0 else 1 + floor(4 * pg_temp.toeval(n, 17))::int end as versie
      from generate_series(1::bigint, :aantal_aanvragen) n
      join clientnummer c on c.nr = 1 + floor(:n_clienten * pg_temp.toeval(n, 11))::bigint) a
join sjabloon s on s.nr = a.sjabloon;

analyze client;
analyze aanvraag;
analyze auditregel;

select (select count(*) from client) as clienten, (select count(*) from aanvraag) as aanvragen,
       pg_size_pretty(pg_total_relation_size('client')) as grootte_client,
       pg_size_pretty(pg_total_relation_size('aanvraag')) as grootte_aanvraag,
       pg_size_pretty(pg_database_size(current_database())) as grootte_database;
