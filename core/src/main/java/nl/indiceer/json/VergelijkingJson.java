package nl.indiceer.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.vergelijking.Aanvraagvergelijking;
import nl.indiceer.vergelijking.Bevindingverschil;
import nl.indiceer.vergelijking.Kant;
import nl.indiceer.vergelijking.Kostentotaal;
import nl.indiceer.vergelijking.Regelverschil;
import nl.indiceer.vergelijking.Totalen;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * Writes a comparison of rulebooks as JSON (format in docs/aanvraag-formaat.md, "Regelingen vergelijken"), one
 * request at a time, so that a million compared requests never sit in memory together:
 * {@code {"aanvragen": [...], "totalen": {...}}}.
 */
public final class VergelijkingJson implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final JsonGenerator uit;

    /** Starts the document on {@code naar}; the writer is flushed, not closed, at the end. */
    public VergelijkingJson(Writer naar) {
        try {
            uit = JSON.getFactory().createGenerator(naar);
            uit.useDefaultPrettyPrinter();
            uit.writeStartObject();
            uit.writeArrayFieldStart("aanvragen");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request: its status, the versions or refusals of both sides and, when it differs, what differs. */
    public void aanvraag(Aanvraagvergelijking v) {
        schrijf(object(v));
    }

    /** Ends the list of requests with the totals. */
    public void totalen(Totalen t) {
        try {
            uit.writeEndArray();
            uit.writeFieldName("totalen");
            JSON.writeTree(uit, object(t));
            uit.writeEndObject();
            uit.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            uit.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schrijf(ObjectNode o) {
        try {
            JSON.writeTree(uit, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(Aanvraagvergelijking v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("aanvraag", v.kenmerk());
        o.put("status", v.status().name());
        if (!v.leesfouten().isEmpty()) {
            fouten(o.putArray("fouten"), v.leesfouten());
        }
        if (v.oud() != null) {
            kant(o.putObject("oud"), v.oud());
            kant(o.putObject("nieuw"), v.nieuw());
        }
        ArrayNode regels = o.putArray("regels");
        for (Regelverschil r : v.gewijzigdeRegels()) {
            regels.add(regel(r));
        }
        verschil(o, v.overkoepelend());
        return o;
    }

    private static void kant(ObjectNode o, Kant k) {
        if (k.isBerekend()) {
            Uitkomst u = k.uitkomst();
            ObjectNode versie = o.putObject("regeling_versie");
            versie.put("regio", u.toegepast().versie().regio());
            versie.put("geldig_vanaf", u.toegepast().versie().geldigVanaf().toString());
            versie.put("sha256", u.toegepast().versie().hash());
            o.put("gemeente", u.gemeente());
            o.put("heeft_fout", u.heeftFout());
        } else {
            o.put("regio_ontbreekt", k.regioOntbreekt());
            fouten(o.putArray("fouten"), k.fouten());
        }
    }

    private static ObjectNode regel(Regelverschil r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("regel", r.index());
        o.put("product", r.productcode());
        o.put("productnaam", r.productnaam());
        o.put("variant", r.oud().variant());
        o.put("aanbieder", r.aanbieder());
        o.put("volume_verschilt", r.volumeVerschilt());
        o.put("kosten_verschillen", r.kostenVerschillen());
        o.put("bevindingen_verschillen", !r.bevindingen().isLeeg());
        zijde(o.putObject("oud"), r.oud());
        zijde(o.putObject("nieuw"), r.nieuw());
        verschil(o, r.bevindingen());
        return o;
    }

    private static void zijde(ObjectNode o, Regeluitkomst r) {
        Toewijzingsvolume v = r.volume();
        if (v == null) {
            o.putNull("volume");
        } else {
            ObjectNode x = o.putObject("volume");
            x.put("volume", v.volume());
            x.put("eenheid", v.eenheid().enkelvoud());
            x.put("periode", v.periode().name());
            x.put("totaal_geldigheidsduur", v.totaal());
        }
        ObjectNode k = o.putObject("kosten");
        k.put("per_periode", r.kosten().perPeriode());
        k.put("totaal", r.kosten().totaal());
        k.put("rekensom", r.kosten().rekensom());
        k.put("tarief_bron", r.kosten().tarief() == null ? null : r.kosten().tarief().bron().tekst());
        o.put("rekensom", RekensomTekst.zin(r.rekensom()));
        UitkomstJson.rekensomstappen(o.putArray("rekensomstappen"), r.rekensom());
        UitkomstJson.bevindingen(o.putArray("bevindingen"), r.bevindingen());
    }

    private static void verschil(ObjectNode o, Bevindingverschil b) {
        UitkomstJson.bevindingen(o.putArray("bevindingen_toegevoegd"), b.toegevoegd());
        UitkomstJson.bevindingen(o.putArray("bevindingen_vervallen"), b.vervallen());
    }

    private static void fouten(ArrayNode uit, List<Invoerfout> fouten) {
        for (Invoerfout f : fouten) {
            ObjectNode x = uit.addObject();
            x.put("pad", f.pad());
            x.put("code", f.code());
            x.put("melding", f.melding());
        }
    }

    static ObjectNode object(Totalen t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("aanvragen", t.aanvragen());
        o.put("gelijk", t.gelijk());
        o.put("verschil", t.verschil());
        o.put("alleen_oud", t.alleenOud());
        o.put("alleen_nieuw", t.alleenNieuw());
        o.put("ongeldig", t.ongeldig());
        o.put("kosten_oud", t.kostenOud());
        o.put("kosten_nieuw", t.kostenNieuw());
        o.put("kosten_verschil", t.kostenVerschil());
        totalen(o.putArray("per_gemeente"), t.perGemeente());
        totalen(o.putArray("per_product"), t.perProduct());
        totalen(o.putArray("per_aanbieder"), t.perAanbieder());
        return o;
    }

    private static void totalen(ArrayNode uit, List<Kostentotaal> lijst) {
        for (Kostentotaal k : lijst) {
            ObjectNode x = uit.addObject();
            if (k.regio() != null) {
                x.put("regio", k.regio());
            }
            x.put("sleutel", k.sleutel());
            x.put("naam", k.naam());
            x.put("kosten_oud", k.kostenOud());
            x.put("kosten_nieuw", k.kostenNieuw());
            x.put("verschil", k.verschil());
            x.put("aanvragen", k.aanvragen());
            x.put("gewijzigd", k.gewijzigd());
            x.put("kosten_onbekend_oud", k.onbekendOud());
            x.put("kosten_onbekend_nieuw", k.onbekendNieuw());
        }
    }
}
