package nl.indiceer.web.aanvraag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.normenkader.Productkoppeling;
import nl.indiceer.regeling.Periode;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import nl.indiceer.aanvraag.LopendeToewijzing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request (aanvraag) page: one form for a new request and for a saved one, computed as the consultant types.
 * <ul>
 * <li>{@code GET /aanvragen/nieuw?client=12}, {@code GET /aanvragen/{id}}: the page. Another municipality's client or
 *     aanvraag is a 404, exactly as one that does not exist.</li>
 * <li>{@code POST /aanvragen/berekenen} (htmx, on every pause in typing): only the result regions, each with its id
 *     swapped out of band (per line volume, cost, rekensom and findings; overall totals, combinations and general
 *     findings; the message place of every field; the polite live region), never an input, so focus and caret stay.
 *     422 when a field is wrong (the engine's message at the field), else 200. Reads no client file and stores nothing.</li>
 * <li>{@code POST /aanvragen/formulier} with {@code actie}: add or remove a line, post or running allocation, take a
 *     normering over as posten, or refresh after a change of region, product or normenkader (new choices). With htmx
 *     the form's content comes back (inputs as typed); without JavaScript the whole page.</li>
 * <li>{@code POST /aanvragen/opslaan} with {@code actie} opslaan, indienen (status INGEDIEND, "Klaar voor besluit") or
 *     overschrijven (explicitly, after a conflict): through {@link AanvraagDienst}, with the date of birth from the
 *     client record. A stale version: 409 with the message and everything the consultant typed still in the form.</li>
 * </ul>
 * Which choices the page offers: {@link Aanvraagkeuzes}; how the form becomes request JSON: {@link FormulierJson}.
 */
@Controller
public class AanvraagPagina {

    private final AanvraagDienst dienst;
    private final ClientOpslag clienten;
    private final Huidige huidige;
    private final Audit audit;
    private final Aanvraagkeuzes keuzes;
    private final Aanvraagberekening berekening;
    private final Normeringberekening normering;
    private final NormeringInFormulier normeringInFormulier;
    private final ObjectProvider<ToewijzingenUitBesluiten> toewijzingen;

    public AanvraagPagina(AanvraagDienst dienst, ClientOpslag clienten, Huidige huidige, Audit audit,
                          Aanvraagkeuzes keuzes, Aanvraagberekening berekening, Normeringberekening normering,
                          NormeringInFormulier normeringInFormulier, ObjectProvider<ToewijzingenUitBesluiten> toewijzingen) {
        this.normeringInFormulier = normeringInFormulier;
        this.dienst = dienst;
        this.clienten = clienten;
        this.huidige = huidige;
        this.audit = audit;
        this.keuzes = keuzes;
        this.berekening = berekening;
        this.normering = normering;
        this.toewijzingen = toewijzingen;
    }

    @GetMapping("/aanvragen/nieuw")
    public String nieuw(@RequestParam(name = "client", required = false) String clientId, Model model) {
        Medewerker wie = huidige.medewerker();
        Client client = leesClient(wie, getal(clientId));
        String regio = keuzes.regioVoorGemeente(client.gemeentecode());
        Aanvraagformulier f = new Aanvraagformulier("", "", Long.toString(client.id()),
                client.geboortedatum().toString(), regio, client.gemeentecode(), LocalDate.now().toString(),
                List.of(Aanvraagformulier.Regel.leeg("uren")), List.of(), "");
        model.addAttribute("uitBesluiten", uitBesluiten(wie, f));
        vul(model, wie, f, Paginauitkomst.LEEG, client, null);
        return "aanvraag/formulier";
    }

    @GetMapping("/aanvragen/{id}")
    public String heropen(@PathVariable("id") String id, Model model) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenAanvraag a = dienst.lees(wie, getal(id));
        Client client = clienten.metId(a.clientId(), wie.gemeenten()).orElseThrow(AanvraagPagina::nietGevonden);
        audit.noteer("CLIENT_GELEZEN", "client", client.id(), null);
        Aanvraagformulier f = FormulierJson.formulier(a.invoer(), Long.toString(a.id()), Integer.toString(a.versie()),
                Long.toString(client.id()), client.geboortedatum().toString());
        f = normeringInFormulier.terug(f);
        if (a.status() == Aanvraagstatus.BESLOTEN) {
            // decided: shown as it was decided; derived anew, its own grant would stack on itself
            model.addAttribute("uitBesluiten", List.of());
            vul(model, wie, f, berekening.bereken(f), client, a);
            return "aanvraag/formulier";
        }
        // the allocations from decisions are derived anew (as they hold now), never kept as typed rows
        f = f.metLopende(f.lopende().stream().filter(l -> !ToewijzingenUitBesluiten.uitIndiceer(l.id())).toList());
        vul(model, wie, f, bereken(model, wie, f), client, a);
        return "aanvraag/formulier";
    }

    @PostMapping("/aanvragen/berekenen")
    public String berekenen(HttpServletRequest verzoek, HttpServletResponse antwoord, Model model) {
        Aanvraagformulier f = Aanvraagformulier.van(verzoek.getParameterMap());
        Medewerker wie = huidige.medewerker();
        Paginauitkomst u = bereken(model, wie, f);
        vulFormulier(model, wie, f, u);
        model.addAttribute("oob", true);
        antwoord.setStatus(u.heeftFouten() ? 422 : 200);
        return "aanvraag/formulier :: berekening";
    }

    @PostMapping("/aanvragen/formulier")
    public String formulier(@RequestParam(name = "actie", required = false) String actie, HttpServletRequest verzoek,
                            Model model) {
        Medewerker wie = huidige.medewerker();
        Aanvraagformulier f = Aanvraagformulier.van(verzoek.getParameterMap());
        String focus = null;
        String[] delen = actie == null ? new String[] {"verversen"} : actie.split(":");
        List<Aanvraagformulier.Regel> regels = new ArrayList<>(f.producten());
        switch (delen[0]) {
            case "regel-toevoegen" -> {
                regels.add(Aanvraagformulier.Regel.leeg("uren"));
                f = f.metRegels(regels);
                focus = "producten-" + (regels.size() - 1) + "-product";
            }
            case "regel-verwijderen" -> {
                int i = index(delen, 1, regels.size());
                regels.remove(i);
                f = f.metRegels(regels);
                focus = "regel-toevoegen";
            }
            case "post-toevoegen" -> {
                int i = index(delen, 1, regels.size());
                var r = regels.get(i);
                var product = keuzes.product(keuzes.regeling(f.regio(), f.peildatum()), r.product());
                List<Aanvraagformulier.Post> posten = new ArrayList<>(r.posten());
                posten.add(Aanvraagformulier.Post.leeg(keuzes.posteenheid(product)));
                regels.set(i, r.metPosten(posten));
                f = f.metRegels(regels);
                focus = "producten-" + i + "-posten-" + (posten.size() - 1) + "-omschrijving";
            }
            case "post-verwijderen" -> {
                int i = index(delen, 1, regels.size());
                var r = regels.get(i);
                List<Aanvraagformulier.Post> posten = new ArrayList<>(r.posten());
                posten.remove(index(delen, 2, posten.size()));
                regels.set(i, r.metPosten(posten));
                f = f.metRegels(regels);
                focus = "producten-" + i + "-post-toevoegen";
            }
            case "lopende-toevoegen" -> {
                List<Aanvraagformulier.Lopend> lopende = new ArrayList<>(f.lopende());
                lopende.add(Aanvraagformulier.Lopend.leeg("T" + (lopende.size() + 1)));
                f = f.metLopende(lopende);
                focus = "lopende_toewijzingen-" + (lopende.size() - 1) + "-product";
            }
            case "lopende-verwijderen" -> {
                List<Aanvraagformulier.Lopend> lopende = new ArrayList<>(f.lopende());
                lopende.remove(index(delen, 1, lopende.size()));
                f = f.metLopende(lopende);
                focus = "lopende-toevoegen";
            }
            case "overnemen" -> {
                int i = index(delen, 1, regels.size());
                f = overnemen(f, i, model);
                focus = "producten-" + i + "-overnemen";
            }
            default -> {
                // verversen: new choices after a change of region, peildatum, product or normenkader
            }
        }
        Paginauitkomst u = bereken(model, wie, f);
        vulFormulier(model, wie, f, u);
        model.addAttribute("focus", focus);
        if (verzoek.getHeader("HX-Request") != null) {
            return "aanvraag/formulier :: inhoud";
        }
        vulPagina(model, wie, f);
        return "aanvraag/formulier";
    }

    /**
     * The normering of line {@code i} as the line's posten, one per task, and the normenkader's motivation added to the
     * line's (as {@code normeer --product} builds its line, with {@link Productkoppeling}).
     */
    private Aanvraagformulier overnemen(Aanvraagformulier f, int i, Model model) {
        Aanvraagformulier.Regel r = f.producten().get(i);
        Normeringberekening.Uitkomst n = normering.bereken(i, r.normering(), f.regio(), f.peildatum());
        if (!n.berekend()) {
            model.addAttribute("nietOvergenomen", i);
            return f;
        }
        Normering resultaat = n.resultaat();
        Periode periode = "WEEK".equalsIgnoreCase(r.periode()) ? Periode.WEEK : Periode.MAAND;
        List<Aanvraagformulier.Post> posten = new ArrayList<>();
        for (nl.indiceer.aanvraag.Post p : resultaat.posten(periode)) {
            posten.add(new Aanvraagformulier.Post(p.omschrijving(), tekst(p.duur()), "minuten",
                    p.aantal().compareTo(BigDecimal.ONE) == 0 ? "" : tekst(p.aantal()),
                    p.per().name().toLowerCase(java.util.Locale.ROOT), ""));
        }
        String uitleg = Productkoppeling.motivering(resultaat, periode);
        String motivering = r.motivering().isBlank() ? uitleg
                : r.motivering().contains(uitleg) ? r.motivering() : r.motivering().strip() + "\n\n" + uitleg;
        List<Aanvraagformulier.Regel> regels = new ArrayList<>(f.producten());
        regels.set(i, r.metPostenEnMotivering(posten, motivering, periode.name()));
        model.addAttribute("overgenomen", i);
        return f.metRegels(regels);
    }

    @PostMapping("/aanvragen/opslaan")
    public String opslaan(@RequestParam(name = "actie", required = false) String actie, HttpServletRequest verzoek,
                          HttpServletResponse antwoord, Model model, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        boolean htmx = verzoek.getHeader("HX-Request") != null;
        Aanvraagformulier f = Aanvraagformulier.van(verzoek.getParameterMap());
        Client client = leesClient(wie, getal(f.clientId()));
        // the date of birth of the record, never the one the page sent
        f = f.metGeboortedatum(client.geboortedatum().toString());
        Aanvraagstatus status = "indienen".equals(actie) ? Aanvraagstatus.INGEDIEND : null;
        boolean nieuw = f.aanvraagId().isBlank();
        OpgeslagenAanvraag a;
        try {
            if (nieuw) {
                a = dienst.maak(wie, client.id(), FormulierJson.json(f, uitBesluiten(wie, f), normering.alsAanvraagJson(f)),
                        status == null ? Aanvraagstatus.CONCEPT : status);
            } else {
                String versie = "overschrijven".equals(actie) ? verzoek.getParameter("overschrijfVersie") : f.versie();
                a = dienst.wijzig(wie, getal(f.aanvraagId()), (int) Math.min(Integer.MAX_VALUE, getal(versie)),
                        FormulierJson.json(f, uitBesluiten(wie, f), normering.alsAanvraagJson(f)), status, client.id());
            }
        } catch (AanvraagGewijzigd conflict) {
            antwoord.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", conflict.huidig());
            model.addAttribute("conflictDoorMijzelf", conflict.huidig().gewijzigdDoor().equals(wie.gebruikersnaam()));
            return opnieuw(model, wie, f, client, htmx, "aanvraag/formulier :: melding");
        } catch (Veldfouten ongeldig) {
            // only when handing over a request the engine cannot compute (a draft is always saved)
            antwoord.setStatus(422);
            // the engine's problems, with their paths within the request (the API's are under "invoer")
            model.addAttribute("nietIngediend", ongeldig.fouten().stream()
                    .filter(m -> !"status".equals(m.get("pad")))
                    .map(m -> Map.of("pad", m.get("pad").replaceFirst("^invoer\\.?", ""), "melding", m.get("melding")))
                    .toList());
            return opnieuw(model, wie, f, client, htmx, "aanvraag/formulier :: opgeslagen");
        }
        Aanvraagformulier na = f.metOpslag(Long.toString(a.id()), Integer.toString(a.versie()));
        if (!htmx) {
            doorgeven.addFlashAttribute("opgeslagen", true);
            return "redirect:/aanvragen/" + a.id();
        }
        if (nieuw) {
            antwoord.setHeader("HX-Push-Url", verzoek.getContextPath() + "/aanvragen/" + a.id());
        }
        model.addAttribute("opgeslagen", true);
        model.addAttribute("aanvraag", a);
        model.addAttribute("client", client);
        model.addAttribute("oob", true);
        vulFormulier(model, wie, na, bereken(model, wie, na));
        return "aanvraag/formulier :: opgeslagen";
    }

    /** After a refused save: htmx gets the message (and the results), a plain form post the whole page as typed. */
    private String opnieuw(Model model, Medewerker wie, Aanvraagformulier f, Client client, boolean htmx, String fragment) {
        vulFormulier(model, wie, f, bereken(model, wie, f));
        model.addAttribute("client", client);
        if (htmx) {
            model.addAttribute("oob", true);
            return fragment;
        }
        OpgeslagenAanvraag a = f.aanvraagId().isBlank() ? null : dienst.lees(wie, getal(f.aanvraagId()));
        model.addAttribute("aanvraag", a);
        vulPagina(model, wie, f);
        return "aanvraag/formulier";
    }

    private void vul(Model model, Medewerker wie, Aanvraagformulier f, Paginauitkomst u, Client client,
                     OpgeslagenAanvraag a) {
        vulFormulier(model, wie, f, u);
        vulPagina(model, wie, f);
        model.addAttribute("client", client);
        model.addAttribute("aanvraag", a);
    }

    /**
     * The form computed with the client's allocations from the stored decisions added to the typed ones (which stay for
     * allocations from outside Indiceer); the derived ones go into the model as {@code uitBesluiten}.
     */
    private Paginauitkomst bereken(Model model, Medewerker wie, Aanvraagformulier f) {
        List<LopendeToewijzing> uitBesluiten = uitBesluiten(wie, f);
        model.addAttribute("uitBesluiten", uitBesluiten);
        return berekening.bereken(f, uitBesluiten);
    }

    /** The allocations of the form's client on its peildatum, from the decisions (scoped); none without a valid date. */
    private List<LopendeToewijzing> uitBesluiten(Medewerker wie, Aanvraagformulier f) {
        ToewijzingenUitBesluiten bron = toewijzingen.getIfAvailable();
        if (bron == null || !f.clientId().strip().matches("[0-9]{1,18}")) {
            return List.of();
        }
        LocalDate peildatum;
        try {
            peildatum = LocalDate.parse(f.peildatum().strip());
        } catch (java.time.format.DateTimeParseException e) {
            return List.of();
        }
        return bron.voorAanvraag(wie, Long.parseLong(f.clientId().strip()), peildatum);
    }

    /** What the form's content needs: the input as typed, its computation, the choices and the message places. */
    private void vulFormulier(Model model, Medewerker wie, Aanvraagformulier f, Paginauitkomst u) {
        var regeling = keuzes.regeling(f.regio(), f.peildatum());
        model.addAttribute("formulier", f);
        model.addAttribute("berekening", u);
        if (!model.containsAttribute("uitBesluiten")) {
            model.addAttribute("uitBesluiten", List.of());
        }
        model.addAttribute("regeling", regeling);
        model.addAttribute("gemeenten", keuzes.gemeentenamen(wie.gemeenten()));
        Set<String> ids = new LinkedHashSet<>(Veldkaart.ids(f));
        for (int i = 0; i < f.producten().size(); i++) {
            Aanvraagformulier.Regel r = f.producten().get(i);
            // the task form is on the page for a Wmo line, or once a normenkader is chosen (see the template)
            if (r.normering().gekozen() || keuzes.isWmo(regeling, keuzes.product(regeling, r.product()))) {
                ids.addAll(normering.ids(i, r.normering(), f.peildatum()));
            }
        }
        model.addAttribute("veldIds", ids);
    }

    private void vulPagina(Model model, Medewerker wie, Aanvraagformulier f) {
        if (!model.containsAttribute("client")) {
            model.addAttribute("client", leesClient(wie, getal(f.clientId())));
        }
        if (!model.containsAttribute("aanvraag")) {
            model.addAttribute("aanvraag", null);
        }
    }

    /** The client of one of the user's municipalities; else 404, exactly as a client that does not exist. */
    private Client leesClient(Medewerker wie, long id) {
        var client = clienten.metId(id, wie.gemeenten());
        if (client.isEmpty()) {
            audit.noteer("CLIENT_NIET_GEVONDEN", "client", id, null);
            throw nietGevonden();
        }
        return client.get();
    }

    private static Probleem nietGevonden() {
        return new Probleem(HttpStatus.NOT_FOUND, "NIET_GEVONDEN", "Niet gevonden",
                "er is niets met dit nummer in uw gemeenten");
    }

    /** A number from the address or a hidden field; anything else is a 400, never a 500. */
    private static long getal(String tekst) {
        if (tekst != null && tekst.strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(tekst.strip());
        }
        throw new Probleem(HttpStatus.BAD_REQUEST, "ONGELDIG_NUMMER", "Ongeldig nummer", "geen geldig nummer");
    }

    private static int index(String[] delen, int plaats, int aantal) {
        if (delen.length > plaats && delen[plaats].matches("[0-9]{1,3}")) {
            int i = Integer.parseInt(delen[plaats]);
            if (i < aantal) {
                return i;
            }
        }
        throw new Probleem(HttpStatus.BAD_REQUEST, "ONGELDIGE_ACTIE", "Ongeldige actie", "deze actie past niet bij het formulier");
    }

    private static String tekst(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
