-- Numbered after V20: an existing database (the embedded default keeps its file) has V20 already, and Flyway
-- refuses a new migration numbered below the last applied one.
-- Not every outgoing message comes from a decision: a 319 answers a 315 (perhaps for a client not yet known here),
-- a 325 answers a provider's 323 and covers many clients. Both columns may therefore be empty; a message that does
-- come from a decision still carries it. inkomend_bericht_id: the incoming message this one answers, when any.
alter table uitgaand_bericht alter column beschikking_id drop not null;
alter table uitgaand_bericht alter column client_id drop not null;
alter table uitgaand_bericht add column inkomend_bericht_id bigint references inkomend_bericht (id);
