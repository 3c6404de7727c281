package nl.indiceer.web.berichten;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.termijn.Berichttermijnen;
import nl.indiceer.termijn.Termijn;
import nl.indiceer.termijn.Werkdagkalender;
import nl.indiceer.web.termijn.Termijnregel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The message deadlines for the deadlines list ({@link Berichttermijnen}): requests (315, 317) received and not yet
 * answered, and the 305s and 307s missing for allocations sent in a 301. A 315 counts as answered when the draft
 * request it became is decided, or when it is refused with a 319 (BEANTWOORD); a 317, and a 315 of an unknown client,
 * stay until someone decides or refuses them. Requests of an unknown client have no client to show and are listed on the incoming
 * page only.
 */
@Component
public class Berichttermijnregels {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final Werkdagkalender kalender = new Werkdagkalender();

    public Berichttermijnregels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 315s and 317s of these municipalities still to be answered, due up to {@code tot}. */
    public List<Termijnregel> antwoorden(Collection<String> gemeenten, LocalDate tot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        List<Termijnregel> uit = new ArrayList<>();
        jdbc.sql("""
                        select i.id, i.soort, i.afzender, i.identificatie, i.ontvangen, i.client_id, i.gemeentecode
                        from inkomend_bericht i left join aanvraag a on a.id = i.aanvraag_id
                        where i.gemeentecode in (:gemeenten) and i.client_id is not null
                          and (i.soort like '%315' or i.soort like '%317') and i.status in ('VERWERKT', 'TE_BEHANDELEN')
                          and (a.id is null or a.status <> 'BESLOTEN')""")
                .param("gemeenten", gemeenten)
                .query((java.sql.ResultSet rs) -> {
                    String soort = rs.getString("soort");
                    LocalDate ontvangen = rs.getObject("ontvangen", java.time.OffsetDateTime.class)
                            .atZoneSameInstant(NEDERLAND).toLocalDate();
                    Termijn t = Berichttermijnen.antwoord(soort.substring(soort.length() - 3), ontvangen,
                            soort + " " + rs.getString("identificatie"), rs.getString("afzender"), kalender);
                    if (!t.datum().isAfter(tot)) {
                        uit.add(new Termijnregel(t, rs.getLong("client_id"), rs.getString("gemeentecode"), null, 0,
                                rs.getLong("id")));
                    }
                });
        return uit;
    }

    /** The 305s and 307s missing for this client's allocations that were sent in a 301. */
    public List<Termijn> startEnStop(String gemeente, long clientId, List<LopendeToewijzing> toewijzingen, LocalDate vandaag,
                                     LocalDate tot) {
        Set<String> verstuurd = new HashSet<>(jdbc.sql("select toewijzing from toewijzing_bericht where gemeentecode = ? "
                + "and client_id = ?").params(gemeente, clientId).query(String.class).list());
        if (verstuurd.isEmpty()) {
            return List.of();
        }
        return Berichttermijnen.startEnStop(toewijzingen, verstuurd, ontvangen(gemeente, clientId, "305"),
                ontvangen(gemeente, clientId, "307"), vandaag, tot, kalender);
    }

    private Set<String> ontvangen(String gemeente, long clientId, String nummer) {
        return new HashSet<>(jdbc.sql("""
                        select t.toewijzing from inkomend_bericht i join toewijzing_bericht t
                          on t.gemeentecode = i.gemeentecode and t.nummer = i.toewijzingnummer and t.client_id = i.client_id
                        where i.gemeentecode = ? and i.client_id = ? and i.soort like ? and i.status = 'VERWERKT'""")
                .params(gemeente, clientId, "%" + nummer).query(String.class).list());
    }
}
