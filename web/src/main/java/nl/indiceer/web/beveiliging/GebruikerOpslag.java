package nl.indiceer.web.beveiliging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Users and API tokens in the database (tables of V1__gebruikers_en_tokens.sql). Plain SQL, same on H2 and PostgreSQL. */
@Repository
public class GebruikerOpslag {

    private final JdbcClient jdbc;

    public GebruikerOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long voegToe(String gebruikersnaam, String wachtwoordHash, Rol rol) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol) values (?, ?, ?)")
                .params(gebruikersnaam, wachtwoordHash, rol.name())
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /** The user with the municipalities they work for, in one transaction. */
    @Transactional
    public long voegToe(String gebruikersnaam, String wachtwoordHash, Rol rol, Collection<String> gemeentecodes) {
        long id = voegToe(gebruikersnaam, wachtwoordHash, rol);
        for (String code : new TreeSet<>(gemeentecodes)) {
            jdbc.sql("insert into gebruiker_gemeente (gebruiker_id, gemeentecode) values (?, ?)").params(id, code).update();
        }
        return id;
    }

    /** The codes of the municipality register among these. */
    public Set<String> bekendeGemeenten(Collection<String> gemeentecodes) {
        if (gemeentecodes.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("select gemeentecode from gemeente where gemeentecode in (:codes)")
                .param("codes", List.copyOf(gemeentecodes)).query(String.class).list());
    }

    /** The municipalities a user works for (empty: they see no client). */
    public Set<String> gemeentenVan(long gebruikerId) {
        return new TreeSet<>(jdbc.sql("select gemeentecode from gebruiker_gemeente where gebruiker_id = ?")
                .param(gebruikerId).query(String.class).list());
    }

    /**
     * The municipalities of an active user by user name (a page's session knows the name, not the id);
     * empty for an unknown or deactivated user.
     */
    public Set<String> gemeentenVanNaam(String gebruikersnaam) {
        return new TreeSet<>(jdbc.sql("""
                        select gg.gemeentecode from gebruiker_gemeente gg join gebruiker g on g.id = gg.gebruiker_id
                        where g.gebruikersnaam = ? and g.actief""")
                .param(gebruikersnaam).query(String.class).list());
    }

    public Optional<Gebruiker> metNaam(String gebruikersnaam) {
        return jdbc.sql("select id, gebruikersnaam, wachtwoord_hash, rol, actief from gebruiker where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query((rs, i) -> new Gebruiker(rs.getLong("id"), rs.getString("gebruikersnaam"),
                        rs.getString("wachtwoord_hash"), Rol.valueOf(rs.getString("rol")), rs.getBoolean("actief")))
                .optional();
    }

    public boolean bestaat(String gebruikersnaam) {
        return jdbc.sql("select count(*) from gebruiker where gebruikersnaam = ?").param(gebruikersnaam)
                .query(Long.class).single() > 0;
    }

    public void bewaarToken(long gebruikerId, String tokenHash, String omschrijving) {
        jdbc.sql("insert into api_token (gebruiker_id, token_hash, omschrijving) values (?, ?, ?)")
                .params(gebruikerId, tokenHash, omschrijving)
                .update();
    }

    public void noteerMisluktePoging(String gebruikersnaam, java.time.OffsetDateTime tijdstip) {
        jdbc.sql("insert into aanmeldpoging (gebruikersnaam, tijdstip) values (?, ?)").params(gebruikersnaam, tijdstip).update();
    }

    public long misluktePogingenSinds(String gebruikersnaam, java.time.OffsetDateTime sinds) {
        return jdbc.sql("select count(*) from aanmeldpoging where gebruikersnaam = ? and tijdstip > ?")
                .params(gebruikersnaam, sinds).query(Long.class).single();
    }

    /** Forgets attempts from before the moment, so that made-up user names do not fill the table. */
    public void wisPogingenVoor(java.time.OffsetDateTime moment) {
        jdbc.sql("delete from aanmeldpoging where tijdstip < ?").param(moment).update();
    }

    public void wisPogingen(String gebruikersnaam) {
        jdbc.sql("delete from aanmeldpoging where gebruikersnaam = ?").param(gebruikersnaam).update();
    }

    /** Revokes the token; true when it was active. */
    public boolean trekTokenIn(String tokenHash) {
        return jdbc.sql("update api_token set ingetrokken = current_timestamp where token_hash = ? and ingetrokken is null")
                .param(tokenHash).update() == 1;
    }

    /** The active user of a token that is not revoked, by the token's SHA-256. */
    public Optional<Gebruiker> metTokenHash(String tokenHash) {
        return jdbc.sql("""
                        select g.id, g.gebruikersnaam, g.wachtwoord_hash, g.rol, g.actief
                        from api_token t join gebruiker g on g.id = t.gebruiker_id
                        where t.token_hash = ? and t.ingetrokken is null and g.actief""")
                .param(tokenHash)
                .query((rs, i) -> new Gebruiker(rs.getLong("id"), rs.getString("gebruikersnaam"),
                        rs.getString("wachtwoord_hash"), Rol.valueOf(rs.getString("rol")), rs.getBoolean("actief")))
                .optional();
    }

    /** A token as its owner sees it on the account page: never the token itself, which is not stored. */
    public record TokenOverzicht(long id, String omschrijving, java.time.OffsetDateTime aangemaakt,
                                 java.time.OffsetDateTime ingetrokken) {
        public boolean actief() {
            return ingetrokken == null;
        }
    }

    /** The user's tokens, newest first (at most 100: old revoked ones drop off the page, not from the table). */
    public List<TokenOverzicht> tokensVan(long gebruikerId) {
        return jdbc.sql("""
                        select id, omschrijving, aangemaakt, ingetrokken from api_token
                        where gebruiker_id = ? order by id desc limit 100""")
                .param(gebruikerId)
                .query((rs, i) -> new TokenOverzicht(rs.getLong("id"), rs.getString("omschrijving"),
                        rs.getObject("aangemaakt", java.time.OffsetDateTime.class),
                        rs.getObject("ingetrokken", java.time.OffsetDateTime.class)))
                .list();
    }

    /** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
    public boolean trekTokenInVan(long tokenId, long gebruikerId) {
        return jdbc.sql("update api_token set ingetrokken = current_timestamp where id = ? and gebruiker_id = ? and ingetrokken is null")
                .params(tokenId, gebruikerId).update() == 1;
    }

    /** A user as the beheerder sees them in the list: never the password hash. */
    public record Overzicht(long id, String gebruikersnaam, Rol rol, boolean actief, List<String> gemeenten) {
    }

    /** Every user by name, with the codes of the municipalities they work for. */
    public List<Overzicht> overzicht() {
        java.util.Map<Long, List<String>> gemeenten = new java.util.HashMap<>();
        jdbc.sql("select gebruiker_id, gemeentecode from gebruiker_gemeente order by gemeentecode")
                .query(rs -> {
                    gemeenten.computeIfAbsent(rs.getLong("gebruiker_id"), k -> new java.util.ArrayList<>())
                            .add(rs.getString("gemeentecode"));
                });
        return jdbc.sql("select id, gebruikersnaam, rol, actief from gebruiker order by gebruikersnaam")
                .query((rs, i) -> new Overzicht(rs.getLong("id"), rs.getString("gebruikersnaam"),
                        Rol.valueOf(rs.getString("rol")), rs.getBoolean("actief"),
                        List.copyOf(gemeenten.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** The user's name by id. */
    public Optional<String> naamVan(long gebruikerId) {
        return jdbc.sql("select gebruikersnaam from gebruiker where id = ?").param(gebruikerId).query(String.class).optional();
    }

    /**
     * Activates or deactivates a user; true when it changed something. A deactivated user can no longer log in
     * (see {@link Aanmeldcontrole}) and their tokens stop working (see {@link #metTokenHash}); their data stays.
     */
    public boolean zetActief(long gebruikerId, boolean actief) {
        return jdbc.sql("update gebruiker set actief = ? where id = ? and actief <> ?")
                .params(actief, gebruikerId, actief).update() == 1;
    }
}
