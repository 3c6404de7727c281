package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.normenkader.Factor;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkader;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.normenkader.NormeringJson;
import nl.indiceer.normenkader.Taak;
import nl.indiceer.normenkader.TakenLezer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * The normenkader task form of a line computed with issue 3's calculator, exactly as {@code POST /api/normering}
 * does: the form becomes the tasks JSON of docs/normenkader-formaat.md (read by {@link TakenLezer}, with its checks
 * and messages), with the aanvraag's peildatum and region (weeks per month from its rulebook). The calculator's
 * problems are placed at the task's fields (JSON path {@code taken[0].afwijking.motivering} to the id
 * {@code producten-0-normering-taken-3-afwijking-motivering}).
 */
@Component
public class Normeringberekening {

    private static final Logger LOG = LoggerFactory.getLogger(Normeringberekening.class);
    private static final JsonNodeFactory KNOOP = JsonNodeFactory.instance;
    private static final Pattern GETAL = Pattern.compile("[+-]?[0-9]{1,12}([.,][0-9]{1,12})?");

    /**
     * The outcome for one line: {@code normering} (the calculator's JSON as a map, for the page) and {@code resultaat}
     * when computed, else the problems at their places. Both empty when no task was chosen yet.
     */
    public record Uitkomst(Map<String, Object> normering, Normering resultaat, List<Veldkaart.Veldfout> fouten) {

        static final Uitkomst LEEG = new Uitkomst(null, null, List.of());

        public boolean berekend() {
            return resultaat != null;
        }
    }

    private final Normenkaders normenkaders;
    private final RegelingenInWerking regelingen;
    private final Aanvraagkeuzes keuzes;

    public Normeringberekening(Normenkaders normenkaders, RegelingenInWerking regelingen, Aanvraagkeuzes keuzes) {
        this.normenkaders = normenkaders;
        this.regelingen = regelingen;
        this.keuzes = keuzes;
    }

    /** The field ids of a line's task form that have a message place on the page (see the template's 'normering'). */
    Set<String> ids(int regel, Normeringvelden v, String peildatum) {
        Set<String> ids = new LinkedHashSet<>();
        String basis = "producten-" + regel + "-normering";
        ids.add(basis);
        ids.add(basis + "-normenkader");
        Normenkader kader = keuzes.normenkader(v.normenkader(), peildatum);
        if (kader == null) {
            return ids;
        }
        for (int t = 0; t < kader.taken().size(); t++) {
            Taak taak = kader.taken().get(t);
            String p = basis + "-taken-" + t;
            ids.add(p);
            if (keuzes.ritmes(taak).size() > 1) {
                ids.add(p + "-ritme");
            }
            if (keuzes.perKeer(taak)) {
                ids.add(p + "-keer");
                ids.add(p + "-per");
            }
            for (String veld : List.of("capaciteit-0", "capaciteit-0-soort", "capaciteit-0-deel", "capaciteit-0-minuten",
                    "capaciteit-0-per", "capaciteit-0-toelichting", "afwijking", "afwijking-minuten", "afwijking-per",
                    "afwijking-motivering")) {
                ids.add(p + "-" + veld);
            }
            List<Factor> factoren = kader.factoren(taak);
            for (int f = 0; f < factoren.size(); f++) {
                ids.add(p + "-factoren-" + f);
                Factor factor = factoren.get(f);
                if (factor.werking() == Factor.Werking.OPTELLING && factor.optelling().maximaalAantal() != null) {
                    ids.add(p + "-factoren-" + f + "-aantal");
                } else if (factor.werking() == Factor.Werking.TABEL) {
                    ids.add(p + "-factoren-" + f + "-waarde");
                }
            }
        }
        return ids;
    }

    public Uitkomst bereken(int regel, Normeringvelden v, String regio, String peildatum) {
        if (!v.gekozen()) {
            return Uitkomst.LEEG;
        }
        String basis = "producten-" + regel + "-normering";
        Veldkaart kaart = new Veldkaart(ids(regel, v, peildatum)).koppel("normenkader", basis + "-normenkader");
        ObjectNode root = taken(regel, v, peildatum, kaart);
        if (root == null) {
            return Uitkomst.LEEG;
        }
        if (peildatum != null && !peildatum.isBlank()) {
            root.put("peildatum", peildatum.strip());
        }
        if (regio != null && !regio.isBlank()) {
            root.put("regio", regio.strip());
        }
        try {
            Normering n = new Normcalculator(normenkaders, regelingen.nu()).bereken(TakenLezer.lees(root.toString()));
            return new Uitkomst(Uitkomstweergave.alsMap(NormeringJson.schrijf(n)), n, List.of());
        } catch (OngeldigeAanvraagException e) {
            List<Veldkaart.Veldfout> fouten = new ArrayList<>();
            for (Veldkaart.Veldfout f : kaart.plaats(e.fouten())) {
                // a problem without a field of the task form (peildatum, regio) stands at the task form itself
                fouten.add(f.id() == null ? new Veldkaart.Veldfout(basis, f.pad(), f.melding()) : f);
            }
            return new Uitkomst(null, null, fouten);
        } catch (RuntimeException e) {
            LOG.error("Normering op de aanvraagpagina mislukt: {}", e.getClass().getName());
            return new Uitkomst(null, null, List.of(new Veldkaart.Veldfout(basis, "$", "kon niet berekenen")));
        }
    }

