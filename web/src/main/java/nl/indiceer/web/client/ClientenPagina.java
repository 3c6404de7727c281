package nl.indiceer.web.client;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.fout.Formulierfouten;
import nl.indiceer.web.gemeente.Gemeente;
import nl.indiceer.web.gemeente.Gemeenteregister;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding a client: {@code GET /clienten} shows the search form, {@code POST /clienten/zoeken} searches by BSN, the
 * beginning of the name and/or the date of birth, within the user's municipalities, {@value Paginering#STANDAARD} to a
 * page, ordered by name. The criteria never travel in a URL (they are personal data): the form is a POST, and so is
 * turning the page, whose buttons carry the page number and the criteria of the shown results as hidden fields.
 * Hidden fields rather than the session, so that the criteria are not stored in the session table (a BSN at rest in a
 * second place) and each browser tab keeps its own search. Each search is audited with its number of results, as the
 * API does; errors are shown at the field, with the input kept.
 */
@Controller
public class ClientenPagina {

    /** The criteria as typed (never null), echoed into the form. {@code toString} leaves them out of any log line. */
    public record Zoekvraag(String bsn, String naam, String geboortedatum) {
        @Override
        public String toString() {
            return "Zoekvraag[...]";
        }
    }

    public record Resultaat(List<Client> clienten, int pagina, boolean volgende) {
    }

    private final ClientOpslag clienten;
    private final MijnGemeenten mijnGemeenten;
    private final Gemeenteregister register;
    private final Audit audit;

    public ClientenPagina(ClientOpslag clienten, MijnGemeenten mijnGemeenten, Gemeenteregister register, Audit audit) {
        this.clienten = clienten;
        this.mijnGemeenten = mijnGemeenten;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/clienten")
    public String toon(Model model) {
        model.addAttribute("zoekvraag", new Zoekvraag("", "", ""));
        model.addAttribute("fouten", new Formulierfouten());
        return "client/zoeken";
    }

    @PostMapping("/clienten/zoeken")
    public String zoek(Authentication aangemeld, @RequestParam(name = "bsn", required = false) String bsn,
                       @RequestParam(name = "naam", required = false) String naam,
                       @RequestParam(name = "geboortedatum", required = false) String geboortedatum,
                       @RequestParam(name = "pagina", required = false) String pagina,
                       Model model, HttpServletResponse antwoord) {
        Zoekvraag vraag = new Zoekvraag(tekst(bsn), tekst(naam), tekst(geboortedatum));
        model.addAttribute("zoekvraag", vraag);
        Formulierfouten fouten = new Formulierfouten();
        model.addAttribute("fouten", fouten);

        // An empty field is a criterion not given, not an error.
        String b = vraag.bsn().isBlank() ? null : Clientregels.bsnUitFormulier(vraag.bsn());
        if (b != null && !Bsn.geldig(b)) {
            fouten.voegToe("bsn", "client.fout.bsn");
        }
        String naamBegin = null;
        if (!vraag.naam().isBlank()) {
            naamBegin = Clientregels.naam(vraag.naam()).orElse(null);
            if (naamBegin == null) {
                fouten.voegToe("naam", "client.fout.naam");
            }
        }
        LocalDate datum = null;
        if (!vraag.geboortedatum().isBlank()) {
            datum = Clientregels.geboortedatum(vraag.geboortedatum()).orElse(null);
            if (datum == null) {
                fouten.voegToe("geboortedatum", "client.fout.geboortedatum");
            }
        }
        if (b == null && vraag.naam().isBlank() && vraag.geboortedatum().isBlank()) {
            fouten.voegToe("bsn", "client.fout.zoekvraag-leeg");
        }
        // A page number that is not one (only a forged form sends that) is a 400 page, as in the API.
        Paginering p = Paginering.van(pagina, null);
        if (!fouten.leeg()) {
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "client/zoeken";
        }

        Set<String> gemeenten = mijnGemeenten.van(aangemeld);
        List<Client> gevonden = clienten.zoek(new ClientOpslag.Zoekvraag(b, naamBegin, datum), gemeenten,
                p.offset(), p.grootte() + 1);
        boolean volgende = gevonden.size() > p.grootte();
        List<Client> deze = volgende ? gevonden.subList(0, p.grootte()) : gevonden;
        audit.noteer("CLIENT_GEZOCHT", "client", null, deze.size());
        model.addAttribute("resultaat", new Resultaat(deze, p.pagina(), volgende));
        model.addAttribute("gemeentenamen", namen(register.metCodes(gemeenten)));
        return "client/zoeken";
    }

    static Map<String, String> namen(List<Gemeente> gemeenten) {
        return gemeenten.stream().collect(Collectors.toMap(Gemeente::code, Gemeente::naam));
    }

    private static String tekst(String waarde) {
        return waarde == null ? "" : waarde;
    }
}
