package nl.indiceer.web.aanvraag;

import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientpaginaAanvulling;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the client page's section "Aanvragen" with the client's most recent requests (the page includes
 * {@code aanvraag/lijst :: voorClient}). Read through the service, so the list is scoped and audited like the API's
 * {@code GET /api/clienten/{id}/aanvragen}.
 */
@Component
public class AanvragenOpClientpagina implements ClientpaginaAanvulling {

    static final int AANTAL = 20;

    private final AanvraagDienst aanvragen;
    private final Huidige huidige;

    public AanvragenOpClientpagina(AanvraagDienst aanvragen, Huidige huidige) {
        this.aanvragen = aanvragen;
        this.huidige = huidige;
    }

    @Override
    public void vulAan(Client client, Model model) {
        model.addAttribute("aanvragen", aanvragen.vanClient(huidige.medewerker(), client.id(), null, AANTAL));
    }
}
