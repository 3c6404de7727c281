package nl.indiceer.web.berichten;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.berichten.NieuwProduct;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Wijzigingsverzoek;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.termijn.Berichttermijnen;
import nl.indiceer.termijn.Termijn;
import nl.indiceer.termijn.Werkdagkalender;
import nl.indiceer.termijn.Wijzigingsverzoektermijn;
import nl.indiceer.web.termijn.Termijnregel;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The message deadlines for the deadlines list ({@link Berichttermijnen}): requests (315, 317) received and not yet
 * answered, and the 305s and 307s missing for allocations sent in a 301. A 315 counts as answered when the draft
 * request it became is decided, when it is refused with a 319 (status BEANTWOORD), and any request when an answer
 * message (a 301 or 319 naming it as the message it answers) is in the outbox; until then it stays. A request of a client not known here is listed too, without a client.
 * A 317 that came later before its change than the region advises ({@link Wijzigingsverzoektermijn}) gets a second
 * line, a warning, for as long as it is unanswered.
 */
@Component
public class Berichttermijnregels {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final RegelingenInWerking regelingen;
    private final Werkdagkalender kalender = new Werkdagkalender();

    public Berichttermijnregels(JdbcClient jdbc, RegelingenInWerking regelingen) {
        this.jdbc = jdbc;
        this.regelingen = regelingen;
    }

    /**
     * The 315s and 317s of these municipalities still to be answered, due up to {@code tot}, and the 317s received
     * later than advised. The consultant is not set: whose a request is, the caller decides.
     */
    public List<Termijnregel> antwoorden(Collection<String> gemeenten, LocalDate tot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        List<Termijnregel> uit = new ArrayList<>();
        jdbc.sql("""
                        select i.id, i.soort, i.afzender, i.identificatie, i.ontvangen, i.client_id, i.gemeentecode, i.inhoud
                        from inkomend_bericht i left join aanvraag a on a.id = i.aanvraag_id
                        where i.gemeentecode in (:gemeenten)
                          and (i.soort like '%315' or i.soort like '%317') and i.status in ('VERWERKT', 'TE_BEHANDELEN')
                          and (a.id is null or a.status <> 'BESLOTEN')
                          and not exists (select 1 from uitgaand_bericht u where u.inkomend_bericht_id = i.id)""")
                .param("gemeenten", gemeenten)
                .query((java.sql.ResultSet rs) -> {
                    String soort = rs.getString("soort");
                    LocalDate ontvangen = rs.getObject("ontvangen", java.time.OffsetDateTime.class)
                            .atZoneSameInstant(NEDERLAND).toLocalDate();
                    String verzoek = soort + " " + rs.getString("identificatie");
                    String afzender = rs.getString("afzender");
                    Long clientId = rs.getObject("client_id", Long.class);
                    String gemeente = rs.getString("gemeentecode");
                    long id = rs.getLong("id");
                    Termijn t = Berichttermijnen.antwoord(soort.substring(soort.length() - 3), ontvangen, verzoek, afzender,
                            kalender);
                    if (!t.datum().isAfter(tot)) {
                        uit.add(new Termijnregel(t, clientId, gemeente, null, 0, id));
                    }
                    if (soort.endsWith("317")) {
                        Termijn laat = teLaat(rs.getBytes("inhoud"), gemeente, clientId, afzender, ontvangen, verzoek);
                        if (laat != null) {
                            uit.add(new Termijnregel(laat, clientId, gemeente, null, 0, id));
                        }
                    }
                });
        return uit;
    }

    /**
     * The warning for a 317 that came later than the region advises before the earliest change it asks for, judged by
     * the product of that change (a changed allocation's product from the last 301 this provider got for the client).
     */
    private Termijn teLaat(byte[] inhoud, String gemeente, Long clientId, String afzender, LocalDate ontvangen,
                           String verzoek) {
        Wijzigingsverzoek w;
        try {
            w = Berichtlezer.lees(inhoud) instanceof Wijzigingsverzoek v ? v : null;
        } catch (OngeldigBerichtException e) {
            return null; // it was accepted when received; a reader that changed since is not this list's to judge
        }
        if (w == null) {
            return null;
        }
        Map<Long, String> productVanNummer = w.teWijzigen().isEmpty() || clientId == null ? Map.of()
                : productenVerstuurd(gemeente, clientId, afzender);
        Termijn vroegste = null;
        for (TeWijzigenProduct p : w.teWijzigen()) {
            vroegste = eerder(vroegste, gemeente, productVanNummer.get(p.toewijzingNummer()), p.gewensteIngangsdatum(),
                    ontvangen, verzoek, afzender);
        }
        for (NieuwProduct p : w.nieuw()) {
            vroegste = eerder(vroegste, gemeente, p.product() == null ? null : p.product().code(), p.gewensteIngangsdatum(),
                    ontvangen, verzoek, afzender);
        }
        return vroegste;
    }

    private Termijn eerder(Termijn tot, String gemeente, String product, LocalDate ingang, LocalDate ontvangen,
                           String verzoek, String afzender) {
        if (product == null || ingang == null) {
            return tot;
        }
        Termijn t = Wijzigingsverzoektermijn.teLaat(regeling(gemeente, ingang), product, ingang, ontvangen, verzoek, afzender,
                kalender);
        return t == null || (tot != null && !t.datum().isBefore(tot.datum())) ? tot : t;
    }

    /** The rulebook in force on {@code dag} that holds this municipality, or null. */
    private Regeling regeling(String gemeente, LocalDate dag) {
        for (String r : regelingen.nu().regios()) {
            Regeling regeling = regelingen.nu().voor(r, dag);
            if (regeling != null && regeling.gemeente(gemeente) != null) {
                return regeling;
            }
        }
        return null;
    }

    /** ToewijzingNummer to product code, from the last 301 this municipality sent this provider for the client. */
    private Map<Long, String> productenVerstuurd(String gemeente, long clientId, String aanbieder) {
        Map<Long, String> uit = new HashMap<>();
        jdbc.sql("""
                        select inhoud from uitgaand_bericht where gemeentecode = ? and client_id = ? and ontvanger = ?
                          and soort like '%301' order by id desc fetch first 1 rows only""")
                .params(gemeente, clientId, aanbieder)
                .query((java.sql.ResultSet rs) -> {
                    try {
                        if (Berichtlezer.lees(rs.getBytes("inhoud")) instanceof Toewijzingsbericht b) {
                            for (ToegewezenProduct p : b.producten()) {
                                if (p.product() != null) {
                                    uit.put(p.toewijzingNummer(), p.product().code());
                                }
                            }
                        }
                    } catch (OngeldigBerichtException e) {
                        // what Indiceer wrote and checked; unreadable now means no product to judge by
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
