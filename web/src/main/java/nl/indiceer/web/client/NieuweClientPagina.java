package nl.indiceer.web.client;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.fout.Formulierfouten;
import nl.indiceer.web.gemeente.Gemeente;
import nl.indiceer.web.gemeente.Gemeenteregister;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a client ({@code GET/POST /clienten/nieuw}) in one of the user's own municipalities, chosen by name (and
 * chosen already when there is only one), with the postal address when it is known (all of it, or nothing). The rules are the API's ({@link Clientregels}, {@link Bsn}); a municipality
 * that is not the user's (only a forged form sends one) is refused at the field. A BSN that already has a client in
 * that municipality is refused at the BSN field with a link to that client (409); this lookup is audited as a search
 * with one result. On success: the client page, and the creation in the audit trail.
 */
@Controller
public class NieuweClientPagina {

    /** The form as typed (never null). {@code toString} leaves out the BSN and the name. */
    public record Formulier(String bsn, String naam, String geboortedatum, String gemeentecode, String straat,
                            String postcode, String woonplaats) {
        @Override
        public String toString() {
            return "Formulier[gemeente " + gemeentecode + "]";
        }
    }

    private final ClientOpslag clienten;
    private final MijnGemeenten mijnGemeenten;
    private final Gemeenteregister register;
    private final Audit audit;
    private final TransactionTemplate transactie;

    public NieuweClientPagina(ClientOpslag clienten, MijnGemeenten mijnGemeenten, Gemeenteregister register, Audit audit,
                              TransactionTemplate transactie) {
        this.clienten = clienten;
        this.mijnGemeenten = mijnGemeenten;
        this.register = register;
        this.audit = audit;
        this.transactie = transactie;
    }

    @GetMapping("/clienten/nieuw")
    public String toon(Authentication aangemeld, Model model) {
        List<Gemeente> gemeenten = register.metCodes(mijnGemeenten.van(aangemeld));
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute("formulier", new Formulier("", "", "", gemeenten.size() == 1 ? gemeenten.get(0).code() : "", "", "", ""));
        model.addAttribute("fouten", new Formulierfouten());
        return "client/nieuw";
    }

    @PostMapping("/clienten/nieuw")
    public String maak(Authentication aangemeld, @RequestParam(name = "bsn", required = false) String bsn,
                       @RequestParam(name = "naam", required = false) String naam,
                       @RequestParam(name = "geboortedatum", required = false) String geboortedatum,
                       @RequestParam(name = "gemeentecode", required = false) String gemeentecode,
                       @RequestParam(name = "straat", required = false) String straat,
                       @RequestParam(name = "postcode", required = false) String postcode,
                       @RequestParam(name = "woonplaats", required = false) String woonplaats,
                       Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        Formulier formulier = new Formulier(tekst(bsn), tekst(naam), tekst(geboortedatum), tekst(gemeentecode),
                tekst(straat), tekst(postcode), tekst(woonplaats));
        Set<String> mijn = mijnGemeenten.van(aangemeld);
        model.addAttribute("formulier", formulier);
        model.addAttribute("gemeenten", register.metCodes(mijn));
        Formulierfouten fouten = new Formulierfouten();
        model.addAttribute("fouten", fouten);

        String b = Clientregels.bsnUitFormulier(formulier.bsn());
        if (!Bsn.geldig(b)) {
            fouten.voegToe("bsn", b.isEmpty() ? "client.fout.bsn-leeg" : "client.fout.bsn");
        }
        Optional<String> n = Clientregels.naam(formulier.naam());
        if (n.isEmpty()) {
            fouten.voegToe("naam", "client.fout.naam");
        }
        Optional<LocalDate> datum = Clientregels.geboortedatum(formulier.geboortedatum());
        if (datum.isEmpty()) {
            fouten.voegToe("geboortedatum", "client.fout.geboortedatum");
        }
        String code = formulier.gemeentecode().trim();
        if (code.isEmpty()) {
            fouten.voegToe("gemeentecode", "client.fout.gemeente-leeg");
        } else if (!mijn.contains(code)) {
            fouten.voegToe("gemeentecode", "client.fout.gemeente-niet-de-uwe");
        }
        Adres adres = Adresformulier.lees(formulier.straat(), formulier.postcode(), formulier.woonplaats(), fouten);
        if (!fouten.leeg()) {
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "client/nieuw";
        }

        Optional<Long> id;
        try {
            id = transactie.execute(s -> {
                if (clienten.bsnBestaat(b, code)) {
                    return Optional.<Long>empty();
                }
                long nieuweId = clienten.voegToe(b, n.get(), datum.get(), code, adres);
                audit.noteer("CLIENT_AANGEMAAKT", "client", nieuweId, null);
                return Optional.of(nieuweId);
            });
        } catch (DuplicateKeyException e) {
            id = Optional.empty();
        }
        if (id.isPresent()) {
            doorgeven.addFlashAttribute("aangemaakt", true);
            return "redirect:/clienten/" + id.get();
        }
        List<Client> bestaand = clienten.zoek(new ClientOpslag.Zoekvraag(b, null, null), Set.of(code), 0, 1);
        audit.noteer("CLIENT_GEZOCHT", "client", null, bestaand.size());
        fouten.voegToe("bsn", "client.fout.bestaat");
        bestaand.stream().findFirst().ifPresent(c -> model.addAttribute("bestaande", c.id()));
        antwoord.setStatus(HttpStatus.CONFLICT.value());
        return "client/nieuw";
    }

    private static String tekst(String waarde) {
        return waarde == null ? "" : waarde;
    }
}
