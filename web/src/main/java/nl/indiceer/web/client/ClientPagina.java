package nl.indiceer.web.client;

import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.gemeente.Gemeenteregister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A client's page ({@code GET /clienten/{id}}): the client's data, the requests (filled in by a
 * {@link ClientpaginaAanvulling}, when the aanvraag package provides one) and, later, the decisions. Scoped as the API:
 * a client of another municipality is the same 404 page as an id that does not exist, and either way the read is
 * audited (CLIENT_GELEZEN or CLIENT_NIET_GEVONDEN).
 */
@Controller
public class ClientPagina {

    private final ClientOpslag clienten;
    private final MijnGemeenten mijnGemeenten;
    private final Gemeenteregister register;
    private final Audit audit;
    private final ObjectProvider<ClientpaginaAanvulling> aanvullingen;

    public ClientPagina(ClientOpslag clienten, MijnGemeenten mijnGemeenten, Gemeenteregister register, Audit audit,
                        ObjectProvider<ClientpaginaAanvulling> aanvullingen) {
        this.clienten = clienten;
        this.mijnGemeenten = mijnGemeenten;
        this.register = register;
        this.audit = audit;
        this.aanvullingen = aanvullingen;
    }

    @GetMapping("/clienten/{id}")
    public String toon(Authentication aangemeld, @PathVariable("id") long id, Model model) {
        var client = clienten.metId(id, mijnGemeenten.van(aangemeld));
        audit.noteer(client.isPresent() ? "CLIENT_GELEZEN" : "CLIENT_NIET_GEVONDEN", "client", id, null);
        Client c = client.orElseThrow(() -> new Probleem(HttpStatus.NOT_FOUND, "CLIENT_NIET_GEVONDEN",
                "Cliënt niet gevonden", "er is geen cliënt met dit nummer in uw gemeenten"));
        model.addAttribute("client", c);
        model.addAttribute("gemeentenaam", register.naamVan(c.gemeentecode()).orElse(c.gemeentecode()));
        aanvullingen.orderedStream().forEach(a -> a.vulAan(c, model));
        return "client/client";
    }
}
