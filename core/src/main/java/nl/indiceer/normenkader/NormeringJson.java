package nl.indiceer.normenkader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.normenkader.Taakinvoer.Capaciteit;
import nl.indiceer.regeling.Periode;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingtekst;

/**
 * Writes a normering as JSON (docs/normenkader-formaat.md, "Uitvoer"). The posten are in the format of
 * aanvraag.json, ready for a product line of {@code indiceer bereken}.
 */
public final class NormeringJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NormeringJson() {
    }

    public static String schrijf(Normering n) {
        try {
            return JSON.writeValueAsString(boom(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode boom(Normering n) {
        Normenkader k = n.normenkader();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode kader = root.putObject("normenkader");
        kader.put("id", k.id());
        kader.put("naam", k.identiteit().naam());
        kader.put("bestand", k.identiteit().bestand());
        kader.put("geldig_vanaf", k.geldigheid().vanaf().toString());
        kader.put("geldig_tot", k.geldigheid().tot() == null ? null : k.geldigheid().tot().toString());
        kader.put("status", k.status().tekst());
        kader.put("ontbreekt", k.ontbreekt());
        root.put("status", k.status().tekst());
        root.put("peildatum", n.peildatum().toString());
        ObjectNode wpm = root.putObject("weken_per_maand");
        wpm.put("waarde", plat(n.wekenPerMaand().waarde().decimaal(6)));
        wpm.put("tekst", n.wekenPerMaand().tekst());
        wpm.put("herkomst", Bevindingtekst.tekst(n.wekenPerMaand().bevinding()));
        root.put("weken_per_jaar", k.wekenPerJaar().waarde());
        ArrayNode taken = root.putArray("taken");
        for (Taakuitkomst t : n.taken()) {
            ObjectNode o = taken.addObject();
            o.put("taak", t.taak().code());
            o.put("naam", t.taak().naam());
            o.put("resultaatgebied", t.taak().resultaatgebied());
            o.put("ritme", t.ritme() == null ? null : t.ritme().naam());
            o.put("basis", t.basis());
            o.put("minuten_per_week", t.minuten().perWeek());
            o.put("minuten_per_maand", t.minuten().perMaand());
            o.put("exact_per_week", plat(t.minuten().perWeekExact().decimaal(4)));
            o.put("exact_per_maand", plat(t.minuten().perMaandExact().decimaal(4)));
            o.put("rekensom", t.rekensom());
            ArrayNode f = o.putArray("factoren");
            t.factoren().forEach(f::add);
            ArrayNode c = o.putArray("capaciteit");
            for (Capaciteit cap : t.invoer().capaciteit()) {
                ObjectNode x = c.addObject();
                x.put("soort", cap.soort().naam());
                if (cap.deel() != null) {
                    x.put("deel", cap.deel());
                } else {
                    x.put("minuten", plat(cap.tijd().minuten()));
                    x.put("per", cap.per().naam());
                }
                x.put("toelichting", cap.toelichting());
            }
            if (t.invoer().afwijking() != null) {
                ObjectNode a = o.putObject("afwijking");
                a.put("minuten", plat(t.invoer().afwijking().tijd().minuten()));
                a.put("per", t.invoer().afwijking().per().naam());
                a.put("motivering", t.invoer().afwijking().motivering());
            } else {
                o.putNull("afwijking");
            }
            o.put("toelichting", t.invoer().toelichting());
            ArrayNode b = o.putArray("bronnen");
            t.bronnen().forEach(x -> b.add(x.tekst()));
            bevindingen(o.putArray("meldingen"), t.bevindingen());
        }
        ObjectNode totaal = root.putObject("totaal");
        totaal.put("minuten_per_week", n.totaalPerWeek());
        totaal.put("minuten_per_maand", n.totaalPerMaand());
        posten(root.putArray("posten_per_week"), n, Periode.WEEK);
        posten(root.putArray("posten_per_maand"), n, Periode.MAAND);
        bevindingen(root.putArray("meldingen"), n.bevindingen());
        return root;
    }

    /** 750.0000 → 750, 173.0769 stays; never 7.5E+2. */
    private static BigDecimal plat(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void posten(ArrayNode uit, Normering n, Periode periode) {
        n.posten(periode).forEach(p -> {
            ObjectNode o = uit.addObject();
            o.put("omschrijving", p.omschrijving());
            o.put("minuten", p.duur());
            o.put("per", Normperiode.van(periode).naam());
        });
    }

    /** As the engine writes its findings: code, ernst, tekst, parameters (as data), bron. */
    private static void bevindingen(ArrayNode uit, List<Bevinding> lijst) {
        for (Bevinding b : lijst) {
            ObjectNode o = uit.addObject();
            o.put("code", b.code().name());
            o.put("ernst", b.ernst().name());
            o.put("tekst", Bevindingtekst.tekst(b));
            ObjectNode parameters = o.putObject("parameters");
            b.parameters().forEach((naam, waarde) -> parameters.set(naam, UitkomstJson.parameter(waarde)));
            o.put("bron", b.bron() == null ? null : b.bron().tekst());
        }
    }
}
