package nl.indiceer.web.beschikking;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientpaginaAanvulling;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the client page's section "Besluiten en lopende toewijzingen" (the page includes
 * {@code beschikking/client :: voorClient}): the client's decisions as a timeline, newest first, and the allocations
 * running on a date ({@code ?datum=} of the client page, a GET form; default today; a wrong date keeps what was typed,
 * says so at the field, and shows today's). Read through the service: scoped and audited as the API's list.
 */
@Component
public class BeschikkingenOpClientpagina implements ClientpaginaAanvulling {

    private final BeschikkingDienst dienst;
    private final Huidige huidige;
    private final HttpServletRequest verzoek;

    public BeschikkingenOpClientpagina(BeschikkingDienst dienst, Huidige huidige, HttpServletRequest verzoek) {
        this.dienst = dienst;
        this.huidige = huidige;
        this.verzoek = verzoek;
    }

    @Override
    public void vulAan(Client client, Model model) {
        List<OpgeslagenBeschikking> lijst = dienst.vanClient(huidige.medewerker(), client.id());
        String getypt = verzoek.getParameter("datum");
        LocalDate datum = BeschikkingDienst.vandaag();
        if (getypt != null && !getypt.isBlank()) {
            try {
                datum = LocalDate.parse(getypt.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("peildatumFout", true);
            }
        }
        List<OpgeslagenBeschikking> nieuwsteEerst = new ArrayList<>(lijst);
        Collections.reverse(nieuwsteEerst);
        model.addAttribute("beschikkingen", nieuwsteEerst);
        model.addAttribute("peildatum", getypt == null || getypt.isBlank() ? datum.toString() : getypt);
        model.addAttribute("lopendOp", datum);
        model.addAttribute("lopend", BeschikkingDienst.lopendOp(lijst, datum));
    }
}
