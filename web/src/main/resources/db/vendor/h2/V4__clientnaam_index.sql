-- H2 only (the embedded default). Prefix search on the name; H2 uses a plain index for LIKE 'abc%'.
-- H2 has no SQL triggers, so the audit trail is append-only by the application alone (it never updates or deletes).
create index client_gemeente_naam on client (gemeentecode, naam_zoek);
