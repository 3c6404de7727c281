package nl.indiceer.web.declaratie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.indiceer.declaratie.Declaratiecontrole;
import nl.indiceer.declaratie.Eenheid;
import nl.indiceer.declaratie.ToegewezenProduct;
import nl.indiceer.declaratie.Verbruik;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientpaginaAanvulling;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the client page's section "Gebruik van de toewijzingen" (the page includes {@code declaratie/client ::
 * voorClient}): per allocation the municipality sent for the client, how much of the granted volume the approved
 * declaration lines have used and for what amount. The use is counted by core's {@link Declaratiecontrole} from the
 * approved lines, as the check counts it (hours and minutes in minutes, a credit taking back its debit, TR322's maximum
 * over the whole allocation). Scoped to the client's municipality, which the page has already checked and audited.
 */
@Component
public class DeclaratiesOpClientpagina implements ClientpaginaAanvulling {

    /** One allocation's use; {@code maximum} null when the allocation has no total (no volume, or open-ended). */
    public record Gebruik(long toewijzingnummer, String product, java.time.LocalDate ingangsdatum,
                          java.time.LocalDate einddatum, long gebruikt, String eenheid, Long maximum, long bedrag) {
    }

    private final VerstuurdeToewijzingen toewijzingen;
    private final DeclaratieOpslag opslag;
    private final Huidige huidige;

    public DeclaratiesOpClientpagina(VerstuurdeToewijzingen toewijzingen, DeclaratieOpslag opslag, Huidige huidige) {
        this.toewijzingen = toewijzingen;
        this.opslag = opslag;
        this.huidige = huidige;
    }

    @Override
    public void vulAan(Client client, Model model) {
        if (!huidige.gemeenten().contains(client.gemeentecode())) {
            model.addAttribute("declaratiegebruik", List.of());
            return;
        }
        model.addAttribute("declaratiegebruik", gebruik(client.gemeentecode(), client.id()));
    }

    List<Gebruik> gebruik(String gemeente, long clientId) {
        VerstuurdeToewijzingen.Stand stand = toewijzingen.van(gemeente, clientId);
        Declaratiecontrole telling = new Declaratiecontrole(stand.register()::toewijzing);
        Map<Long, Long> bedragen = new HashMap<>();
        opslag.goedgekeurdeRegels(gemeente, clientId, (afzender, r) -> {
            telling.neemOpAlsGoedgekeurd(DeclaratieDienst.alsPrestatie(afzender, r));
            bedragen.merge(r.toewijzingnummer(), r.isCredit() ? -r.bedrag() : r.bedrag(), Long::sum);
        });
        List<Gebruik> uit = new ArrayList<>();
        for (long nummer : new TreeSet<>(stand.clienten().keySet())) {
            ToegewezenProduct t = stand.register().toewijzing(Long.toString(nummer));
            Verbruik v = telling.verbruik(Long.toString(nummer));
            if (t == null || v == null) {
                continue;
            }
            Eenheid e = v.eenheid();
            uit.add(new Gebruik(nummer, t.productcode() == null ? t.productcategorie() : t.productcode(), t.ingangsdatum(),
                    t.einddatum(), v.gebruikt(), e == null ? null : e.code(), v.maximum(), bedragen.getOrDefault(nummer, 0L)));
        }
        return uit;
    }
}
