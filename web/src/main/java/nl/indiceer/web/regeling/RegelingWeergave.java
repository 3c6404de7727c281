package nl.indiceer.web.regeling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Constanten;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Groep;
import nl.indiceer.regeling.Oordeel;
import nl.indiceer.regeling.RegelingVersie;
import nl.indiceer.volume.Getal;
import org.springframework.stereotype.Component;

/**
 * How the rulebook pages write the model's values: money and numbers the Dutch way (the engine's own {@link Getal},
 * so a page says what a rekensom says), dates as "1 januari 2025" whatever language the browser asks for, and the
 * message key for each enum value. The keys are written out here, one literal each, so that the message bundle
 * test sees them used; {@code RegelingWeergaveTest} checks that every value has one.
 */
@Component("regelingWeergave")
public class RegelingWeergave {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM uuuu", NEDERLANDS);

    private static final Map<Enum<?>, String> SLEUTELS = Map.ofEntries(
            Map.entry(Bekostiging.PXQ, "regeling.bekostiging.pxq"),
            Map.entry(Bekostiging.TRAJECT, "regeling.bekostiging.traject"),
            Map.entry(Bekostiging.PLEK, "regeling.bekostiging.plek"),
            Map.entry(Oordeel.MOGELIJK, "regeling.oordeel.mogelijk"),
            Map.entry(Oordeel.VOORWAARDELIJK, "regeling.oordeel.voorwaardelijk"),
            Map.entry(Oordeel.NIET_MOGELIJK, "regeling.oordeel.niet-mogelijk"),
            Map.entry(Oordeel.ONBEKEND, "regeling.oordeel.onbekend"),
            Map.entry(Ernst.FOUT, "regeling.ernst.fout"),
            Map.entry(Ernst.WAARSCHUWING, "regeling.ernst.waarschuwing"),
            Map.entry(Ernst.INFO, "regeling.ernst.info"),
            Map.entry(Versiestatus.IN_WERKING, "regeling.status.in-werking"),
            Map.entry(Versiestatus.TOEKOMSTIG, "regeling.status.toekomstig"),
            Map.entry(Versiestatus.VERVALLEN, "regeling.status.vervallen"));

    private static final Map<String, String> WETTEN = Map.of(
            "jeugdwet", "regeling.wet.jeugdwet",
            "wmo", "regeling.wet.wmo",
            "beide", "regeling.wet.beide");

    /** "€ 1.234,56". */
    public String euro(BigDecimal bedrag) {
        return Getal.euro(bedrag);
    }

    /** "4,5", "1.200". */
    public String getal(BigDecimal waarde) {
        return Getal.nl(waarde);
    }

    /** A fraction as a percentage: 0.5 gives "50". */
    public String procent(BigDecimal fractie) {
        return Getal.nl(fractie.movePointRight(2));
    }

    /** "1 januari 2025", in Dutch whatever the browser's language. */
    public String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    /** "10 dagdelen", "1 uur": a number with its unit in the engine's words. */
    public String hoeveelheid(BigDecimal waarde, Eenheid eenheid) {
        return Getal.nl(waarde) + " " + eenheid.woord(waarde.compareTo(BigDecimal.ONE) != 0);
    }

    /** The short form of a version's hash, as the command line shows it: "sha256:ab12cd34…". */
    public String korteHash(RegelingVersie versie) {
        return "sha256:" + versie.hash().substring(0, 8) + "…";
    }

    /** The message key of an enum value shown on the page. */
    public String sleutel(Enum<?> waarde) {
        String sleutel = SLEUTELS.get(waarde);
        if (sleutel == null) {
            throw new IllegalArgumentException("geen tekst voor " + waarde.getClass().getSimpleName() + "." + waarde);
        }
        return sleutel;
    }

    /** The message key of a law ({@code jeugdwet}, {@code wmo}, {@code beide}). */
    public String wet(String wet) {
        String sleutel = WETTEN.get(wet);
        if (sleutel == null) {
            throw new IllegalArgumentException("geen tekst voor wet " + wet);
        }
        return sleutel;
    }

    /** An in-page anchor for a product: "product-45L11"; other characters than letters, digits, - and _ become -. */
    public String anker(String code) {
        return "product-" + code.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** An in-page anchor for a source document: "bron-004". */
    public String bronanker(String documentId) {
        return "bron-" + documentId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A constant as the rulebook writes it when that is a fraction ("52/12 (4,3333)"), else the number ("4,5"). */
    public String waarde(Constante constante) {
        String getal = Getal.nl(constante.waarde());
        String weergave = constante.weergave();
        return weergave != null && weergave.contains("/") ? weergave + " (" + getal + ")" : getal;
    }

    /** What the engine counts with when the rulebook gives no weken_per_jaar. */
    public String standaardWekenPerJaar() {
        return Getal.nl(Constanten.STANDAARD_WEKEN_PER_JAAR);
    }

    /** What the engine counts with when the rulebook gives no minuten_per_dagdeel. */
    public String standaardMinutenPerDagdeel() {
        return Getal.nl(Constanten.STANDAARD_MINUTEN_PER_DAGDEEL);
    }

    /** The product codes of a group named in a combination rule, or an empty list when the name is a product code. */
    public List<String> groepsleden(Combinaties combinaties, String naam) {
        for (Groep g : combinaties.groepen()) {
            if (g.naam().equals(naam)) {
                return g.producten();
            }
        }
        return List.of();
    }
}
