package nl.indiceer.web.aanvraag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.json.UitkomstJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * The request form computed as the consultant types: the form as request JSON ({@link FormulierJson}), read and
 * computed by the engine exactly as {@code POST /api/berekening} does (the same reader, engine and result JSON), the
 * engine's problems placed at the fields ({@link Veldkaart}), and the task form of each Wmo line computed by the
 * normenkader calculator. A pure computation of what the page sends: no database, no client file read, nothing
 * audited (the save goes through {@link AanvraagDienst}, which takes the date of birth from the client record).
 */
@Component
public class Aanvraagberekening {

    private static final Logger LOG = LoggerFactory.getLogger(Aanvraagberekening.class);

    private final RegelingenInWerking motor;
    private final Normeringberekening normering;

    public Aanvraagberekening(RegelingenInWerking motor, Normeringberekening normering) {
        this.motor = motor;
        this.normering = normering;
    }

    public Paginauitkomst bereken(Aanvraagformulier f) {
        return bereken(f, List.of());
    }

    /**
     * The form computed with {@code uitBesluiten}, the client's allocations from its stored decisions, added after the
     * typed ones (see {@link FormulierJson#json(Aanvraagformulier, List)}).
     */
    public Paginauitkomst bereken(Aanvraagformulier f, List<LopendeToewijzing> uitBesluiten) {
        Map<String, Object> uitkomst = null;
        List<Veldkaart.Veldfout> fouten = new ArrayList<>();
        try {
            uitkomst = Uitkomstweergave.alsMap(UitkomstJson.schrijf(motor.motor().bereken(AanvraagLezer.lees(FormulierJson.json(f, uitBesluiten)))));
        } catch (OngeldigeAanvraagException e) {
            fouten.addAll(Veldkaart.van(f).plaats(e.fouten()));
        } catch (RuntimeException e) {
            // the message could quote the input: only its kind goes to the log
            LOG.error("Berekening op de aanvraagpagina mislukt: {}", e.getClass().getName());
            fouten.add(new Veldkaart.Veldfout(null, "$", null));
        }
        Map<Integer, Normeringberekening.Uitkomst> normeringen = new LinkedHashMap<>();
        for (int i = 0; i < f.producten().size(); i++) {
            Normeringvelden v = f.producten().get(i).normering();
            if (v.gekozen()) {
                Normeringberekening.Uitkomst n = normering.bereken(i, v, f.regio(), f.peildatum());
                normeringen.put(i, n);
                fouten.addAll(n.fouten());
            }
        }
        return new Paginauitkomst(uitkomst, fouten, Veldkaart.perVeld(fouten), normeringen, false);
    }
}
