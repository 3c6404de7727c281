package nl.indiceer.web.berichten;

import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientpaginaAanvulling;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the client page's section of providers' messages (the page includes {@code berichten/client :: voorClient}):
 * the 305s, 307s and 315s registered for the client, scoped to the user's municipalities (the page's read of the
 * client is already audited).
 */
@Component
public class BerichtenOpClientpagina implements ClientpaginaAanvulling {

    private final InkomendeBerichtenOpslag opslag;
    private final Huidige huidige;

    public BerichtenOpClientpagina(InkomendeBerichtenOpslag opslag, Huidige huidige) {
        this.opslag = opslag;
        this.huidige = huidige;
    }

    @Override
    public void vulAan(Client client, Model model) {
        model.addAttribute("clientberichten", opslag.vanClient(client.id(), huidige.medewerker().gemeenten()));
    }
}
