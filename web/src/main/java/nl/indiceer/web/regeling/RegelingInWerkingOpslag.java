package nl.indiceer.web.regeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rulebook versions put in force from a date (table {@code regeling_in_werking}, V25): only inserted and read, never
 * changed. The number of rows is the cheap version counter every instance compares to know whether to load again.
 */
@Repository
public class RegelingInWerkingOpslag {

    /** One stored version: what was put in force, from when, by whom and when. */
    public record Rij(long id, String regio, LocalDate geldigVanaf, byte[] inhoud, String bestandHash, String versieHash,
                      String gebruikersnaam, OffsetDateTime aangemaakt) {
    }

    private final JdbcClient jdbc;

    public RegelingInWerkingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many versions were put in force; grows by one with each, so a changed number means: load again. */
    public long teller() {
        return jdbc.sql("select count(*) from regeling_in_werking").query(Long.class).single();
    }

    public List<Rij> alle() {
        return jdbc.sql("select id, regio, geldig_vanaf, inhoud, bestand_hash, versie_hash, gebruikersnaam, aangemaakt "
                        + "from regeling_in_werking order by id")
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBytes(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    /** @return the new row's id */
    public long voegToe(String regio, LocalDate geldigVanaf, byte[] inhoud, String bestandHash, String versieHash,
                        long gebruikerId, String gebruikersnaam, OffsetDateTime nu) {
        org.springframework.jdbc.support.GeneratedKeyHolder sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into regeling_in_werking (regio, geldig_vanaf, inhoud, bestand_hash, versie_hash, gebruiker_id, "
                        + "gebruikersnaam, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(regio, geldigVanaf, inhoud, bestandHash, versieHash, gebruikerId, gebruikersnaam, nu)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }
}
