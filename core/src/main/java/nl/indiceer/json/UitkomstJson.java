package nl.indiceer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Toewijzing;
import nl.indiceer.berekening.Uitkomst;
import com.fasterxml.jackson.databind.JsonNode;
import nl.indiceer.getal.Breuk;
import nl.indiceer.kosten.Kostenstap;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.rekensom.Rekenstap;
import nl.indiceer.toetsing.Betrokkene;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingtekst;
import nl.indiceer.toetsing.Hoeveelheid;
import nl.indiceer.toetsing.Combinatieoordeel;

/** Writes a result, or the problems of an invalid request, as JSON (format in docs/aanvraag-formaat.md). */
public final class UitkomstJson {

    // plain numbers: 10, never 1E+1
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private UitkomstJson() {
    }

    public static String schrijf(Uitkomst u) {
        ObjectNode root = JSON.createObjectNode();
        root.put("regio", u.regio());
        root.put("regeling", u.regeling());
        ObjectNode versie = root.putObject("regeling_versie");
        versie.put("regio", u.toegepast().versie().regio());
        versie.put("geldig_vanaf", u.toegepast().versie().geldigVanaf().toString());
        versie.put("sha256", u.toegepast().versie().hash());
        root.put("regeling_geldig_vanaf", u.geldigVanaf().toString());
        root.put("peildatum", u.peildatum().toString());
        root.put("gemeente", u.gemeente());
        root.put("heeft_fout", u.heeftFout());
        ArrayNode regels = root.putArray("regels");
        for (Regeluitkomst r : u.regels()) {
            regels.add(regel(r));
        }
        ArrayNode combinaties = root.putArray("combinaties");
        for (Combinatieoordeel c : u.combinaties()) {
            ObjectNode o = combinaties.addObject();
            o.put("a", Bevindingtekst.waarde(c.a()));
            o.put("b", Bevindingtekst.waarde(c.b()));
            o.put("oordeel", c.oordeel().name());
            o.put("toelichting", c.toelichting().isBlank() ? null : c.toelichting().trim());
            o.put("bron", c.bron() == null ? null : c.bron().tekst());
        }
        bevindingen(root.putArray("bevindingen"), u.bevindingen());
        return tekst(root);
    }

    private static ObjectNode regel(Regeluitkomst r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("regel", r.index());
        o.put("product", r.productcode());
        o.put("productnaam", r.productnaam());
        o.put("variant", r.variant());
        o.put("financiering", r.financiering().name());
        o.put("begindatum", r.begindatum().toString());
        o.put("einddatum", r.einddatum().toString());
        o.put("bekostiging", r.bekostiging().name());
        o.put("maanden", afgerond(r.duur().maanden()));
        o.put("weken", afgerond(r.duur().weken()));
        if (r.volume() != null) {
            ObjectNode v = o.putObject("volume");
            v.put("volume", r.volume().volume());
            v.put("eenheid", r.volume().eenheid().enkelvoud());
            v.put("eenheid_code", r.volume().eenheid().istandaardCode());
            v.put("periode", r.volume().periode().name());
            v.put("frequentie_code", r.volume().periode().istandaardCode());
            v.put("totaal_geldigheidsduur", r.volume().totaal());
            v.put("afgerond", r.volume().afgerond());
            breuk(v, "exact", r.volume().exact());
        } else {
            o.putNull("volume");
        }
        o.put("rekensom", RekensomTekst.zin(r.rekensom()));
        rekensomstappen(o.putArray("rekensomstappen"), r.rekensom());
        ObjectNode k = o.putObject("kosten");
        k.put("per_periode", r.kosten().perPeriode());
        k.put("totaal", r.kosten().totaal());
        k.put("rekensom", r.kosten().rekensom());
        k.put("tarief_bron", r.kosten().tarief() == null ? null : r.kosten().tarief().bron().tekst());
        kostenstappen(k.putArray("stappen"), r.kosten().stappen());
        ArrayNode t = o.putArray("toewijzingen");
        for (Toewijzing w : r.toewijzingen()) {
            ObjectNode x = t.addObject();
            x.put("ontvanger", w.ontvanger());
            x.put("product", w.productcode());
            x.put("volume", w.volume());
            x.put("eenheid_code", w.eenheid().istandaardCode());
            x.put("frequentie_code", w.periode().istandaardCode());
            x.put("toelichting", w.toelichting());
        }
        bevindingen(o.putArray("bevindingen"), r.bevindingen());
        return o;
    }

    /** The steps of the rekensom as numbers, not text (keys in docs/aanvraag-formaat.md). */
    static void rekensomstappen(ArrayNode uit, Rekensom r) {
        for (Rekenstap s : r.stappen()) {
            ObjectNode o = uit.addObject();
            o.put("soort", s.soort().name());
            o.put("omschrijving", s.omschrijving());
            if (s.soort() == Rekenstap.Soort.BESCHRIJVING) {
                continue;
            }
            o.put("aantal", s.aantal());
            o.put("hoeveelheid", s.hoeveelheid());
            o.put("eenheid", s.eenheid().enkelvoud());
            o.put("per", s.per().name());
            o.put("fase", s.fase());
            if (s.factor() == null) {
                o.putNull("factor");
            } else {
                ObjectNode f = o.putObject("factor");
                f.put("bewerking", s.factor().bewerking().name());
                breuk(f, "waarde", s.factor().waarde());
                f.put("eenheid", s.factor().eenheid() == nl.indiceer.regeling.Periode.WEEK ? "week" : "maand");
            }
            o.put("bron", s.bron() == null ? null : s.bron().tekst());
            breuk(o, "subtotaal", s.subtotaal());
            breuk(o, "uitkomst", s.uitkomst());
            o.put("basiseenheid", r.eenheid().basis().enkelvoud());
            hulp(o, s.hulp());
        }
    }

