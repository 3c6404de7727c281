-- Budgets (issue 12): what a municipality has for a law in a year, entered by the beleid role. Runs unchanged on
-- PostgreSQL and on H2 in PostgreSQL mode. One row per municipality, law and year; entering it again replaces the
-- amount (every change is in the audit trail, with who and when here as well).
-- wet: 'jeugdwet' or 'wmo' (as a rulebook names its law); bedrag in euro with cents.
create table budget (
    gemeentecode   char(4)        not null references gemeente (gemeentecode),
    wet            varchar(20)    not null,
    jaar           integer        not null,
    bedrag         numeric(15, 2) not null,
    gewijzigd_door varchar(100)   not null,
    gewijzigd      timestamp with time zone not null,
    constraint budget_sleutel primary key (gemeentecode, wet, jaar),
    constraint budget_wet_bekend check (wet in ('jeugdwet', 'wmo')),
    constraint budget_jaar check (jaar between 2000 and 2100),
    constraint budget_bedrag check (bedrag >= 0)
);
