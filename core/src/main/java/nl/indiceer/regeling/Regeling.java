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
    private final List<Tariefblad> tariefbladen;
    private final Declaratieregels declaratieregels;
    private final Termijnregels termijnregels;
    private final List<Benuttingscijfer> benutting;

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
        this(identiteit, herkomst, bestand, hash, bronnen, constanten, gemeenten, producten, combinaties, algemeneRegels,
                declaratieregels, Termijnregels.GEEN);
    }

    /** As above, with the region's own deadlines ({@code termijnen}). */
    public Regeling(Regelingidentiteit identiteit, Herkomst herkomst, String bestand, String hash, List<Bron> bronnen,
                    Constanten constanten,
                    List<Gemeente> gemeenten, List<Product> producten, Combinaties combinaties,
                    AlgemeneRegels algemeneRegels, Declaratieregels declaratieregels, Termijnregels termijnregels) {
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
        this.tariefbladen = List.of();
        this.declaratieregels = declaratieregels == null ? Declaratieregels.GEEN : declaratieregels;
        this.termijnregels = termijnregels == null ? Termijnregels.GEEN : termijnregels;
        this.benutting = List.of();
    }

    /** This version with its dated tariff lists, under the hash that covers them too (see {@link #metTariefbladen}). */
    private Regeling(Regeling basis, List<Tariefblad> tariefbladen, String hash) {
        this(basis, basis.identiteit, tariefbladen, hash, basis.benutting);
    }

    /** A copy of {@code basis} that differs in period, tariff lists, hash or utilisation figures only. */
    private Regeling(Regeling basis, Regelingidentiteit identiteit, List<Tariefblad> tariefbladen, String hash,
                     List<Benuttingscijfer> benutting) {
        this.identiteit = identiteit;
        this.herkomst = basis.herkomst;
        this.bestand = basis.bestand;
        this.versie = new RegelingVersie(basis.regio(), basis.geldigVanaf(), hash);
        this.bronnen = basis.bronnen;
        this.constanten = basis.constanten;
        this.gemeenten = basis.gemeenten;
        this.producten = basis.producten;
        this.productlijst = basis.productlijst;
        this.combinaties = basis.combinaties;
        this.algemeneRegels = basis.algemeneRegels;
        this.tariefbladen = List.copyOf(tariefbladen);
        this.declaratieregels = basis.declaratieregels;
        this.termijnregels = basis.termijnregels;
        this.benutting = List.copyOf(benutting);
    }

    /** This version with the region's stated utilisation figures (read by the rulebook reader). */
    Regeling metBenutting(List<Benuttingscijfer> cijfers) {
        return new Regeling(this, identiteit, tariefbladen, versie.hash(), cijfers);
    }

    /**
     * This version ending on {@code geldigTot} (inclusive), with the same rules and the same hash: used when a later
     * version was put in force from a date by the application ({@link Regelbron#opvolger}), so that the version before
     * it stops the day before. The hash stays: it names the rules, and the rules did not change.
     */
    Regeling totEnMet(LocalDate geldigTot) {
        Regelingidentiteit i = identiteit;
        return new Regeling(this, new Regelingidentiteit(i.regio(), i.naam(), i.wet(), i.geldigVanaf(), geldigTot),
                tariefbladen, versie.hash(), benutting);
    }

    /**
     * This version with the dated tariff lists that fall in it (sorted by date, not overlapping: {@link Regelingen}
     * checks that). The version's hash then covers the tariff files too, so that a stored decision names exactly what
     * it was priced with: the SHA-256 of the text made of the rulebook file's SHA-256 and each tariff file's, in date
     * order, one per line ({@code "<hex>\n<hex>\n..."}). Without tariff lists the hash stays that of the rulebook file.
     */
    Regeling metTariefbladen(List<Tariefblad> bladen) {
        if (bladen.isEmpty()) {
            return this;
        }
        StringBuilder s = new StringBuilder(versie.hash()).append('\n');
        for (Tariefblad b : bladen) {
            s.append(b.hash()).append('\n');
        }
        return new Regeling(this, bladen, Bronbestand.van("tarieven", s.toString()).sha256());
    }

    /** The dated tariff lists of this version, by date; empty when the rulebook's own tariffs always apply. */
    public List<Tariefblad> tariefbladen() {
        return tariefbladen;
    }

    /** The tariff list in force on the date that lists the product, or null: then the product's own tariffs apply. */
    public Tariefblad tariefblad(String productcode, LocalDate datum) {
        for (Tariefblad b : tariefbladen) {
            if (b.geldigOp(datum) && b.tarieven(productcode) != null) {
                return b;
            }
        }
        return null;
    }

    /**
     * The product as it is priced on the date: with the tariffs of the tariff list in force that lists it, else with
     * its own. Null for an unknown code.
     */
    public Product productOp(String code, LocalDate datum) {
        Product p = producten.get(code);
        Tariefblad blad = p == null ? null : tariefblad(code, datum);
        return blad == null ? p : p.metTarieven(blad.tarieven(code));
    }

    /**
     * The days after {@code van} up to and including {@code tot} on which the product's tariffs change (a tariff list
     * begins or ends), in order: a line across such a day is priced per part.
     */
    public List<LocalDate> tariefwissels(String code, LocalDate van, LocalDate tot) {
        java.util.TreeSet<LocalDate> grenzen = new java.util.TreeSet<>();
        for (Tariefblad b : tariefbladen) {
            if (b.tarieven(code) == null) {
                continue;
            }
            grenzen.add(b.geldigVanaf());
            if (b.geldigTot() != null) {
                grenzen.add(b.geldigTot().plusDays(1));
            }
        }
        List<LocalDate> uit = new java.util.ArrayList<>();
        for (LocalDate d : grenzen) {
            if (d.isAfter(van) && !d.isAfter(tot) && !productOp(code, d).tarifering().tarieven()
                    .equals(productOp(code, d.minusDays(1)).tarifering().tarieven())) {
                uit.add(d);
            }
        }
        return uit;
    }

    /** The region's stated utilisation figures ({@code benutting}), in file order; empty when it states none. */
    public List<Benuttingscijfer> benutting() {
        return benutting;
    }

    /** The stated utilisation figure linked to the product, or null when the region states none for it. */
    public Benuttingscijfer benutting(String productcode) {
        for (Benuttingscijfer c : benutting) {
            if (c.producten().contains(productcode)) {
                return c;
            }
        }
        return null;
    }

    /** The region's own rules for declaring no-shows, absence and group time; empty when the rulebook has none. */
    public Declaratieregels declaratieregels() {
        return declaratieregels;
    }

    /** The region's own deadlines (no-show decision, evaluation moments, 317 in time); empty when it has none. */
    public Termijnregels termijnregels() {
        return termijnregels;
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

    /** The tables a consultant picks posten from ({@code hulptabellen}), in file order. */
    public List<Hulptabel> hulptabellen() {
        return algemeneRegels.hulptabellen();
    }

    /** The helper table a request names, or null. */
    public Hulptabel hulptabel(String naam) {
        for (Hulptabel t : algemeneRegels.hulptabellen()) {
            if (t.naam().equals(naam)) {
                return t;
            }
        }
        return null;
    }

    /** Changes over time: verlengde jeugdhulp. */
    public Tijdsverloop tijdsverloop() {
        return algemeneRegels.tijdsverloop();
    }
}