    /**
     * The line's task form as the request stores it ({@code producten[].normering}: normenkader and tasks, without
     * peildatum and region, which are the request's), so a decision can record the norm the volume rests on. Null
     * when no normenkader or no task is chosen yet.
     */
    ObjectNode alsAanvraagJson(int regel, Normeringvelden v, String peildatum) {
        return v.gekozen() ? taken(regel, v, peildatum, new Veldkaart(ids(regel, v, peildatum))) : null;
    }

    /** {@link #alsAanvraagJson} of every line of the form that has a task form. */
    Map<Integer, ObjectNode> alsAanvraagJson(Aanvraagformulier f) {
        Map<Integer, ObjectNode> uit = new java.util.HashMap<>();
        for (int i = 0; i < f.producten().size(); i++) {
            ObjectNode n = alsAanvraagJson(i, f.producten().get(i).normering(), f.peildatum());
            if (n != null) {
                uit.put(i, n);
            }
        }
        return uit;
    }

    /** Normenkader and chosen tasks as the calculator reads them; null when the normenkader is known but no task chosen. */
    private ObjectNode taken(int regel, Normeringvelden v, String peildatum, Veldkaart kaart) {
        String basis = "producten-" + regel + "-normering";
        Normenkader kader = keuzes.normenkader(v.normenkader(), peildatum);
        ObjectNode root = KNOOP.objectNode();
        root.put("normenkader", v.normenkader().strip());
        ArrayNode taken = root.putArray("taken");
        if (kader != null) {
            for (int t = 0; t < kader.taken().size(); t++) {
                Normeringvelden.Taak invoer = v.taak(t);
                if (!invoer.gekozen()) {
                    continue;
                }
                String taakId = basis + "-taken-" + t;
                kaart.koppel("taken[" + taken.size() + "]", taakId);
                taken.add(taak(kader, kader.taken().get(t), invoer, taken.size(), taakId, kaart));
            }
        }
        return kader != null && taken.isEmpty() ? null : root;
    }

    private static ObjectNode taak(Normenkader kader, Taak taak, Normeringvelden.Taak invoer, int index, String taakId,
                                   Veldkaart kaart) {
        ObjectNode o = KNOOP.objectNode();
        o.put("taak", taak.code());
        tekst(o, "ritme", invoer.ritme());
        if (invoer.referentie()) {
            o.put("basis", "referentie");
        }
        if (!invoer.keer().isBlank() || !invoer.per().isBlank()) {
            ObjectNode f = o.putObject("frequentie");
            getal(f, "keer", invoer.keer());
            tekst(f, "per", invoer.per());
            kaart.koppel("taken[" + index + "].frequentie", taakId + "-keer");
            kaart.koppel("taken[" + index + "].frequentie.per", taakId + "-per");
        } else {
            kaart.koppel("taken[" + index + "].frequentie", taakId + "-keer");
        }
        List<Factor> factoren = kader.factoren(taak);
        ArrayNode gekozen = KNOOP.arrayNode();
        for (int f = 0; f < factoren.size(); f++) {
            Normeringvelden.Factor keuze = invoer.factor(f);
            if (!keuze.toegepast()) {
                continue;
            }
            kaart.koppel("taken[" + index + "].factoren[" + gekozen.size() + "]", taakId + "-factoren-" + f);
            ObjectNode k = gekozen.addObject();
            k.put("factor", factoren.get(f).code());
            tekst(k, "waarde", keuze.waarde());
            getal(k, "aantal", keuze.aantal());
        }
        if (!gekozen.isEmpty()) {
            o.set("factoren", gekozen);
        }
        Normeringvelden.Capaciteit c = invoer.capaciteit();
        if (!c.soort().isBlank() || !c.deel().isBlank() || !c.minuten().isBlank() || !c.toelichting().isBlank()) {
            ObjectNode co = o.putArray("capaciteit").addObject();
            tekst(co, "soort", c.soort());
            getal(co, "deel", c.deel());
            getal(co, "minuten", c.minuten());
            if (!c.minuten().isBlank()) {
                tekst(co, "per", c.per());
            }
            tekst(co, "toelichting", c.toelichting());
        }
        Normeringvelden.Afwijking a = invoer.afwijking();
        if (a.ingevuld()) {
            ObjectNode ao = o.putObject("afwijking");
            getal(ao, "minuten", a.minuten());
            tekst(ao, "per", a.per());
            tekst(ao, "motivering", a.motivering());
        }
        return o;
    }

    private static void tekst(ObjectNode o, String sleutel, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            o.put(sleutel, waarde.strip());
        }
    }

    private static void getal(ObjectNode o, String sleutel, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return;
        }
        String w = waarde.strip().replace(" ", "");
        if (GETAL.matcher(w).matches()) {
            o.put(sleutel, new BigDecimal(w.replace(',', '.')));
        } else {
            o.put(sleutel, waarde.strip());
        }
    }
}
