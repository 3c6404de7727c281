package nl.indiceer.normenkader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.beschikking.Normenkadergebruik;
import nl.indiceer.beschikking.Normenkaderuitkomsten;
import nl.indiceer.regeling.Periode;

/**
 * The normenkader results of a request's lines ({@code producten[].normering}): each task form computed by the
 * calculator on the request's peildatum and region, exactly as {@code indiceer normeer} would. What a decision records
 * as the norm a line's volume rests on, and what the letter explains.
 */
public final class AanvraagNormeringen {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param berekend   per line index the computed result
     * @param onvolledig per line index the problems of a task form that does not compute, with paths within the
     *                   request ({@code producten[0].normering.taken[1].frequentie})
     */
    public record Resultaat(Map<Integer, Normering> berekend, Map<Integer, List<Invoerfout>> onvolledig) {

        public Resultaat {
            berekend = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(berekend));
            onvolledig = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(onvolledig));
        }

        /**
         * What a decision records: the normenkader, its edition (the first day of the version used) and its result
         * in minutes per month for a month line, else per week (a normering gives no total over the validity).
         */
        public Normenkaderuitkomsten voorBesluit(Aanvraag aanvraag) {
            Map<Integer, Normenkadergebruik> gebruikt = new LinkedHashMap<>();
            berekend.forEach((i, n) -> {
                Periode per = aanvraag.producten().get(i).volumeverzoek().periode() == Periode.MAAND
                        ? Periode.MAAND : Periode.WEEK;
                gebruikt.put(i, new Normenkadergebruik(n.normenkader().id(),
                        n.normenkader().geldigheid().vanaf().toString(), n.totaal(per), per));
            });
            return new Normenkaderuitkomsten(gebruikt, onvolledig.keySet());
        }
    }

    private AanvraagNormeringen() {
    }

    public static Resultaat van(Aanvraag aanvraag, Normcalculator calculator) {
        Map<Integer, Normering> berekend = new LinkedHashMap<>();
        Map<Integer, List<Invoerfout>> onvolledig = new LinkedHashMap<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel regel = aanvraag.producten().get(i);
            if (regel.normering() == null) {
                continue;
            }
            String pad = "producten[" + i + "].normering";
            try {
                berekend.put(i, calculator.bereken(TakenLezer.lees(metPeildatumEnRegio(regel.normering(), aanvraag))));
            } catch (OngeldigeAanvraagException e) {
                onvolledig.put(i, e.fouten().stream()
                        .map(f -> new Invoerfout(f.pad().isEmpty() || f.pad().equals("$") ? pad : pad + "." + f.pad(),
                                f.code(), f.melding()))
                        .toList());
            }
        }
        return new Resultaat(berekend, onvolledig);
    }

    /** The line's task form with the request's peildatum and region, which it may not state itself. */
    private static String metPeildatumEnRegio(String normering, Aanvraag aanvraag) {
        JsonNode n;
        try {
            n = JSON.readTree(normering);
        } catch (java.io.IOException e) {
            // the request reader produced this text from a parsed object, so it always parses
            throw new IllegalStateException("normering is geen JSON", e);
        }
        ObjectNode o = (ObjectNode) n;
        o.put("peildatum", aanvraag.peildatum().toString());
        o.put("regio", aanvraag.regio());
        return o.toString();
    }
}
