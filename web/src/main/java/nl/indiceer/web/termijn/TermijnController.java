package nl.indiceer.web.termijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.termijn.Termijn;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/termijnen}: the deadlines list of {@link TermijnPagina} as JSON. */
@RestController
@Tag(name = "Termijnen", description = "Wat binnenkort afloopt of te laat is, per gemeente en consulent")
public class TermijnController {

    private final TermijnDienst dienst;
    private final Huidige huidige;

    public TermijnController(TermijnDienst dienst, Huidige huidige) {
        this.dienst = dienst;
        this.huidige = huidige;
    }

    public record Antwoord(LocalDate vandaag, int weken, List<Regel> termijnen) {
    }

    /**
     * @param bron      the rule the deadline rests on ("001:1837-1894, 2688-2694"); null for an allocation's own end
     * @param berichtId   for a provider's request (315, 317): the incoming message; beschikkingId is 0 then
     * @param clientId    null: a request about a client not known in the municipality
     * @param toegewezen  false: nobody decided for this client yet, so the line is shown to every consultant of the
     *                    municipality ("nog niet toegewezen"; consulent is null)
     */
    public record Regel(String soort, LocalDate datum, boolean verlopen, String toewijzing, String product,
                        String aanbieder, String bron, Long clientId, String gemeentecode, String consulent,
                        boolean toegewezen, long beschikkingId, Long berichtId) {

        static Regel van(Termijnregel r, LocalDate vandaag) {
            Termijn t = r.termijn();
            return new Regel(t.soort().name(), t.datum(), t.verlopen(vandaag), t.toewijzing(), t.product(), t.aanbieder(),
                    t.bron() == null ? null : t.bron().tekst(), r.clientId(), r.gemeentecode(), r.consulent(),
                    r.consulent() != null, r.beschikkingId(), r.berichtId());
        }
    }

    @Operation(summary = "Termijnen: toewijzingen die binnenkort eindigen, lopende garantiefases, evaluatiemomenten, no-showbesluiten, te beantwoorden verzoeken (315, 317; ook van onbekende cliënten en te laat ontvangen 317s) en ontbrekende start- en stopberichten (305, 307), vroegste eerst. Met een consulent als filter staan verzoeken die nog van niemand zijn er ook op (toegewezen: false).")
    @GetMapping(value = "/api/termijnen", produces = MediaType.APPLICATION_JSON_VALUE)
    public Antwoord lijst(@RequestParam(name = "gemeente", required = false) String gemeente,
                          @RequestParam(name = "consulent", required = false) String consulent,
                          @RequestParam(name = "weken", required = false) String weken) {
        Medewerker wie = huidige.medewerker();
        Termijnfilter f = Termijnfilter.van(wie, gemeente, consulent, weken);
        if (!f.fouten().isEmpty()) {
            Map<String, String> meldingen = new LinkedHashMap<>(Map.of(
                    "gemeente", "geen gemeente van u (CBS-code, 4 cijfers)",
                    "consulent", "geen gebruikersnaam",
                    "weken", "een geheel getal van 1 tot en met " + TermijnDienst.MAXIMAAL_WEKEN));
            throw new Veldfouten("ONGELDIG_FILTER", "Ongeldig filter", f.fouten().entrySet().stream()
                    .map(e -> Veldfouten.fout(e.getKey(), e.getValue(), meldingen.get(e.getKey()))).toList());
        }
        LocalDate vandaag = LocalDate.now(TermijnPagina.NEDERLAND);
        return new Antwoord(vandaag, f.weken(), dienst.lijst(wie, f.gemeente(), f.consulent(), f.weken(), vandaag).stream()
                .map(r -> Regel.van(r, vandaag)).toList());
    }
}
