-- The client's postal address, for the decision letter (issue 8). Optional: a client can be recorded before the
-- address is known; then all three are empty. Either all three or none, so a letter never goes to half an address.
alter table client add column adres_straat varchar(200);
alter table client add column adres_postcode varchar(7);
alter table client add column adres_woonplaats varchar(100);
alter table client add constraint client_adres_heel_of_leeg check (
    (adres_straat is null and adres_postcode is null and adres_woonplaats is null)
    or (adres_straat is not null and adres_postcode is not null and adres_woonplaats is not null));
