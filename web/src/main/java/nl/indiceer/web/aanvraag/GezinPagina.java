package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Bsn;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.fout.Formulierfouten;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The children of a request's family products ({@code GET /aanvragen/{id}/gezin}): a child gets its own 301 only when
 * it is linked to its own client record (docs/aanvraag-formaat.md, "Family products in the application"). A child is
 * added or linked by its BSN, looked up server-side in the request's municipality from a POST (a BSN never travels in
 * an address or a log); the name and date of birth then come from the client record. Saving goes through
 * {@link AanvraagDienst#wijzig}, so the same checks, optimistic locking and audit apply as for the request form.
 */
@Controller
public class GezinPagina {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A member of a line's family as shown: its position, name, date of birth and linked client (null: not linked). */
    public record Lid(int index, String naam, String geboortedatum, Long clientId) {
    }

    /** A line that is a family product (or already names children). */
    public record Regel(int index, String product, List<Lid> leden) {
    }

    private final AanvraagDienst dienst;
    private final ClientOpslag clienten;
    private final RegelingenInWerking regelingen;
    private final Huidige huidige;
    private final Audit audit;

    public GezinPagina(AanvraagDienst dienst, ClientOpslag clienten, RegelingenInWerking regelingen, Huidige huidige, Audit audit) {
        this.dienst = dienst;
        this.clienten = clienten;
        this.regelingen = regelingen;
        this.huidige = huidige;
        this.audit = audit;
    }

    @GetMapping("/aanvragen/{id}/gezin")
    public String toon(@PathVariable("id") long id, Model model) {
        OpgeslagenAanvraag a = dienst.lees(huidige.medewerker(), id);
        vul(model, a, new Formulierfouten(), Map.of());
        return "aanvraag/gezin";
    }

    /** Adds a child to line {@code regel} by BSN ({@code kind} empty), or links member {@code kind} by BSN. */
    @PostMapping("/aanvragen/{id}/gezin/koppelen")
    public String koppel(@PathVariable("id") long id, @RequestParam(name = "regel", required = false) Integer regel,
                         @RequestParam(name = "kind", required = false) Integer kind,
                         @RequestParam(name = "bsn", required = false) String bsn,
                         @RequestParam(name = "versie", required = false) Integer versie,
                         Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenAanvraag a = dienst.lees(wie, id);
        ObjectNode invoer = invoer(a);
        ArrayNode gezin = gezin(invoer, regel);
        String veld = kind == null ? "bsn-" + regel : "bsn-" + regel + "-" + kind;
        if (kind != null && (kind < 0 || kind >= gezin.size())) {
            throw new Probleem(HttpStatus.NOT_FOUND, "GEZINSLID_NIET_GEVONDEN", "Gezinslid niet gevonden",
                    "deze regel heeft geen gezinslid met dit nummer");
        }
        String getypt = bsn == null ? "" : bsn.strip();
        Formulierfouten fouten = new Formulierfouten();
        Client c = null;
        if (!Bsn.geldig(getypt)) {
            fouten.voegToe(veld, "aanvraag.gezin.fout.bsn");
        } else {
            List<Client> gevonden = clienten.zoek(new ClientOpslag.Zoekvraag(getypt, null, null), Set.of(a.gemeentecode()), 0, 2);
            audit.noteer("CLIENT_GEZOCHT", "client", gevonden.size() == 1 ? gevonden.get(0).id() : null, gevonden.size());
            if (gevonden.size() != 1) {
                fouten.voegToe(veld, "aanvraag.gezin.fout.onbekend");
            } else {
                c = gevonden.get(0);
            }
        }
        if (!fouten.leeg()) {
            return opnieuw(model, antwoord, a, fouten, Map.of(veld, getypt));
        }
        ObjectNode lid = kind == null ? gezin.addObject() : (ObjectNode) gezin.get(kind);
        if (kind == null) {
            lid.put("naam", voornaam(c.naam()));
            lid.put("geboortedatum", c.geboortedatum().toString());
        }
        lid.put("client_id", c.id());
        return bewaar(wie, a, versie, invoer, model, antwoord, doorgeven, veld, getypt);
    }

    /** Removes member {@code kind} from line {@code regel}. */
    @PostMapping("/aanvragen/{id}/gezin/verwijderen")
    public String verwijder(@PathVariable("id") long id, @RequestParam(name = "regel", required = false) Integer regel,
                            @RequestParam(name = "kind", required = false) Integer kind,
                            @RequestParam(name = "versie", required = false) Integer versie,
                            Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenAanvraag a = dienst.lees(wie, id);
        ObjectNode invoer = invoer(a);
        ArrayNode gezin = gezin(invoer, regel);
        if (kind == null || kind < 0 || kind >= gezin.size()) {
            throw new Probleem(HttpStatus.NOT_FOUND, "GEZINSLID_NIET_GEVONDEN", "Gezinslid niet gevonden",
                    "deze regel heeft geen gezinslid met dit nummer");
        }
        gezin.remove(kind.intValue());
        return bewaar(wie, a, versie, invoer, model, antwoord, doorgeven, "regel-" + regel, "");
    }

    private String bewaar(Medewerker wie, OpgeslagenAanvraag a, Integer versie, ObjectNode invoer, Model model,
                          HttpServletResponse antwoord, RedirectAttributes doorgeven, String veld, String getypt) {
        try {
            dienst.wijzig(wie, a.id(), versie == null ? -1 : versie, invoer.toString(), null, null);
        } catch (AanvraagGewijzigd e) {
            // someone saved the request since this page was read: show the newest, say so, keep what was typed
            model.addAttribute("gewijzigd", true);
            antwoord.setStatus(HttpStatus.CONFLICT.value());
            vul(model, dienst.lees(wie, a.id()), new Formulierfouten(), Map.of(veld, getypt));
            return "aanvraag/gezin";
        } catch (Veldfouten e) {
            Formulierfouten fouten = new Formulierfouten();
            boolean geboortedatum = e.fouten().stream().anyMatch(f -> "ANDERE_GEBOORTEDATUM".equals(f.get("code")));
            fouten.voegToe(veld, geboortedatum ? "aanvraag.gezin.fout.geboortedatum" : "aanvraag.gezin.fout.opslaan");
            return opnieuw(model, antwoord, a, fouten, Map.of(veld, getypt));
        }
        doorgeven.addFlashAttribute("opgeslagen", true);
        return "redirect:/aanvragen/" + a.id() + "/gezin";
    }

    private String opnieuw(Model model, HttpServletResponse antwoord, OpgeslagenAanvraag a, Formulierfouten fouten,
                           Map<String, String> getypt) {
        vul(model, a, fouten, getypt);
        antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "aanvraag/gezin";
    }

    /** The first name the family uses for the child in the request: the record's first word. */
    private static String voornaam(String naam) {
        String[] delen = naam.strip().split("\\s+");
        return delen[0];
    }

    private static ObjectNode invoer(OpgeslagenAanvraag a) {
        try {
            if (JSON.readTree(a.invoer()) instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            // below
        }
        throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_ONLEESBAAR", "Aanvraag niet te lezen",
                "de opgeslagen aanvraag is geen JSON-object; pas hem aan via het formulier");
    }

    /** The family list of line {@code regel}, made when absent; 404 for a line that does not exist. */
    private static ArrayNode gezin(ObjectNode invoer, Integer regel) {
        JsonNode producten = invoer.path("producten");
        if (regel == null || regel < 0 || !producten.isArray() || regel >= producten.size()
                || !(producten.get(regel) instanceof ObjectNode r)) {
            throw new Probleem(HttpStatus.NOT_FOUND, "REGEL_NIET_GEVONDEN", "Regel niet gevonden",
                    "de aanvraag heeft geen productregel met dit nummer");
        }
        if (r.get("gezin") instanceof ArrayNode lijst) {
            return lijst;
        }
        return r.putArray("gezin");
    }

    private void vul(Model model, OpgeslagenAanvraag a, Formulierfouten fouten, Map<String, String> getypt) {
        ObjectNode invoer;
        try {
            invoer = invoer(a);
        } catch (Probleem p) {
            invoer = JSON.createObjectNode();
        }
        Regeling regeling = regeling(invoer);
        List<Regel> regels = new ArrayList<>();
        JsonNode producten = invoer.path("producten");
        for (int i = 0; i < producten.size(); i++) {
            JsonNode r = producten.get(i);
            String product = r.path("product").asText("");
            var p = regeling == null ? null : regeling.product(product);
            boolean gezinsproduct = p != null && p.bijzondereRegels().gezinsproduct() != null;
            JsonNode gezin = r.path("gezin");
            if (!gezinsproduct && gezin.isEmpty()) {
                continue;
            }
            List<Lid> leden = new ArrayList<>();
            for (int k = 0; k < gezin.size(); k++) {
                JsonNode g = gezin.get(k);
                JsonNode c = g.path("client_id");
                leden.add(new Lid(k, g.path("naam").asText(""), g.path("geboortedatum").asText(""),
                        c.canConvertToLong() ? c.asLong() : null));
            }
            regels.add(new Regel(i, product, leden));
        }
        model.addAttribute("aanvraag", a);
        model.addAttribute("regels", regels);
        model.addAttribute("fouten", fouten);
        model.addAttribute("getypt", getypt);
        model.addAttribute("wijzigbaar", a.status() != Aanvraagstatus.BESLOTEN);
        if (!model.containsAttribute("gewijzigd")) {
            model.addAttribute("gewijzigd", false);
        }
    }

    private Regeling regeling(ObjectNode invoer) {
        try {
            return regelingen.nu().voor(invoer.path("regio").asText(""), LocalDate.parse(invoer.path("peildatum").asText("")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }
}
