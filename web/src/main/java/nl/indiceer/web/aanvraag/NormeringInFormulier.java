package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.indiceer.normenkader.Factor;
import nl.indiceer.normenkader.Normenkader;
import nl.indiceer.normenkader.Taak;
import org.springframework.stereotype.Component;

/**
 * A stored line's task form ({@code producten[].normering}) back in the form's fields, so the consultant sees and
 * changes the normering the volume rests on instead of losing it at the next save. The stored JSON names tasks and
 * factors by code; the form by their position in the normenkader in force on the request's peildatum. When that
 * normenkader no longer has a task or factor the stored form names, the stored JSON is left as it is (it travels
 * unchanged in the line's {@code overig} and is saved again), never half converted.
 */
@Component
class NormeringInFormulier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Aanvraagkeuzes keuzes;

    NormeringInFormulier(Aanvraagkeuzes keuzes) {
        this.keuzes = keuzes;
    }

    Aanvraagformulier terug(Aanvraagformulier f) {
        List<Aanvraagformulier.Regel> regels = new ArrayList<>();
        for (Aanvraagformulier.Regel r : f.producten()) {
            regels.add(terug(r, f.peildatum()));
        }
        return f.metRegels(regels);
    }

    private Aanvraagformulier.Regel terug(Aanvraagformulier.Regel r, String peildatum) {
        ObjectNode overig;
        try {
            overig = r.overig() == null || r.overig().isBlank() ? null
                    : JSON.readTree(r.overig()) instanceof ObjectNode o ? o : null;
        } catch (JsonProcessingException e) {
            overig = null;
        }
        if (overig == null || !(overig.get("normering") instanceof ObjectNode opgeslagen)) {
            return r;
        }
        Normeringvelden velden = velden(opgeslagen, peildatum);
        if (velden == null) {
            return r;
        }
        overig.remove("normering");
        return new Aanvraagformulier.Regel(r.product(), r.variant(), r.financiering(), r.aanbieder(), r.begindatum(),
                r.einddatum(), r.periode(), r.motivering(), r.posten(), overig.isEmpty() ? "" : overig.toString(), velden);
    }

    /** The fields of a stored task form; null when it does not fit the normenkader in force any more. */
    private Normeringvelden velden(ObjectNode n, String peildatum) {
        String id = tekst(n, "normenkader");
        Normenkader kader = keuzes.normenkader(id, peildatum);
        if (kader == null || !(n.get("taken") instanceof com.fasterxml.jackson.databind.node.ArrayNode taken)) {
            return null;
        }
        SortedMap<Integer, Normeringvelden.Taak> uit = new TreeMap<>();
        for (JsonNode t : taken) {
            int index = taakIndex(kader, tekst(t, "taak"));
            if (index < 0 || uit.containsKey(index)) {
                return null;
            }
            Taak taak = kader.taken().get(index);
            SortedMap<Integer, Normeringvelden.Factor> factoren = new TreeMap<>();
            for (JsonNode k : t.path("factoren")) {
                int f = factorIndex(kader.factoren(taak), tekst(k, "factor"));
                if (f < 0) {
                    return null;
                }
                factoren.put(f, new Normeringvelden.Factor(true, tekst(k, "aantal"), tekst(k, "waarde")));
            }
            JsonNode c = t.path("capaciteit").path(0);
            JsonNode a = t.path("afwijking");
            uit.put(index, new Normeringvelden.Taak(true, tekst(t, "ritme"), "referentie".equals(tekst(t, "basis")),
                    tekst(t.path("frequentie"), "keer"), tekst(t.path("frequentie"), "per"), factoren,
                    new Normeringvelden.Capaciteit(tekst(c, "soort"), tekst(c, "deel"), tekst(c, "minuten"),
                            tekst(c, "per"), tekst(c, "toelichting")),
                    new Normeringvelden.Afwijking(tekst(a, "minuten"), tekst(a, "per"), tekst(a, "motivering"))));
        }
        return new Normeringvelden(id, uit);
    }

    private static int taakIndex(Normenkader kader, String code) {
        for (int i = 0; i < kader.taken().size(); i++) {
            if (kader.taken().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static int factorIndex(List<Factor> factoren, String code) {
        for (int i = 0; i < factoren.size(); i++) {
            if (factoren.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** A value as the form shows it: numbers with a decimal comma (as the form's own fields), text as it is. */
    private static String tekst(JsonNode o, String veld) {
        JsonNode n = o.path(veld);
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return n.isValueNode() && !n.isNull() ? n.asText() : "";
    }
}
