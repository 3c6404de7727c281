package nl.indiceer.web.beschikking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.web.aanvraag.Paginauitkomst;
import nl.indiceer.web.aanvraag.Uitkomstweergave;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Besluiten page of a request handed over (INGEDIEND): {@code GET /aanvragen/{id}/besluiten} shows per line the
 * product, period, volume, cost, rekensom and findings (computed anew under the request's recorded rulebook version,
 * as the decision will be), and asks per line toekennen or afwijzen (with a reason), the hardheidsclausule where a
 * FOUT blocks, the motivation where warnings need one (offered from the request line's own). {@code POST} decides
 * through {@link BeschikkingDienst}; while something is missing it answers 422 with each item at its field, a summary
 * at the top, and everything typed kept. A request not ready or already decided is the service's 409 page.
 *
 * <p>A change (wijziging, verlenging, beëindiging, intrekking) is chosen on the same page: the soort, the decision it
 * changes (one of the client's latest), and per line the allocation. They are offered from what the request itself
 * says (a line that {@code verlengt} an allocation) or from the change started on a decision page (kept in the
 * session, see {@link BeschikkingPagina}).
 *
 * <p>Choice: a client without a postal address cannot be decided on here. The letter is the decision's reason to
 * exist and cannot be sent without one; the page says so with a link to the address page, and refuses (422).
 */
@Controller
public class BesluitPagina {

    /** The session attribute of a change started on a decision page: "SOORT:vorigeId" per aanvraag id. */
    static final String VOORNEMEN = "beschikking.voornemen.";

    private final BeschikkingDienst dienst;
    private final BeschikkingOpslag opslag;
    private final ClientOpslag clienten;
    private final Huidige huidige;
    private final Audit audit;

    public BesluitPagina(BeschikkingDienst dienst, BeschikkingOpslag opslag, ClientOpslag clienten, Huidige huidige,
                         Audit audit) {
        this.dienst = dienst;
        this.opslag = opslag;
        this.clienten = clienten;
        this.huidige = huidige;
        this.audit = audit;
    }

    @GetMapping("/aanvragen/{id}/besluiten")
    public String toon(@PathVariable("id") long id, HttpSession sessie, Model model) {
        Medewerker wie = huidige.medewerker();
        BeschikkingDienst.Besluitbaar b = dienst.besluitbaar(wie, id);
        Client client = client(wie, b);
        List<OpgeslagenBeschikking> eerdere = opslag.vanClient(client.id(), wie.gemeenten());
        Besluitformulier f = voorstel(b, sessie.getAttribute(VOORNEMEN + id), eerdere);
        vul(model, b, client, f, eerdere, List.of());
        return "beschikking/besluiten";
    }

    @PostMapping("/aanvragen/{id}/besluiten")
    public String besluit(@PathVariable("id") long id, HttpServletRequest verzoek, HttpServletResponse antwoord,
                          HttpSession sessie, Model model, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        BeschikkingDienst.Besluitbaar b = dienst.besluitbaar(wie, id);
        Client client = client(wie, b);
        List<OpgeslagenBeschikking> eerdere = opslag.vanClient(client.id(), wie.gemeenten());
        Besluitformulier f = Besluitformulier.van(verzoek.getParameterMap(), b.uitkomst().regels().size());

        List<Map<String, String>> veldfouten = new ArrayList<>();
        Beschikkingsoort soort = Besluitkeuzes.soort(f.soort(), veldfouten);
        Besluitkeuzes.Uitkomst keuzes = Besluitkeuzes.van(f.regels());
        veldfouten.addAll(keuzes.fouten());
        Long vorigeId = f.vorige().matches("[0-9]{1,18}") ? Long.valueOf(f.vorige()) : null;
        if (soort.verwijstNaarVorige() && vorigeId == null) {
            veldfouten.add(Veldfouten.fout("vorigeId", "VORIGE_ONTBREEKT", "kies de beschikking die u wijzigt"));
        }
        if (!soort.verwijstNaarVorige()) {
            vorigeId = null;
        }
        List<Besluitmelding> meldingen = new ArrayList<>(Besluitmelding.vanVeldfouten(veldfouten));
        meldingen.addAll(Besluitmelding.van(dienst.ontbrekend(b, soort, keuzes.keuzes())));
        if (client.adres() == null) {
            meldingen.add(new Besluitmelding(null, null, "beschikking.fout.adres", List.of()));
        }
        try {
            dienst.alsGeheel(b, keuzes.keuzes());
        } catch (AlsGeheelGeweigerd geheel) {
            alsGeheel(geheel, meldingen, model);
        }
        if (meldingen.isEmpty()) {
            Integer versie = f.versie().matches("[0-9]{1,9}") ? Integer.valueOf(f.versie()) : null;
            try {
                OpgeslagenBeschikking genomen = dienst.besluit(wie,
                        new Besluitverzoek(id, versie, soort, vorigeId, keuzes.keuzes()));
                sessie.removeAttribute(VOORNEMEN + id);
                doorgeven.addFlashAttribute("genomen", true);
                return "redirect:/beschikkingen/" + genomen.id();
            } catch (BesluitOnvolledig onvolledig) {
                meldingen.addAll(Besluitmelding.van(onvolledig.ontbrekend()));
            } catch (Veldfouten ongeldig) {
                meldingen.addAll(Besluitmelding.vanVeldfouten(ongeldig.fouten()));
            } catch (AlsGeheelGeweigerd geheel) {
                alsGeheel(geheel, meldingen, model);
            } catch (Probleem p) {
                if (p.status() != HttpStatus.CONFLICT) {
                    throw p;
                }
                // changed meanwhile, or the decision was changed by a colleague: say so, keep the input
                antwoord.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", p.code());
                vul(model, b, client, f, eerdere, meldingen);
                return "beschikking/besluiten";
            }
        }
        antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        vul(model, b, client, f, eerdere, meldingen);
        return "beschikking/besluiten";
    }

    /** A 317 judged as a whole: each refused line says so at its choice, the alert links to the 317. */
    private static void alsGeheel(AlsGeheelGeweigerd geheel, List<Besluitmelding> meldingen, Model model) {
        for (int r : geheel.afgewezen()) {
            meldingen.add(new Besluitmelding(Besluitmelding.veld(r, "besluit"), r, "beschikking.fout.als-geheel", List.of()));
        }
        model.addAttribute("alsGeheel", geheel.inkomendBericht());
    }

    private Client client(Medewerker wie, BeschikkingDienst.Besluitbaar b) {
        Client client = clienten.metId(b.opgeslagen().clientId(), wie.gemeenten())
                .orElseThrow(BeschikkingDienst::nietGevonden);
        audit.noteer("CLIENT_GELEZEN", "client", client.id(), null);
        return client;
    }

    /** The form as first shown: undecided lines, their own motivation, and a change as the request or session says. */
    private static Besluitformulier voorstel(BeschikkingDienst.Besluitbaar b, Object voornemen,
                                             List<OpgeslagenBeschikking> eerdere) {
        String soort = "";
        String vorige = "";
        if (voornemen instanceof String v && v.matches("[A-Z]+:[0-9]+")) {
            soort = v.substring(0, v.indexOf(':'));
            vorige = v.substring(v.indexOf(':') + 1);
        }
        OpgeslagenBeschikking vorigeBeschikking = eerdere.stream().filter(e -> Long.toString(e.id()).equals(
                voornemen instanceof String v ? v.substring(v.indexOf(':') + 1) : "")).findFirst().orElse(null);
        Map<String, String> perProduct = new LinkedHashMap<>();
        if (vorigeBeschikking != null) {
            for (var r : nl.indiceer.json.BeschikkingJson.tijdlijn(vorigeBeschikking.inhoud()).regels()) {
                if (r.toegekend()) {
                    perProduct.putIfAbsent(r.product(), r.toewijzing());
                }
            }
        }
        List<Besluitkeuzes.Regel> regels = new ArrayList<>();
        List<Productregel> producten = b.aanvraag().producten();
        for (int i = 0; i < producten.size(); i++) {
            Productregel p = producten.get(i);
            String motivering = p.onderbouwing() == null || p.onderbouwing().motivering() == null ? "" : p.onderbouwing().motivering();
            String hardheid = p.onderbouwing() == null || p.onderbouwing().hardheidsclausule() == null ? "" : p.onderbouwing().hardheidsclausule();
            String toewijzing = p.soort() instanceof Regelsoort.Vervolg v ? v.toewijzing() : perProduct.getOrDefault(p.product(), "");
            if (soort.isEmpty() && p.soort() instanceof Regelsoort.Verlengt v) {
                soort = Beschikkingsoort.VERLENGING.name();
                vorige = laatsteVan(v.toewijzing(), eerdere);
            }
            regels.add(new Besluitkeuzes.Regel(i, "", "", hardheid, motivering, toewijzing));
        }
        return new Besluitformulier(soort.isEmpty() ? Beschikkingsoort.EERSTE.name() : soort, vorige,
                Integer.toString(b.opgeslagen().versie()), regels);
    }

    /** The id of the latest decision in the line of decisions that started the allocation {@code <kenmerk>/<regel>}. */
    static String laatsteVan(String toewijzing, List<OpgeslagenBeschikking> eerdere) {
        String kenmerk = toewijzing.contains("/") ? toewijzing.substring(0, toewijzing.lastIndexOf('/')) : toewijzing;
        OpgeslagenBeschikking b = eerdere.stream().filter(e -> e.kenmerk().equals(kenmerk)).findFirst().orElse(null);
        while (b != null) {
            long huidig = b.id();
            OpgeslagenBeschikking volgende = eerdere.stream().filter(e -> e.vorigeId() != null && e.vorigeId() == huidig)
                    .findFirst().orElse(null);
            if (volgende == null) {
                return Long.toString(b.id());
            }
            b = volgende;
        }
        return "";
    }

    private void vul(Model model, BeschikkingDienst.Besluitbaar b, Client client, Besluitformulier f,
                     List<OpgeslagenBeschikking> eerdere, List<Besluitmelding> meldingen) {
        Paginauitkomst berekening = new Paginauitkomst(Uitkomstweergave.alsMap(UitkomstJson.schrijf(b.uitkomst())),
                List.of(), Map.of(), Map.of(), false);
        model.addAttribute("aanvraag", b.opgeslagen());
        model.addAttribute("client", client);
        model.addAttribute("formulier", f);
        model.addAttribute("berekening", berekening);
        model.addAttribute("aantalRegels", b.uitkomst().regels().size());
        // which lines have a FOUT (the hardheidsclausule field is offered there) or a warning
        Set<Integer> metFout = b.uitkomst().regels().stream()
                .filter(r -> nl.indiceer.beschikking.Besluitregels.bevindingen(b.uitkomst(), r).stream().anyMatch(x -> x.ernst() == Ernst.FOUT))
                .map(r -> r.index()).collect(Collectors.toSet());
        model.addAttribute("metFout", metFout);
        Set<Long> gewijzigd = eerdere.stream().map(OpgeslagenBeschikking::vorigeId).filter(x -> x != null).collect(Collectors.toSet());
        List<OpgeslagenBeschikking> vorigen = new ArrayList<>(eerdere.stream().filter(e -> !gewijzigd.contains(e.id())).toList());
        java.util.Collections.reverse(vorigen);
        model.addAttribute("vorigen", vorigen);
        List<LopendeToewijzing> toewijzingen = eerdere.isEmpty() ? List.of()
                : BeschikkingDienst.tijdlijn(eerdere).voorAanvraag(b.aanvraag().peildatum());
        model.addAttribute("toewijzingen", toewijzingen);
        model.addAttribute("soorten", Beschikkingsoort.values());
        Map<String, List<Besluitmelding>> perVeld = new LinkedHashMap<>();
        for (Besluitmelding m : meldingen) {
            if (m.veld() != null) {
                perVeld.computeIfAbsent(m.veld(), k -> new ArrayList<>()).add(m);
            }
        }
        model.addAttribute("meldingen", meldingen);
        model.addAttribute("perVeld", perVeld);
    }
}