    /** The helper-table row a step's duration comes from, or null: table, row, reason, source and reading. */
    private static void hulp(ObjectNode o, nl.indiceer.aanvraag.Hulpkeuze h) {
        if (h == null || h.rij() == null) {
            o.putNull("hulp");
            return;
        }
        ObjectNode x = o.putObject("hulp");
        x.put("tabel", h.tabel());
        x.put("tabelomschrijving", h.hulptabel().omschrijving());
        x.put("keuze", h.rij().keuze());
        x.put("omschrijving", h.rij().omschrijving());
        x.put("reden", h.rij().reden());
        x.put("bron", h.rij().bron() == null ? null : h.rij().bron().tekst());
        x.put("aard", h.hulptabel().aard().vermeld() ? h.hulptabel().aard().soort().woord() : null);
        x.put("aard_bron", h.hulptabel().aard().bron() == null ? null : h.hulptabel().aard().bron().tekst());
    }

    /** The steps of the cost as numbers (a line across a tariff change, a traject paid pro rata); keys in docs/aanvraag-formaat.md. */
    static void kostenstappen(ArrayNode uit, List<Kostenstap> stappen) {
        for (Kostenstap s : stappen) {
            ObjectNode o = uit.addObject();
            o.put("soort", s.soort().name());
            o.put("van", s.van() == null ? null : s.van().toString());
            o.put("tot", s.tot() == null ? null : s.tot().toString());
            o.put("hoeveelheid", s.hoeveelheid());
            o.put("eenheid", s.eenheid() == null ? null : s.eenheid().enkelvoud());
            o.put("tarief", s.tarief() == null ? null : s.tarief().bedrag());
            o.put("tarief_eenheid", s.tarief() == null ? null : s.tarief().eenheid().enkelvoud());
            o.put("bedrag", s.bedrag());
            o.put("bron", s.bron() == null ? null : s.bron().tekst());
            o.put("omschrijving", s.omschrijving());
        }
    }

    /** An exact fraction: {"teller": 143, "noemer": 3, "decimaal": 47.666667}. */
    static void breuk(ObjectNode o, String sleutel, Breuk b) {
        ObjectNode x = o.putObject(sleutel);
        x.put("teller", b.teller());
        x.put("noemer", b.noemer());
        x.put("decimaal", b.decimaal(6).stripTrailingZeros());
    }

    static void bevindingen(ArrayNode uit, List<Bevinding> lijst) {
        for (Bevinding b : lijst) {
            ObjectNode o = uit.addObject();
            o.put("code", b.code().name());
            o.put("ernst", b.ernst().name());
            o.put("tekst", Bevindingtekst.tekst(b));
            ObjectNode parameters = o.putObject("parameters");
            b.parameters().forEach((naam, waarde) -> parameters.set(naam, waarde(waarde)));
            o.put("bron", b.bron() == null ? null : b.bron().tekst());
            if (b.regel() != null) {
                o.put("regel", b.regel());
            }
            if (b.ookRegel() != null) {
                o.put("ook_regel", b.ookRegel());
            }
        }
    }

    /**
     * A finding's parameter as data: numbers as numbers, a quantity with its unit, names of enums in capitals.
     * Also used for the findings of a normering ({@code NormeringJson}).
     */
    public static JsonNode parameter(Object w) {
        return waarde(w);
    }

    private static JsonNode waarde(Object w) {
        if (w instanceof BigDecimal g) {
            return JSON.getNodeFactory().numberNode(g.stripTrailingZeros().scale() < 0 ? g.setScale(0) : g.stripTrailingZeros());
        }
        if (w instanceof Integer i) {
            return JSON.getNodeFactory().numberNode(i);
        }
        if (w instanceof Long l) {
            return JSON.getNodeFactory().numberNode(l);
        }
        if (w instanceof Boolean b) {
            return JSON.getNodeFactory().booleanNode(b);
        }
        if (w instanceof Betrokkene b) {
            ObjectNode o = JSON.createObjectNode();
            if (b.regel() != null) {
                o.put("regel", b.regel());
            }
            if (b.toewijzing() != null) {
                o.put("toewijzing", b.toewijzing());
            }
            o.put("product", b.product());
            return o;
        }
        if (w instanceof Hoeveelheid h) {
            ObjectNode o = JSON.createObjectNode();
            o.set("waarde", waarde(h.waarde()));
            o.put("eenheid", h.eenheid().enkelvoud());
            return o;
        }
        if (w instanceof Enum<?> e) {
            return JSON.getNodeFactory().textNode(e.name());
        }
        if (w instanceof java.util.Collection<?> c) {
            ArrayNode a = JSON.createArrayNode();
            c.forEach(x -> a.add(waarde(x)));
            return a;
        }
        return JSON.getNodeFactory().textNode(String.valueOf(w));
    }

    /** The problems of an invalid request: path, stable code, Dutch message. */
    public static String fouten(List<Invoerfout> fouten) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode lijst = root.putArray("fouten");
        for (Invoerfout f : fouten) {
            ObjectNode o = lijst.addObject();
            o.put("pad", f.pad());
            o.put("code", f.code());
            o.put("melding", f.melding());
        }
        return tekst(root);
    }

    private static BigDecimal afgerond(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String tekst(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
