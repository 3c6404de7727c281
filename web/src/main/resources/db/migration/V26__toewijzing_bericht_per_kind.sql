-- Numbered V26 as given for this change (existing databases have V20, V21 and V24).
-- A family product (Flevoland 002:551-563) sends one allocation of the timeline to several children: the tariffed one
-- to the youngest, a 1-stuks dummy to each other child, each in that child's own 301 with its own ToewijzingNummer. A
-- later change, extension or withdrawal keeps every child's number (IV066), so the number is kept per allocation AND
-- per child: ontvanger_id is the client whose 301 carries the number (the decision's client itself, or a child linked
-- to the request). Rebuilt rather than altered because the primary key changes and H2 and PostgreSQL name and drop a
-- primary key differently; every constraint gets a new name because H2 wants constraint names unique per schema.
alter table toewijzing_bericht rename to toewijzing_bericht_v10;

create table toewijzing_bericht (
    gemeentecode    char(4)     not null references gemeente (gemeentecode),
    toewijzing      varchar(80) not null,
    client_id       bigint      not null,
    ontvanger_id    bigint      not null,
    wet             varchar(3)  not null,
    nummer          bigint      not null,
    moment          timestamp   not null,
    constraint toewijzing_bericht_per_kind primary key (gemeentecode, toewijzing, ontvanger_id),
    constraint toewijzing_bericht_nummer_uniek unique (gemeentecode, wet, nummer),
    constraint toewijzing_bericht_van_client foreign key (client_id, gemeentecode) references client (id, gemeentecode),
    constraint toewijzing_bericht_ontvanger foreign key (ontvanger_id, gemeentecode) references client (id, gemeentecode)
);

insert into toewijzing_bericht (gemeentecode, toewijzing, client_id, ontvanger_id, wet, nummer, moment)
    select gemeentecode, toewijzing, client_id, client_id, wet, nummer, moment from toewijzing_bericht_v10;

drop table toewijzing_bericht_v10;
