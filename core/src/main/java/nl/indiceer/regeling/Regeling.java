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

    private final Regelingidentiteit identiteit;
    private final Herkomst herkomst;
    private final String bestand;
    private final RegelingVersie versie;
    private final List<Bron> bronnen;
    private final Constanten constanten;
    private final List<Gemeente> gemeenten;
    private final Map<String, Product> producten;
    private final List<Product> productlijst;
    private final Combinaties combinaties;
    private final AlgemeneRegels algemeneRegels;
    private final Declaratieregels declaratieregels;

    /**
     * One version as loaded from {@code bestand} (for messages); {@code hash} is the SHA-256 of the file's bytes;
     * {@code bronnen} the source documents the file declares (see {@link Bron#bronbestand}).
     */
    public Regeling(Regelingidentiteit identiteit, Herkomst herkomst, String bestand, String hash, List<Bron> bronnen,
                    Constanten constanten,
                    List<Gemeente> gemeenten, List<Product> producten, Combinaties combinaties,
                    AlgemeneRegels algemeneRegels) {
        this(identiteit, herkomst, bestand, hash, bronnen, constanten, gemeenten, producten, combinaties, algemeneRegels,
                Declaratieregels.GEEN);
    }

    /** As above, with the region's own rules for declaring delivered care ({@code declaratieregels}). */
    public Regeling(Regelingidentiteit identiteit, Herkomst herkomst, String bestand, String hash, List<Bron> bronnen,
                    Constanten constanten,
                    List<Gemeente> gemeenten, List<Product> producten, Combinaties combinaties,
                    AlgemeneRegels algemeneRegels, Declaratieregels declaratieregels) {
        this.identiteit = identiteit;
        this.herkomst = herkomst;
        this.bestand = bestand;
        this.versie = new RegelingVersie(identiteit.regio(), identiteit.geldigVanaf(), hash);
        this.bronnen = List.copyOf(bronnen);
        this.constanten = constanten;
        this.gemeenten = List.copyOf(gemeenten);
        Map<String, Product> perCode = new LinkedHashMap<>();
        for (Product p : producten) {
            perCode.put(p.code(), p);
        }
        this.producten = Collections.unmodifiableMap(perCode);
        this.productlijst = List.copyOf(perCode.values());
        this.combinaties = combinaties;
        this.algemeneRegels = algemeneRegels;
        this.declaratieregels = declaratieregels == null ? Declaratieregels.GEEN : declaratieregels;
    }

    /** The region's own rules for declaring no-shows, absence and group time; empty when the rulebook has none. */
    public Declaratieregels declaratieregels() {
        return declaratieregels;
    }

    /** The provider type whose tariff applies for this financing form when the request names none, or null. */
    public StandaardAanbiedertype standaardAanbiedertype(Financiering financiering) {
        for (StandaardAanbiedertype s : algemeneRegels.standaardAanbiedertypen()) {
            if (s.financiering() == financiering) {
                return s;
            }
        }
        return null;
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf()) && (geldigTot() == null || !datum.isAfter(geldigTot()));
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
        return identiteit.regio();
    }

    public String naam() {
        return identiteit.naam();
    }

    public String wet() {
        return identiteit.wet();
    }

    public LocalDate geldigVanaf() {
        return identiteit.geldigVanaf();
    }

    public LocalDate geldigTot() {
        return identiteit.geldigTot();
    }

    public Bron bron() {
        return herkomst.bron();
    }

    public String opmerking() {
        return herkomst.opmerking();
    }

    public String onduidelijk() {
        return herkomst.onduidelijk();
    }

    /** The file this version was loaded from, for messages. */
    public String bestand() {
        return bestand;
    }

    /** Region, geldig_vanaf and the SHA-256 of the file's bytes: which rules exactly, independent of where the file was. */
    public RegelingVersie versie() {
        return versie;
    }

    /**
     * The source documents declared under {@code bronnen}, in file order: id, seed file and title. A value's
     * {@link Bron} names one of them by {@link Bron#documentId()}.
     */
    public List<Bron> bronnen() {
        return bronnen;
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
        return algemeneRegels.periodevoorwaarden();
    }

    public Verlenging verlenging() {
        return algemeneRegels.verlenging();
    }

    public Terugval terugval() {
        return algemeneRegels.terugval();
    }

    /** What the referral route decides (who may deploy what, GI maatregel, medical referral term). */
    public Verwijsregels verwijsregels() {
        return algemeneRegels.verwijzing();
    }

    /** Limits per period of months, ratios between products and durations of several products together. */
    public GedeeldeRegels gedeeld() {
        return algemeneRegels.gedeeld();
    }

    /** Changes over time: verlengde jeugdhulp. */
    public Tijdsverloop tijdsverloop() {
        return algemeneRegels.tijdsverloop();
    }
}
