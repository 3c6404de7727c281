-- PostgreSQL only. Prefix search on the name with LIKE 'abc%' needs text_pattern_ops under a non-C collation.
create index client_gemeente_naam on client (gemeentecode, naam_zoek text_pattern_ops);

-- The audit trail is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE on it.
create function auditregel_alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'auditregel is alleen toevoegen: % geweigerd', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger auditregel_geen_wijziging before update or delete on auditregel
    for each row execute function auditregel_alleen_toevoegen();

create trigger auditregel_geen_truncate before truncate on auditregel
    for each statement execute function auditregel_alleen_toevoegen();
