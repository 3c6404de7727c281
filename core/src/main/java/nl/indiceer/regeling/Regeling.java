package nl.indiceer.regeling;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a region's rulebook, in force from {@code geldigVanaf} up to and including
 * {@code geldigTot} (null: open-ended). Deeply immutable once loaded (every collection reachable from it
 * is unmodifiable), so one instance can be shared by all threads.
 */
public final class Regeling {

    private final String regio;
    private final String naam;
    private final String wet;
    private final LocalDate geldigVanaf;
    private final LocalDate geldigTot;
    private final Bron bron;
    private final String opmerking;
    private final String onduidelijk;
    private final String bestand;
    private final RegelingVersie versie;
    private final Constanten constanten;
    private final List<Gemeente> gemeenten;
    private final Map<String, Product> producten;
    private final List<Product> productlijst;
    private final Combinaties combinaties;
    private final List<Periodevoorwaarde> periodevoorwaarden;
    private final Verlenging verlenging;
    private final Terugval terugval;
    private final List<StandaardAanbiedertype> standaardAanbiedertypen;

    public Regeling(String regio, String naam, String wet, LocalDate geldigVanaf, LocalDate geldigTot, Bron bron,
                    String opmerking, String onduidelijk, String bestand, String hash, Constanten constanten,
                    List<Gemeente> gemeenten, List<Product> producten, Combinaties combinaties,
                    List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                    List<StandaardAanbiedertype> standaardAanbiedertypen) {
        this.regio = regio;
        this.naam = naam;
        this.wet = wet;
        this.geldigVanaf = geldigVanaf;
        this.geldigTot = geldigTot;
        this.bron = bron;
        this.opmerking = opmerking;
        this.onduidelijk = onduidelijk;
        this.bestand = bestand;
        this.versie = new RegelingVersie(regio, geldigVanaf, hash);
        this.constanten = constanten;
        this.gemeenten = List.copyOf(gemeenten);
        Map<String, Product> perCode = new LinkedHashMap<>();
        for (Product p : producten) {
            perCode.put(p.code(), p);
        }
        this.producten = Collections.unmodifiableMap(perCode);
        this.productlijst = List.copyOf(perCode.values());
        this.combinaties = combinaties;
        this.periodevoorwaarden = List.copyOf(periodevoorwaarden);
        this.verlenging = verlenging;
        this.terugval = terugval;
        this.standaardAanbiedertypen = List.copyOf(standaardAanbiedertypen);
    }

    /** The provider type whose tariff applies for this financing form when the request names none, or null. */
    public StandaardAanbiedertype standaardAanbiedertype(Financiering financiering) {
        for (StandaardAanbiedertype s : standaardAanbiedertypen) {
            if (s.financiering() == financiering) {
                return s;
            }
        }
        return null;
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    public Product product(String code) {
        return producten.get(code);
    }

    public List<Product> producten() {
        return productlijst;
    }

    public Gemeente gemeente(String naamOfCbs) {
        for (Gemeente g : gemeenten) {
            if (g.naam().equalsIgnoreCase(naamOfCbs) || naamOfCbs.equals(g.cbs())) {
                return g;
            }
        }
        return null;
    }

    public String regio() {
        return regio;
    }

    public String naam() {
        return naam;
    }

    public String wet() {
        return wet;
    }

    public LocalDate geldigVanaf() {
        return geldigVanaf;
    }

    public LocalDate geldigTot() {
        return geldigTot;
    }

    public Bron bron() {
        return bron;
    }

    public String opmerking() {
        return opmerking;
    }

    public String onduidelijk() {
        return onduidelijk;
    }

    /** The file this version was loaded from, for messages. */
    public String bestand() {
        return bestand;
    }

    /** Region, geldig_vanaf and the SHA-256 of the file's bytes: which rules exactly, independent of where the file was. */
    public RegelingVersie versie() {
        return versie;
    }

    public Constanten constanten() {
        return constanten;
    }

    public List<Gemeente> gemeenten() {
        return gemeenten;
    }

    public Combinaties combinaties() {
        return combinaties;
    }

    public List<Periodevoorwaarde> periodevoorwaarden() {
        return periodevoorwaarden;
    }

    public Verlenging verlenging() {
        return verlenging;
    }

    public Terugval terugval() {
        return terugval;
    }
}
