-- PostgreSQL only. A decided beschikking is never changed: the database itself refuses UPDATE, DELETE and TRUNCATE
-- of the table, as for the audit trail (V4). A change is a new decision that names the previous one.
-- H2 (the embedded default) has no SQL triggers (only Java trigger classes, and H2 is not on the compile class path
-- of this application), so there the application alone keeps decisions unchanged: it only inserts and reads them.
create function beschikking_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'een beschikking wordt nooit gewijzigd: % geweigerd; een wijziging is een nieuwe beschikking', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger beschikking_geen_wijziging before update or delete on beschikking
    for each row execute function beschikking_onveranderlijk();

create trigger beschikking_geen_truncate before truncate on beschikking
    for each statement execute function beschikking_onveranderlijk();
