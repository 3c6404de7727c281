package nl.indiceer.regeling;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one rulebook file (see docs/regeling-formaat.md) and checks it: unknown keys, missing fields,
 * negative tariffs, references to unknown products, groups or sources. Every problem names file,
 * line and field.
 */
public final class RegelingLezer {

    private static final String EENHEDEN = "minuut, uur, dagdeel, etmaal, stuks, traject";
    private static final String PERIODEN = "WEEK, MAAND, TOTAAL";
    private static final String FINANCIERINGEN = "ZIN, PGB_FORMEEL, PGB_INFORMEEL";
    /** The longest period in months a rulebook may name (duration, average length, extension, relapse): ten years. */
    private static final String MAANDEN = "120";

    private final String bestand;
    private final List<Probleem> problemen = new ArrayList<>();
    private final Map<String, String> bronBestanden = new HashMap<>();

    private RegelingLezer(String bestand) {
        this.bestand = bestand;
    }

    /** Reads and checks a file; throws {@link OngeldigeRegelingException} listing every problem. */
    public static Regeling lees(Path pad) {
        String naam = pad.toString();
        try (InputStream in = Files.newInputStream(pad)) {
            return lees(naam, in.readNBytes(YamlObject.MAXIMALE_BESTANDSGROOTTE + 1));
        } catch (IOException e) {
            throw new OngeldigeRegelingException(List.of(new Probleem(naam, 0, "(bestand)",
                    "kan niet gelezen worden: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))));
        }
    }

    /**
     * Reads and checks the bytes of one rulebook file (UTF-8); {@code bestand} names it in messages and
     * in {@link Regeling#bestand()}. The version's hash is the SHA-256 of exactly these bytes.
     * Never throws anything but {@link OngeldigeRegelingException} for bad content.
     */
    public static Regeling lees(String bestand, byte[] inhoud) {
        return new RegelingLezer(bestand).lees(inhoud);
    }

    /** Reads and checks a file of a {@link Regelbron}. */
    public static Regeling lees(Regelbron bron, Bronbestand bestand) {
        return lees(bron.plaats(bestand), bestand.inhoud());
    }

    private Regeling lees(byte[] inhoud) {
        Node root = YamlObject.compose(inhoud, bestand, problemen);
        if (root == null) {
            throw new OngeldigeRegelingException(problemen);
        }
        YamlObject doc = new YamlObject(bestand, "", root, problemen);
        Regeling regeling = regeling(doc, new Bronbestand(bestand, inhoud).sha256());
        if (!problemen.isEmpty()) {
            throw new OngeldigeRegelingException(problemen);
        }
        return regeling;
    }

    private Regeling regeling(YamlObject doc, String hash) {
        List<Bron> documenten = new ArrayList<>();
        for (YamlObject b : doc.objecten("bronnen")) {
            String id = b.tekst("id", true);
            String bestandsnaam = b.tekst("bestand", true);
            String titel = b.tekst("titel", false);
            b.controleerOnbekendeSleutels();
            if (id != null && bestandsnaam != null && bronBestanden.put(id, bestandsnaam) != null) {
                b.fout("id", "bron '" + id + "' staat er twee keer in");
            } else if (id != null && bestandsnaam != null) {
                documenten.add(Bron.bronbestand(id, bestandsnaam, titel));
            }
        }
        if (bronBestanden.isEmpty()) {
            doc.fout("bronnen", "ontbreekt: elke regeling noemt haar brondocumenten");
        }
        String regio = doc.tekst("regio", true);
        String naam = doc.tekst("naam", true);
        String wet = doc.keuze("wet", true, w -> Set.of("jeugdwet", "wmo", "beide").contains(w) ? w : null,
                "jeugdwet, wmo, beide");
        LocalDate vanaf = doc.datum("geldig_vanaf", true);
        LocalDate tot = doc.datum("geldig_tot", false);
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            doc.fout("geldig_tot", "ligt voor geldig_vanaf (" + vanaf + ")");
        }
        Bron bron = bron(doc, true);
        String opmerking = doc.tekst("opmerking", false);
        String onduidelijk = doc.tekst("onduidelijk", false);
        Constanten constanten = constanten(doc.object("constanten", false));
        List<Gemeente> gemeenten = new ArrayList<>();
        for (YamlObject g : doc.objecten("gemeenten")) {
            gemeenten.add(gemeente(g));
        }
        List<Product> producten = new ArrayList<>();
        for (YamlObject p : doc.objecten("producten")) {
            producten.add(product(p));
        }
        if (producten.isEmpty()) {
            doc.fout("producten", "ontbreekt of is leeg");
        }
        YamlObject c = doc.object("combinaties", false);
        Combinaties combinaties = c == null ? Combinaties.geen() : combinaties(c);
        GedeeldeRegels gedeeld = gedeeldeRegels(doc, combinaties, producten);
        List<Periodevoorwaarde> periodevoorwaarden = new ArrayList<>();
        for (YamlObject pv : doc.objecten("periodevoorwaarden")) {
            periodevoorwaarden.add(new Periodevoorwaarde(
                    pv.keuze("periode", true, Periode::vanNaam, PERIODEN),
                    pv.keuze("ernst", true, Ernst::vanNaam, "FOUT, WAARSCHUWING, INFO"),
                    pv.tekst("melding", true), bron(pv, true)));
            pv.controleerOnbekendeSleutels();
        }
        YamlObject v = doc.object("verlenging", false);
        Verlenging verlenging = v == null ? null : verlenging(v);
        YamlObject t = doc.object("terugval", false);
        Terugval terugval = null;
        if (t != null) {
            terugval = new Terugval(maanden(t, "binnen_maanden", true), t.positiefGetal("volume", true),
                    t.keuze("eenheid", true, Eenheid::vanNaam, EENHEDEN), maanden(t, "duur_maanden", true),
                    bron(t, true), t.tekst("onduidelijk", false));
            t.controleerOnbekendeSleutels();
        }
        List<StandaardAanbiedertype> standaardTypen = new ArrayList<>();
        for (YamlObject a : doc.objecten("aanbiedertype_standaard")) {
            standaardTypen.add(new StandaardAanbiedertype(a.keuze("financiering", true, Financiering::vanNaam, FINANCIERINGEN),
                    a.keuze("aanbieder", true, x -> x.equals("micro") || x.equals("regulier") ? x : null, "micro, regulier"),
                    bron(a, true)));
            a.controleerOnbekendeSleutels();
        }
        Verwijsregels verwijsregels = verwijsregels(doc.object("verwijzing", false));
        Tijdsverloop tijdsverloop = tijdsverloop(doc);
        List<Hulptabel> hulptabellen = hulptabellen(doc);
        Declaratieregels declaratieregels = DeclaratieregelsLezer.lees(doc.object("declaratieregels", false), this::bron,
                producten.stream().map(Product::code).collect(java.util.stream.Collectors.toSet()));
        Termijnregels termijnregels = TermijnregelsLezer.lees(doc.object("termijnen", false), this::bron,
                producten.stream().map(Product::code).collect(java.util.stream.Collectors.toSet()));
        List<Benuttingscijfer> benutting = BenuttingLezer.lees(doc.objecten("benutting"), this::bron,
                producten.stream().map(Product::code).collect(java.util.stream.Collectors.toSet()));
        doc.controleerOnbekendeSleutels();
        controleerVerwijzingen(doc, gemeenten, producten, combinaties);
        controleerPgbTarieven(producten);
        controleerFeitverwijzingen(combinaties);
        return new Regeling(new Regelingidentiteit(regio, naam, wet, vanaf, tot), new Herkomst(bron, opmerking, onduidelijk),
                bestand, hash, documenten, constanten, gemeenten, producten, combinaties,
                new AlgemeneRegels(periodevoorwaarden, verlenging, terugval, standaardTypen, gedeeld, verwijsregels,
                        tijdsverloop, hulptabellen), declaratieregels, termijnregels).metBenutting(benutting);
    }

    private Bron bron(YamlObject o, boolean verplicht) {
        return bron(o, "bron", verplicht);
    }

    /**
     * Whether a limit is a guideline or a rule ({@code aard: richtlijn|regel}) with the line that decides it
     * ({@code aard_bron}, by default the limit's {@code bron}). Absent: a rule, not stated. The old
     * {@code richtlijn: true} is refused with a pointer to {@code aard}.
     */
    private Aard aard(YamlObject o, Bron eigen) {
        if (o.heeft("richtlijn")) {
            o.fout("richtlijn", "is vervangen door 'aard: richtlijn' (of 'aard: regel') met 'aard_bron': de regel in de "
                    + "bron die de grens een richtlijn of een regel maakt");
            o.jaNee("richtlijn", false);
        }
        Aard.Soort soort = o.keuze("aard", false, Aard.Soort::vanNaam, "richtlijn, regel");
        Bron aardBron = bron(o, "aard_bron", false);
        if (soort == null) {
            if (o.heeft("aard_bron") && !o.heeft("aard")) {
                o.fout("aard_bron", "zonder 'aard': noem ook of de grens een richtlijn of een regel is");
            }
            return Aard.NIET_VERMELD;
        }
        return new Aard(soort, aardBron != null ? aardBron : eigen);
    }

    private Bron bron(YamlObject o, String sleutel, boolean verplicht) {
        String tekst = o.tekst(sleutel, verplicht);
        if (tekst == null) {
            return null;
        }
        int dubbelepunt = tekst.indexOf(':');
        if (dubbelepunt <= 0 || dubbelepunt == tekst.length() - 1) {
            o.fout(sleutel, "moet de vorm '<bron-id>:<regels of paragraaf>' hebben, niet '" + tekst + "'");
            return null;
        }
        String id = tekst.substring(0, dubbelepunt);
        String bestandsnaam = bronBestanden.get(id);
        if (bestandsnaam == null) {
            o.fout(sleutel, "onbekende bron '" + id + "'; declareer die onder 'bronnen'");
            return null;
        }
        return new Bron(id, bestandsnaam, tekst.substring(dubbelepunt + 1).trim());
    }

    private Constanten constanten(YamlObject c) {
        if (c == null) {
            return new Constanten(null, null, null, null);
        }
        Constanten uit = new Constanten(constante(c, "weken_per_maand", "4", "4.5"), constante(c, "weken_per_jaar", "52", "53"),
                constante(c, "minuten_per_dagdeel", "60", "480"),
                constante(c, "maximaal_maand_factor_weekgemiddelde", "4", "10"));
        c.controleerOnbekendeSleutels();
        return uit;
    }

    /** A constant with its plausible range [min, max] (docs/regeling-formaat.md, "Grenzen"); a fraction such as 52/12 is allowed. */
    private Constante constante(YamlObject ouder, String sleutel, String min, String max) {
        YamlObject o = ouder.object(sleutel, false);
        if (o == null) {
            return null;
        }
        Constante c = new Constante(o.getalTussen("waarde", true, true, min, max), o.tekst("waarde", false), bron(o, true),
                o.tekst("onduidelijk", false));
        o.tekst("opmerking", false);
        o.controleerOnbekendeSleutels();
        return c;
    }

    private Gemeente gemeente(YamlObject g) {
        String naam = g.tekst("naam", true);
        String cbs = g.tekst("cbs", false);
        if (cbs != null && !cbs.matches("[0-9]{4}")) {
            g.fout("cbs", "moet een CBS-code van 4 cijfers zijn (tussen aanhalingstekens), niet '" + cbs + "'");
        }
        List<Bekostigingsregel> regels = new ArrayList<>();
        for (YamlObject b : g.objecten("bekostiging")) {
            List<String> producten = b.teksten("producten");
            if (producten.isEmpty()) {
                b.fout("producten", "ontbreekt of is leeg");
            }
            verwijst(b, "producten", producten, "productOfGroep");
            regels.add(new Bekostigingsregel(producten, b.keuze("vorm", true, Bekostiging::vanNaam, "pxq, traject, plek"),
                    bron(b, true), b.tekst("onduidelijk", false)));
            b.tekst("opmerking", false);
            b.controleerOnbekendeSleutels();
        }
        g.tekst("opmerking", false);
        g.controleerOnbekendeSleutels();
        return new Gemeente(naam, cbs, regels);
    }

    private Product product(YamlObject p) {
        String code = p.tekst("code", true);
        String categorie = p.tekst("categorie", false);
        if (categorie == null && code != null && code.matches("[0-9]{2}[A-Z][0-9A-Z]{2}")) {
            categorie = code.substring(0, 2);
        }
        Eenheid eenheid = p.keuze("eenheid", true, Eenheid::vanNaam, EENHEDEN);
        Bekostiging bekostiging = p.keuze("bekostiging", false, Bekostiging::vanNaam, "pxq, traject, plek");
        if (bekostiging == null) {
            bekostiging = eenheid == Eenheid.TRAJECT ? Bekostiging.TRAJECT : Bekostiging.PXQ;
        }
        Set<Periode> perioden = EnumSet.noneOf(Periode.class);
        Node periodenKnoop = p.knoop("perioden");
        for (String s : p.teksten("perioden")) {
            Periode per = Periode.vanNaam(s);
            if (per == null) {
                p.fout("perioden", "onbekende periode '" + s + "'; toegestaan: " + PERIODEN);
            } else {
                perioden.add(per);
            }
        }
        if (periodenKnoop == null) {
            perioden = EnumSet.allOf(Periode.class);
        } else if (perioden.isEmpty()) {
            p.fout("perioden", "mag niet leeg zijn");
        }
        List<Tarief> tarieven = tarieven(p);
        List<FinancieringUitgesloten> uitgesloten = new ArrayList<>();
        for (YamlObject u : p.objecten("financiering_niet_toegestaan")) {
            Financiering vorm = u.keuze("vorm", true, Financiering::vanNaam, FINANCIERINGEN);
            uitgesloten.add(new FinancieringUitgesloten(vorm, bron(u, true)));
            u.controleerOnbekendeSleutels();
            for (Tarief t : tarieven) {
                if (t.financiering() == vorm) {
                    u.fout("vorm", vorm + " is uitgesloten maar heeft ook een tarief");
                }
            }
        }
        Constante looptijd = constante(p, "gemiddelde_looptijd_maanden", "1", MAANDEN);
        List<Limiet> limieten = limieten(p);
        List<Variant> varianten = new ArrayList<>();
        Set<String> variantnamen = new HashSet<>();
        for (YamlObject v : p.objecten("varianten")) {
            Variant variant = new Variant(v.tekst("naam", true), v.tekst("omschrijving", false), limieten(v),
                    duur(v.object("duur", false)), vastVolume(v.object("vast_volume", false), eenheid), bron(v, true),
                    v.tekst("onduidelijk", false));
            v.tekst("opmerking", false);
            v.controleerOnbekendeSleutels();
            if (variant.naam() != null && !variantnamen.add(variant.naam())) {
                v.fout("naam", "variant '" + variant.naam() + "' staat er twee keer in");
            }
            varianten.add(variant);
        }
        YamlObject vl = p.object("verlenging", false);
        Verlenging verlenging = vl == null ? null : verlenging(vl);
        YamlObject gp = p.object("gezinsproduct", false);
        Gezinsproduct gezinsproduct = null;
        if (gp != null) {
            gezinsproduct = new Gezinsproduct(gp.tekst("dummy_product", true), bron(gp, true), gp.tekst("onduidelijk", false));
            if (gezinsproduct.dummyProduct() != null) {
                verwijst(gp, "dummy_product", List.of(gezinsproduct.dummyProduct()), "product");
            }
            gp.controleerOnbekendeSleutels();
        }
        YamlObject pgb = p.object("pgb_bekostiging", false);
        PgbBekostiging pgbBekostiging = null;
        if (pgb != null) {
            String tariefVan = pgb.tekst("tarief_van", false);
            if (tariefVan != null) {
                verwijst(pgb, "tarief_van", List.of(tariefVan), "product");
                if (tariefVan.equals(code)) {
                    pgb.fout("tarief_van", "noemt het product zelf; laat 'tarief_van' weg voor de eigen tarieven");
                }
            }
            pgbBekostiging = new PgbBekostiging(pgb.keuze("eenheid", true, Eenheid::vanNaam, EENHEDEN), tariefVan,
                    bron(pgb, true), pgb.tekst("onduidelijk", false));
            pgb.tekst("opmerking", false);
            pgb.controleerOnbekendeSleutels();
            if (tariefVan != null) {
                pgbTariefVerwijzingen.add(pgb);
            }
        }
        List<Voorwaarde> voorwaarden = new ArrayList<>();
        for (YamlObject vw : p.objecten("voorwaarden")) {
            voorwaarden.add(new Voorwaarde(vw.tekst("tekst", true), bron(vw, true), vw.tekst("onduidelijk", false)));
            vw.controleerOnbekendeSleutels();
        }
        verwijst(p, "gemeenten", p.teksten("gemeenten"), "gemeente");
        // naam, product, wet, gemeenten, duur, ...: read in this order so problems keep their order in the report
        Productidentiteit identiteit = new Productidentiteit(code, categorie, p.tekst("naam", true),
                p.tekst("product", false), p.tekst("wet", false));
        List<String> gemeenten = p.teksten("gemeenten");
        Grenzen grenzen = new Grenzen(duur(p.object("duur", false)), leeftijd(p.object("leeftijd", false)), limieten,
                vastVolume(p.object("vast_volume", false), eenheid), varianten, consult(p.object("consult", false), eenheid));
        Product product = new Product(identiteit, new Indicatiewijze(eenheid, bekostiging, perioden, pgbBekostiging),
                new Tarifering(tarieven, uitgesloten, looptijd), grenzen,
                new BijzondereRegels(gemeenten, verlenging, gezinsproduct, voorwaarden),
                new Herkomst(bron(p, true), p.tekst("opmerking", false), p.tekst("onduidelijk", false)));
        p.controleerOnbekendeSleutels();
        if (bekostiging != Bekostiging.PXQ && eenheid != Eenheid.TRAJECT) {
            p.fout("bekostiging", "een traject- of plekproduct heeft eenheid 'traject'");
        }
        return product;
    }

    /** The tariffs of a product (or of a product in a tariff file): at most one per financing form, unit and provider type. */
    private List<Tarief> tarieven(YamlObject p) {
        List<Tarief> tarieven = new ArrayList<>();
        Map<String, Integer> tariefRegels = new HashMap<>();
        for (YamlObject t : p.objecten("tarieven")) {
            Tarief tarief = tarief(t);
            tarieven.add(tarief);
            if (tarief.financiering() != null && tarief.eenheid() != null) {
                // Product.tarief() would silently use one of two; the source never means both
                String sleutel = tarief.financiering() + " per " + tarief.eenheid().enkelvoud()
                        + (tarief.aanbiedertype() == null ? "" : " (aanbieder " + tarief.aanbiedertype() + ")");
                Integer eerder = tariefRegels.putIfAbsent(sleutel, t.regel());
                if (eerder != null) {
                    t.fout(t.knoopZelf(), t.pad(), "tweede tarief voor " + sleutel + "; het eerste staat op regel " + eerder
                            + ". Geef per financieringsvorm, eenheid en aanbiedertype één tarief");
                }
            }
        }
        return tarieven;
    }

    /**
     * The tariffs of one product of a tariff file ({@link TariefbladLezer}), read and checked exactly as in a rulebook;
     * a {@code bron} may name the documents of the rulebook and of the tariff file ({@code bronnen}).
     */
    static List<Tarief> tarievenVanTariefblad(String bestand, YamlObject product, List<Bron> bronnen) {
        RegelingLezer lezer = new RegelingLezer(bestand);
        for (Bron b : bronnen) {
            lezer.bronBestanden.put(b.documentId(), b.bestand());
        }
        return lezer.tarieven(product);
    }

    /** A tariff file's own bron (required), checked against the documents it may name. */
    static Bron bronVanTariefblad(String bestand, YamlObject o, String sleutel, List<Bron> bronnen) {
        RegelingLezer lezer = new RegelingLezer(bestand);
        for (Bron b : bronnen) {
            lezer.bronBestanden.put(b.documentId(), b.bestand());
        }
        return lezer.bron(o, sleutel, true);
    }

    /** A number of months: more than 0 and at most {@link #MAANDEN} (ten years). */
    private static BigDecimal maanden(YamlObject o, String sleutel, boolean verplicht) {
        BigDecimal m = o.positiefGetal(sleutel, verplicht);
        if (m != null && m.compareTo(new BigDecimal(MAANDEN)) > 0) {
            o.fout(sleutel, "is meer dan " + MAANDEN + " maanden (tien jaar): " + m.toPlainString());
            return null;
        }
        return m;
    }

    private static Integer geheelTussen(YamlObject o, String sleutel, boolean verplicht, int min, int max) {
        Integer i = o.geheel(sleutel, verplicht);
        if (i != null && (i < min || i > max)) {
            o.fout(sleutel, "moet tussen " + min + " en " + max + " liggen (grenzen inbegrepen), niet " + i);
            return null;
        }
        return i;
    }

    private Tarief tarief(YamlObject t) {
        BigDecimal bedrag = t.getal("bedrag", true);
        if (bedrag != null && bedrag.signum() < 0) {
            t.fout("bedrag", "mag niet negatief zijn (" + bedrag.toPlainString() + ")");
        } else if (bedrag != null && bedrag.signum() == 0) {
            t.fout("bedrag", "mag niet 0 zijn: het product wordt met dit tarief geprijsd. Geeft de bron geen tarief, "
                    + "laat het dan weg");
        }
        if (bedrag != null && bedrag.scale() > 2) {
            t.fout("bedrag", "heeft meer dan twee decimalen (" + bedrag.toPlainString() + ")");
        }
        String type = t.keuze("aanbieder", false, a -> a.equals("micro") || a.equals("regulier") ? a : null,
                "micro, regulier");
        Tarief tarief = new Tarief(t.keuze("financiering", true, Financiering::vanNaam, FINANCIERINGEN),
                t.keuze("eenheid", true, Eenheid::vanNaam, EENHEDEN), bedrag, type, bron(t, true),
                t.tekst("onduidelijk", false));
        t.tekst("opmerking", false);
        t.controleerOnbekendeSleutels();
        return tarief;
    }

    private List<Limiet> limieten(YamlObject ouder) {
        List<Limiet> uit = new ArrayList<>();
        for (YamlObject l : ouder.objecten("limieten")) {
            Periode per = l.keuze("per", true, Periode::vanNaam, PERIODEN);
            BigDecimal maximaal = l.positiefGetal("maximaal", true);
            Eenheid eenheid = l.keuze("eenheid", true, Eenheid::vanNaam, EENHEDEN);
            Bron bron = bron(l, true);
            uit.add(new Limiet(per, maximaal, eenheid, aard(l, bron), bron, l.tekst("onduidelijk", false)));
            l.tekst("opmerking", false);
            l.controleerOnbekendeSleutels();
        }
        return uit;
    }

    private Duur duur(YamlObject d) {
        if (d == null) {
            return null;
        }
        BigDecimal maximaalMaanden = maanden(d, "maximaal_maanden", false);
        Integer maximaalDagen = geheelTussen(d, "maximaal_dagen", false, 1, 3660);
        BigDecimal gemiddeld = maanden(d, "gemiddeld_maanden", false);
        Bron bron = bron(d, true);
        Duur duur = new Duur(maximaalMaanden, maximaalDagen, gemiddeld, aard(d, bron), bron,
                d.tekst("onduidelijk", false));
        d.tekst("opmerking", false);
        if (!d.heeft("maximaal_maanden") && !d.heeft("maximaal_dagen") && !d.heeft("gemiddeld_maanden")) {
            d.fout(d.knoopZelf(), d.pad(), "noemt maximaal_maanden, maximaal_dagen of gemiddeld_maanden");
        }
        d.controleerOnbekendeSleutels();
        return duur;
    }

    private Leeftijd leeftijd(YamlObject l) {
        if (l == null) {
            return null;
        }
        Integer vanaf = geheelTussen(l, "vanaf", false, 0, 120);
        Integer tot = geheelTussen(l, "tot", false, 0, 120);
        if (vanaf != null && tot != null && tot <= vanaf) {
            l.fout("tot", "moet na 'vanaf' (" + vanaf + ") liggen, niet " + tot + ": 'tot' is de eerste leeftijd die niet meer mag");
        }
        List<Leeftijdsuitzondering> uitzonderingen = new ArrayList<>();
        for (YamlObject u : l.objecten("uitzonderingen")) {
            Leeftijdsuitzondering lu = leeftijdsuitzondering(u);
            if (lu.vanaf() != null && (vanaf == null || lu.vanaf() >= vanaf)) {
                u.fout("vanaf", "een uitzondering vanaf " + lu.vanaf() + " moet onder de leeftijd 'vanaf'"
                        + (vanaf == null ? " liggen, maar die ontbreekt" : " (" + vanaf + ") liggen"));
            }
            if (lu.tot() != null && (tot == null || lu.tot() <= tot)) {
                u.fout("tot", "een uitzondering tot " + lu.tot() + " moet boven de leeftijd 'tot'"
                        + (tot == null ? " liggen, maar die ontbreekt" : " (" + tot + ") liggen"));
            }
            if (lu.maandenNaTot() != null && tot == null) {
                u.fout("maanden_na_tot", "telt vanaf de verjaardag 'tot', maar die ontbreekt");
            }
            uitzonderingen.add(lu);
        }
        Leeftijd leeftijd = new Leeftijd(vanaf, tot,
                Boolean.TRUE.equals(l.jaNee("alleen_bij_start", false)), bron(l, true), l.tekst("onduidelijk", false),
                uitzonderingen);
        l.tekst("opmerking", false);
        l.controleerOnbekendeSleutels();
        return leeftijd;
    }

    /**
     * One exception to an age limit: exactly one of {@code vanaf}, {@code tot}, {@code maanden_na_tot}, with the facts
     * of which one must be true ({@code een_van}, checked against {@code combinaties.feiten} once that is read).
     */
    private Leeftijdsuitzondering leeftijdsuitzondering(YamlObject u) {
        Integer vanaf = geheelTussen(u, "vanaf", false, 0, 120);
        Integer tot = geheelTussen(u, "tot", false, 0, 120);
        Integer maanden = geheelTussen(u, "maanden_na_tot", false, 1, 120);
        int gezet = (u.heeft("vanaf") ? 1 : 0) + (u.heeft("tot") ? 1 : 0) + (u.heeft("maanden_na_tot") ? 1 : 0);
        if (gezet != 1) {
            u.fout(u.knoopZelf(), u.pad(), "noemt precies een van vanaf, tot of maanden_na_tot, niet " + gezet);
        }
        List<String> eenVan = u.teksten("een_van");
        for (String feit : eenVan) {
            feitverwijzingen.add(new Verwijzing(u, "een_van", feit, "feit"));
        }
        Leeftijdsuitzondering uit = new Leeftijdsuitzondering(vanaf, tot, maanden, eenVan, bron(u, true),
                u.tekst("onduidelijk", false));
        u.tekst("opmerking", false);
        u.controleerOnbekendeSleutels();
        return uit;
    }

    /** Changes over time that apply to every product: {@code verlengde_jeugdhulp}. */
    private Tijdsverloop tijdsverloop(YamlObject doc) {
        YamlObject v = doc.object("verlengde_jeugdhulp", false);
        Leeftijdsuitzondering verlengd = null;
        if (v != null) {
            verlengd = leeftijdsuitzondering(v);
            if (verlengd.vanaf() != null) {
                v.fout("vanaf", "verlengde jeugdhulp gaat over de leeftijd na 18: noem 'tot' of 'maanden_na_tot'");
            }
            if (verlengd.tot() != null && verlengd.tot() <= 18) {
                v.fout("tot", "moet boven de 18 van de Jeugdwet liggen, niet " + verlengd.tot());
            }
        }
        YamlObject g = doc.object("garantiefase", false);
        Garantiefase garantie = null;
        if (g != null) {
            Integer maanden = geheelTussen(g, "maanden", true, 1, 120);
            String feit = g.tekst("feit", true);
            if (feit != null) {
                feitverwijzingen.add(new Verwijzing(g, "feit", feit, "feit"));
            }
            List<Garantiefase.Segment> segmenten = new ArrayList<>();
            java.util.Set<String> gezien = new java.util.HashSet<>();
            for (YamlObject s : g.objecten("segmenten")) {
                List<String> producten = s.teksten("producten");
                if (producten.isEmpty()) {
                    s.fout("producten", "ontbreekt of is leeg");
                }
                for (String p : producten) {
                    if (!gezien.add(p)) {
                        s.fout("producten", "product '" + p + "' staat in twee segmenten");
                    }
                }
                verwijst(s, "producten", producten, "product");
                segmenten.add(new Garantiefase.Segment(s.tekst("naam", true), producten, bron(s, true)));
                s.controleerOnbekendeSleutels();
            }
            if (segmenten.isEmpty()) {
                g.fout("segmenten", "ontbreekt of is leeg: de garantiefase vergelijkt per segment");
            }
            garantie = new Garantiefase(maanden == null ? 1 : maanden, feit, segmenten, bron(g, true),
                    g.tekst("onduidelijk", false));
            g.tekst("opmerking", false);
            g.controleerOnbekendeSleutels();
        }
        return new Tijdsverloop(verlengd, garantie, lifeEvent(doc.object("life_event", false)));
    }

    /** A traject ended early by a life event, paid pro rata (001:2556-2576); the fact must be declared. */
    private LifeEvent lifeEvent(YamlObject l) {
        if (l == null) {
            return null;
        }
        String feit = l.tekst("feit", true);
        if (feit != null) {
            feitverwijzingen.add(new Verwijzing(l, "feit", feit, "feit"));
        }
        LifeEvent uit = new LifeEvent(feit,
                l.keuze("maandbedrag", true, LifeEvent.Maandbedrag::vanNaam, "looptijd_toewijzing, gemiddelde_looptijd"),
                l.keuze("deelmaand", true, LifeEvent.Deelmaand::vanNaam, "telt_heel, naar_dagen"),
                bron(l, true), l.tekst("onduidelijk", false));
        l.tekst("opmerking", false);
        l.controleerOnbekendeSleutels();
        return uit;
    }

    /**
     * The tables a consultant picks posten from (docs/regeling-formaat.md, "hulptabellen"): names in snake_case and
     * unique, every row a duration in a unit a post can have, counts from 1 upwards.
     */
    private List<Hulptabel> hulptabellen(YamlObject doc) {
        List<Hulptabel> uit = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        for (YamlObject t : doc.objecten("hulptabellen")) {
            String naam = snakeCase(t, "naam");
            if (naam != null && !namen.add(naam)) {
                t.fout("naam", "hulptabel '" + naam + "' staat er twee keer in");
            }
            String omschrijving = t.tekst("omschrijving", true);
            String telt = t.tekst("telt", true);
            Periode per = t.keuze("per", false, Periode::vanNaam, PERIODEN);
            Bron bron = bron(t, true);
            Aard aard = aard(t, bron);
            List<Hulptabel.Rij> rijen = new ArrayList<>();
            Set<String> keuzes = new HashSet<>();
            for (YamlObject r : t.objecten("rijen")) {
                String keuze = snakeCase(r, "keuze");
                if (keuze != null && !keuzes.add(keuze)) {
                    r.fout("keuze", "keuze '" + keuze + "' staat er twee keer in deze hulptabel");
                }
                String rijOmschrijving = r.tekst("omschrijving", true);
                BigDecimal duur = r.positiefGetal("duur", true);
                Eenheid eenheid = r.keuze("eenheid", true, e -> Eenheid.vanNaam(e) == Eenheid.TRAJECT ? null : Eenheid.vanNaam(e),
                        "minuut, uur, dagdeel, etmaal, stuks");
                Integer vanaf = geheelTussen(r, "aantal_vanaf", false, 1, 1000);
                Integer totEnMet = geheelTussen(r, "aantal_tot_en_met", false, 1, 1000);
                int van = vanaf == null ? 1 : vanaf;
                if (totEnMet != null && totEnMet < van) {
                    r.fout("aantal_tot_en_met", "ligt onder aantal_vanaf (" + van + ")");
                }
                rijen.add(new Hulptabel.Rij(keuze, rijOmschrijving, duur, eenheid, van, totEnMet, r.tekst("reden", true),
                        bron(r, true), r.tekst("onduidelijk", false)));
                r.tekst("opmerking", false);
                r.controleerOnbekendeSleutels();
            }
            if (rijen.isEmpty()) {
                t.fout("rijen", "ontbreekt of is leeg: een hulptabel heeft minstens één rij");
            }
            uit.add(new Hulptabel(naam, omschrijving, telt, per, aard, rijen, bron, t.tekst("opmerking", false),
                    t.tekst("onduidelijk", false)));
            t.controleerOnbekendeSleutels();
        }
        return uit;
    }

    /** A required name in snake_case (lower case, digits and _), at most 60 characters, as a request writes it. */
    private static String snakeCase(YamlObject o, String sleutel) {
        String naam = o.tekst(sleutel, true);
        if (naam != null && !naam.matches("[a-z][a-z0-9_]{0,59}")) {
            o.fout(sleutel, "moet snake_case zijn (kleine letters, cijfers en _, hoogstens 60 tekens), niet '" + naam + "'");
            return null;
        }
        return naam;
    }

    /** The {@code pgb_bekostiging} blocks that name {@code tarief_van}, checked once every product is read. */
    private final List<YamlObject> pgbTariefVerwijzingen = new ArrayList<>();

    /**
     * A {@code tarief_van} must name a product with a pgb tariff in the pgb unit: otherwise the line would silently have
     * no price. (An unknown code is reported by {@link #controleerVerwijzingen}.)
     */
    private void controleerPgbTarieven(List<Product> producten) {
        for (YamlObject pgb : pgbTariefVerwijzingen) {
            String code = pgb.tekst("tarief_van", false);
            Eenheid eenheid = pgb.keuze("eenheid", false, Eenheid::vanNaam, EENHEDEN);
            for (Product p : producten) {
                if (p.code() != null && p.code().equals(code) && eenheid != null && p.tarifering().tarieven().stream()
                        .noneMatch(t -> t.financiering().isPgb() && t.eenheid() == eenheid)) {
                    pgb.fout("tarief_van", "product '" + code + "' heeft geen pgb-tarief per " + eenheid.enkelvoud());
                }
            }
        }
    }

    /** Facts named by an age exception must be declared under combinaties.feiten. */
    private final List<Verwijzing> feitverwijzingen = new ArrayList<>();

    private void controleerFeitverwijzingen(Combinaties combinaties) {
        for (Verwijzing v : feitverwijzingen) {
            if (combinaties.tijdregels().feit(v.naam()) == null) {
                List<String> namen = combinaties.tijdregels().feiten().stream().map(Feit::naam).toList();
                v.waar().fout(v.sleutel(), "onbekend feit '" + v.naam() + "'; declareer het onder combinaties.feiten"
                        + (namen.isEmpty() ? "" : " (nu: " + String.join(", ", namen) + ")"));
            }
        }
    }

    /**
     * An agreed volume is added to the product's build-up, so it must be in a unit that converts to the
     * product's: any time unit for a product in minutes, uren or dagdelen, otherwise the product's own unit.
     */
    private VastVolume vastVolume(YamlObject v, Eenheid producteenheid) {
        if (v == null) {
            return null;
        }
        VastVolume vast = new VastVolume(v.positiefGetal("volume", true), v.keuze("eenheid", true, Eenheid::vanNaam, EENHEDEN),
                v.keuze("per", true, Periode::vanNaam, PERIODEN), bron(v, true), v.tekst("onduidelijk", false));
        if (vast.eenheid() != null && producteenheid != null && !(producteenheid.isTijd() ? vast.eenheid().isTijd()
                : vast.eenheid() == producteenheid && producteenheid != Eenheid.TRAJECT)) {
            v.fout("eenheid", "een afgesproken volume in " + vast.eenheid().woord(true) + " past niet bij een product in "
                    + producteenheid.woord(true));
        }
        v.tekst("opmerking", false);
        v.controleerOnbekendeSleutels();
        return vast;
    }

    private Verlenging verlenging(YamlObject v) {
        Boolean toegestaan = v.jaNee("toegestaan", false);
        BigDecimal fractie = v.positiefGetal("maximaal_fractie", false);
        if (fractie != null && fractie.compareTo(BigDecimal.ONE) > 0) {
            v.fout("maximaal_fractie", "is een deel van de oorspronkelijke periode: groter dan 0 en ten hoogste 1, niet "
                    + fractie.toPlainString());
            fractie = null;
        }
        Integer aantal = geheelTussen(v, "maximaal_aantal", false, 1, 100);
        BigDecimal maanden = maanden(v, "maximaal_maanden", false);
        Bron bron = bron(v, true);
        String onduidelijk = v.tekst("onduidelijk", false);
        YamlObject via = v.object("via_verzoek_om_wijziging", false);
        VerlengingViaVerzoek viaVerzoek = via == null ? null : verlengingViaVerzoek(via);
        Verlenging verlenging = new Verlenging(toegestaan == null || toegestaan, aantal, fractie, maanden, bron,
                onduidelijk, viaVerzoek);
        v.tekst("opmerking", false);
        v.controleerOnbekendeSleutels();
        return verlenging;
    }

    /** verlenging.via_verzoek_om_wijziging: the provider asks the extension with a 317 (VerlengingViaVerzoek). */
    private VerlengingViaVerzoek verlengingViaVerzoek(YamlObject v) {
        Boolean alleenEinddatum = v.jaNee("alleen_einddatum", true);
        String type = v.tekst("verwijzer_type", false);
        if (type != null && !type.matches("0[1-9]")) {
            v.fout("verwijzer_type", "is een code van COD327 (01 tot en met 09), niet '" + type + "'");
        }
        Bron bron = bron(v, true);
        String onduidelijk = v.tekst("onduidelijk", false);
        YamlObject geheel = v.object("als_geheel", false);
        VerzoekAlsGeheel alsGeheel = null;
        if (geheel != null) {
            alsGeheel = new VerzoekAlsGeheel(bron(geheel, true), geheel.tekst("onduidelijk", false));
            geheel.tekst("opmerking", false);
            geheel.controleerOnbekendeSleutels();
        }
        VerlengingViaVerzoek uit = new VerlengingViaVerzoek(Boolean.TRUE.equals(alleenEinddatum), type, bron,
                onduidelijk, alsGeheel);
        v.tekst("opmerking", false);
        v.controleerOnbekendeSleutels();
        return uit;
    }

    private Combinaties combinaties(YamlObject c) {
        Oordeel standaard = c.keuze("standaard", false, Oordeel::vanNaam, "mogelijk, onbekend");
        List<Groep> groepen = new ArrayList<>();
        for (YamlObject g : c.objecten("groepen")) {
            groepen.add(new Groep(g.tekst("naam", true), g.teksten("producten")));
            verwijst(g, "producten", g.teksten("producten"), "product");
            g.tekst("opmerking", false);
            g.controleerOnbekendeSleutels();
        }
        List<Voetnoot> voetnoten = new ArrayList<>();
        for (YamlObject v : c.objecten("voetnoten")) {
            Integer nummer = v.geheel("nummer", true);
            voetnoten.add(new Voetnoot(nummer == null ? 0 : nummer, v.tekst("tekst", true), bron(v, true)));
            v.controleerOnbekendeSleutels();
        }
        YamlObject h = c.object("hardheidsclausule", false);
        Hardheidsclausule hardheid = null;
        if (h != null) {
            hardheid = new Hardheidsclausule(h.tekst("tekst", true), bron(h, true));
            h.controleerOnbekendeSleutels();
        }
        List<Feit> feiten = new ArrayList<>();
        for (YamlObject f : c.objecten("feiten")) {
            String naam = f.tekst("naam", true);
            if (naam != null && !naam.matches("[a-z][a-z0-9_]{0,59}")) {
                f.fout("naam", "moet snake_case zijn (kleine letters, cijfers en _, hoogstens 60 tekens), niet '" + naam + "'");
            } else if (naam != null && feiten.stream().anyMatch(x -> naam.equals(x.naam()))) {
                f.fout("naam", "feit '" + naam + "' staat er twee keer in");
            }
            Feitsoort soort = f.keuze("soort", false, Feitsoort::vanNaam, Feitsoort.NAMEN);
            feiten.add(new Feit(naam, f.tekst("vraag", true), bron(f, true), soort));
            f.controleerOnbekendeSleutels();
        }
        List<Paar> paren = new ArrayList<>();
        for (YamlObject p : c.objecten("paren")) {
            Integer voetnoot = p.geheel("voetnoot", false);
            String a = p.tekst("a", true);
            String b = p.tekst("b", true);
            verwijst(p, "a", a == null ? List.of() : List.of(a), "productOfGroep");
            verwijst(p, "b", b == null ? List.of() : List.of(b), "productOfGroep");
            Oordeel oordeel = p.keuze("oordeel", true, Oordeel::vanNaam, "mogelijk, voorwaardelijk, niet_mogelijk, onbekend");
            String tenzij = feit(p, feiten);
            if (tenzij != null && oordeel != null && oordeel != Oordeel.NIET_MOGELIJK) {
                p.fout("tenzij", "een uitzondering past alleen bij oordeel niet_mogelijk, niet bij " + oordeel.name().toLowerCase());
            }
            boolean zelfdeDag = Boolean.TRUE.equals(p.jaNee("niet_op_dezelfde_dag", false));
            if (zelfdeDag && oordeel != null && oordeel != Oordeel.VOORWAARDELIJK) {
                p.fout("niet_op_dezelfde_dag", "past alleen bij oordeel voorwaardelijk (samen in een periode, niet op één dag), "
                        + "niet bij " + oordeel.name().toLowerCase());
            }
            paren.add(new Paar(a, b, oordeel, voetnoot, p.tekst("toelichting", false), bron(p, true),
                    p.tekst("onduidelijk", false), tenzij, zelfdeDag, stapelingsvoorwaarden(p, oordeel, feiten)));
            p.controleerOnbekendeSleutels();
            if (voetnoot != null && voetnoten.stream().noneMatch(v -> v.nummer() == voetnoot)) {
                p.fout("voetnoot", "onbekende voetnoot " + voetnoot);
            }
        }
        List<Vereiste> vereisten = new ArrayList<>();
        for (YamlObject v : c.objecten("vereist")) {
            vereisten.add(new Vereiste(v.teksten("producten"), v.teksten("met"), bron(v, true), v.tekst("onduidelijk", false),
                    feit(v, feiten), Boolean.TRUE.equals(v.jaNee("in_aanvraag", false)),
                    Boolean.TRUE.equals(v.jaNee("bij_start", false))));
            verwijst(v, "producten", v.teksten("producten"), "productOfGroep");
            verwijst(v, "met", v.teksten("met"), "productOfGroep");
            v.tekst("toelichting", false);
            v.controleerOnbekendeSleutels();
        }
        List<Volgorde> volgorden = new ArrayList<>();
        for (YamlObject v : c.objecten("volgorde")) {
            List<String> eerst = namen(v, "eerst");
            List<String> dan = namen(v, "dan");
            for (String n : eerst) {
                if (dan.contains(n)) {
                    v.fout("dan", "'" + n + "' staat ook onder 'eerst'");
                }
            }
            volgorden.add(new Volgorde(eerst, dan, bron(v, true), v.tekst("onduidelijk", false)));
            v.tekst("opmerking", false);
            v.controleerOnbekendeSleutels();
        }
        List<Pauze> pauzes = new ArrayList<>();
        for (YamlObject v : c.objecten("pauzeert_andere_hulp")) {
            pauzes.add(new Pauze(namen(v, "producten"), bron(v, true), v.tekst("onduidelijk", false)));
            v.tekst("opmerking", false);
            v.controleerOnbekendeSleutels();
        }
        List<Afschaling> afschalingen = new ArrayList<>();
        for (YamlObject v : c.objecten("afschaling")) {
            List<String> van = namen(v, "van");
            List<String> naar = namen(v, "naar");
            for (String n : van) {
                if (naar.contains(n)) {
                    v.fout("naar", "'" + n + "' staat ook onder 'van'; afschalen is naar een ander, lichter product");
                }
            }
            BigDecimal min = maanden(v, "overlap_minimaal_maanden", false);
            BigDecimal max = maanden(v, "overlap_maximaal_maanden", false);
            if (!v.heeft("overlap_minimaal_maanden") && !v.heeft("overlap_maximaal_maanden")) {
                v.fout(v.knoopZelf(), v.pad(), "noemt overlap_minimaal_maanden, overlap_maximaal_maanden of beide");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                v.fout("overlap_minimaal_maanden", "is meer dan overlap_maximaal_maanden (" + max.toPlainString() + ")");
            }
            afschalingen.add(new Afschaling(van, naar, min, max, bron(v, true), v.tekst("onduidelijk", false)));
            v.tekst("opmerking", false);
            v.controleerOnbekendeSleutels();
        }
        List<Feitvereiste> feitvereisten = feitvereisten(c, feiten);
        Bron bron = bron(c, false);
        c.tekst("opmerking", false);
        c.controleerOnbekendeSleutels();
        return new Combinaties(standaard == null ? Oordeel.MOGELIJK : standaard, groepen, voetnoten, hardheid, paren,
                vereisten, bron, new Tijdregels(feiten, volgorden, pauzes, afschalingen), feitvereisten);
    }

    /**
     * {@code vereiste_feiten}: products that need a fact about the client (IQ above 141, 004:731; an
     * ontwikkelingsgericht behandelplan, 004:2298-2302; treatment aimed at work from 16, 004:2266).
     */
    private List<Feitvereiste> feitvereisten(YamlObject c, List<Feit> feiten) {
        List<Feitvereiste> uit = new ArrayList<>();
        for (YamlObject v : c.objecten("vereiste_feiten")) {
            List<String> producten = namen(v, "producten");
            String naam = v.tekst("feit", true);
            Feit feit = naam == null ? null : feiten.stream().filter(f -> naam.equals(f.naam())).findFirst().orElse(null);
            if (naam != null && feit == null) {
                v.fout("feit", "onbekend feit '" + naam + "'; declareer het onder combinaties.feiten");
            }
            BigDecimal groterDan = v.getal("groter_dan", false);
            if (feit != null && feit.soort() == Feitsoort.GETAL && groterDan == null) {
                v.fout("groter_dan", "ontbreekt: '" + naam + "' is een getal; zeg boven welke waarde het moet liggen");
            } else if (feit != null && feit.soort() == Feitsoort.JA_NEE && groterDan != null) {
                v.fout("groter_dan", "past niet bij '" + naam + "': dat is een ja/nee-feit (het moet ja zijn)");
            }
            Integer vanaf = v.geheel("vanaf_leeftijd", false);
            if (vanaf != null && (vanaf < 0 || vanaf > 30)) {
                v.fout("vanaf_leeftijd", "moet tussen 0 en 30 liggen, niet " + vanaf);
            }
            String als = v.tekst("als", false);
            if (als != null) {
                Feit alsFeit = feiten.stream().filter(f -> als.equals(f.naam())).findFirst().orElse(null);
                if (alsFeit == null) {
                    v.fout("als", "onbekend feit '" + als + "'; declareer het onder combinaties.feiten");
                } else if (alsFeit.soort() != Feitsoort.JA_NEE) {
                    v.fout("als", "'" + als + "' is geen ja/nee-feit");
                } else if (als.equals(naam)) {
                    v.fout("als", "is hetzelfde feit als 'feit'");
                }
            }
            uit.add(new Feitvereiste(producten, naam, groterDan, vanaf, als, bron(v, true), v.tekst("onduidelijk", false)));
            v.tekst("opmerking", false);
            v.controleerOnbekendeSleutels();
        }
        return uit;
    }

    /**
     * The rules of the referral route: {@code alleen_door} (products only some referrers deploy, 001:4298, 2802-2808),
     * {@code einde_uiterlijk_maatregel} (001:3132-3134) and {@code intake_binnen} (002:202-209).
     */
    private Verwijsregels verwijsregels(YamlObject v) {
        if (v == null) {
            return Verwijsregels.GEEN;
        }
        List<Verwijsregels.AlleenDoor> alleenDoor = new ArrayList<>();
        for (YamlObject a : v.objecten("alleen_door")) {
            alleenDoor.add(new Verwijsregels.AlleenDoor(namen(a, "producten"), verwijzers(a),
                    Boolean.TRUE.equals(a.jaNee("anders_in_afstemming", false)), bron(a, true), a.tekst("onduidelijk", false)));
            a.tekst("opmerking", false);
            a.controleerOnbekendeSleutels();
        }
        Verwijsregels.Maatregelgrens maatregel = null;
        YamlObject m = v.object("einde_uiterlijk_maatregel", false);
        if (m != null) {
            maatregel = new Verwijsregels.Maatregelgrens(verwijzers(m), bron(m, true), m.tekst("onduidelijk", false));
            m.tekst("opmerking", false);
            m.controleerOnbekendeSleutels();
        }
        Verwijsregels.Intaketermijn intake = null;
        YamlObject i = v.object("intake_binnen", false);
        if (i != null) {
            Integer maanden = i.geheel("maanden", true);
            if (maanden != null && (maanden < 1 || maanden > 120)) {
                i.fout("maanden", "moet 1 tot en met 120 zijn, niet " + maanden);
            }
            intake = new Verwijsregels.Intaketermijn(verwijzers(i), maanden == null ? 1 : maanden, bron(i, true),
                    i.tekst("onduidelijk", false));
            i.tekst("opmerking", false);
            i.controleerOnbekendeSleutels();
        }
        v.controleerOnbekendeSleutels();
        return new Verwijsregels(alleenDoor, maatregel, intake);
    }

    /** The required, non-empty list {@code verwijzers}, each a known referrer, none twice. */
    private static java.util.Set<Verwijzer> verwijzers(YamlObject o) {
        java.util.Set<Verwijzer> uit = java.util.EnumSet.noneOf(Verwijzer.class);
        List<String> namen = o.teksten("verwijzers");
        if (namen.isEmpty()) {
            o.fout("verwijzers", "ontbreekt of is leeg; toegestaan: " + Verwijzer.NAMEN);
        }
        for (String n : namen) {
            Verwijzer w = Verwijzer.vanNaam(n);
            if (w == null) {
                o.fout("verwijzers", "onbekende verwijzer '" + n + "'; toegestaan: " + Verwijzer.NAMEN);
            } else if (!uit.add(w)) {
                o.fout("verwijzers", "'" + n + "' staat er twee keer in");
            }
        }
        return uit;
    }

    /** Product codes or group names under {@code sleutel}: required, each checked with the other references. */
    private List<String> namen(YamlObject o, String sleutel) {
        List<String> namen = o.teksten(sleutel);
        if (namen.isEmpty()) {
            o.fout(sleutel, "ontbreekt of is leeg");
        }
        verwijst(o, sleutel, namen, "productOfGroep");
        return namen;
    }

    /**
     * The conditions of a voorwaardelijk pair the engine decides (001:4244-4327): {@code aanbieder} (verschillend,
     * in_principe_verschillend, zelfde_toegestaan), {@code alleen_als} (declared facts that must be true) and
     * {@code voorwaarden_volledig} (these are all the footnote asks).
     */
    private static Stapelingsvoorwaarden stapelingsvoorwaarden(YamlObject p, Oordeel oordeel, List<Feit> feiten) {
        Aanbiederregel aanbieder = p.keuze("aanbieder", false, Aanbiederregel::vanNaam,
                "verschillend, in_principe_verschillend, zelfde_toegestaan");
        List<String> alleenAls = p.teksten("alleen_als");
        for (String naam : alleenAls) {
            if (feiten.stream().noneMatch(f -> naam.equals(f.naam()))) {
                p.fout("alleen_als", "onbekend feit '" + naam + "'; declareer het onder combinaties.feiten"
                        + (feiten.isEmpty() ? "" : " (nu: " + String.join(", ", feiten.stream().map(Feit::naam).toList()) + ")"));
            }
        }
        if (alleenAls.size() != new java.util.HashSet<>(alleenAls).size()) {
            p.fout("alleen_als", "noemt een feit twee keer");
        }
        Boolean volledig = p.jaNee("voorwaarden_volledig", false);
        boolean iets = aanbieder != null || !alleenAls.isEmpty();
        if (iets && oordeel != null && oordeel != Oordeel.VOORWAARDELIJK) {
            p.fout(p.heeft("aanbieder") ? "aanbieder" : "alleen_als", "voorwaarden passen alleen bij oordeel voorwaardelijk, niet bij "
                    + oordeel.name().toLowerCase() + " (een uitzondering op niet_mogelijk is 'tenzij')");
        }
        if (Boolean.TRUE.equals(volledig) && !iets) {
            p.fout("voorwaarden_volledig", "zegt dat aanbieder en alleen_als alle voorwaarden zijn, maar het paar noemt geen van beide");
        }
        return new Stapelingsvoorwaarden(aanbieder, alleenAls, Boolean.TRUE.equals(volledig));
    }

    /** The optional {@code tenzij}: the name of a fact declared under {@code combinaties.feiten}. */
    private static String feit(YamlObject o, List<Feit> feiten) {
        String naam = o.tekst("tenzij", false);
        if (naam != null && feiten.stream().noneMatch(f -> naam.equals(f.naam()))) {
            o.fout("tenzij", "onbekend feit '" + naam + "'; declareer het onder combinaties.feiten"
                    + (feiten.isEmpty() ? "" : " (nu: " + String.join(", ", feiten.stream().map(Feit::naam).toList()) + ")"));
        }
        return naam;
    }

    /**
     * The length of one consult: minimaal and/or maximaal in minutes or hours, for a product indicated in time
     * (004:2782: "minimaal 20 minuten en maximaal 45 minuten per consult").
     */
    private Consultduur consult(YamlObject c, Eenheid producteenheid) {
        if (c == null) {
            return null;
        }
        BigDecimal min = c.positiefGetal("minimaal", false);
        BigDecimal max = c.positiefGetal("maximaal", false);
        Eenheid eenheid = c.keuze("eenheid", true, e -> Eenheid.vanNaam(e) == Eenheid.MINUUT || Eenheid.vanNaam(e) == Eenheid.UUR
                ? Eenheid.vanNaam(e) : null, "minuut, uur");
        Bron bron = bron(c, true);
        if (!c.heeft("minimaal") && !c.heeft("maximaal")) {
            c.fout(c.knoopZelf(), c.pad(), "noemt minimaal, maximaal of beide");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            c.fout("minimaal", "is meer dan maximaal (" + max.toPlainString() + ")");
        }
        if (producteenheid != null && !producteenheid.isTijd()) {
            c.fout(c.knoopZelf(), c.pad(), "een consult heeft een duur; het product wordt niet in tijd geïndiceerd maar in "
                    + producteenheid.woord(true));
        }
        Consultduur uit = new Consultduur(min, max, eenheid, bron, c.tekst("onduidelijk", false), aard(c, bron));
        c.tekst("opmerking", false);
        c.controleerOnbekendeSleutels();
        return uit;
    }

    /** periodelimieten, verhoudingen and gezamenlijke_duur: rules over time or over several products together. */
    private GedeeldeRegels gedeeldeRegels(YamlObject doc, Combinaties combinaties, List<Product> producten) {
        Map<String, Product> perCode = new HashMap<>();
        for (Product p : producten) {
            perCode.putIfAbsent(p.code(), p);
        }
        List<Periodelimiet> limieten = new ArrayList<>();
        for (YamlObject l : doc.objecten("periodelimieten")) {
            List<String> codes = productenVan(l, "producten", combinaties);
            String eenheidnaam = l.tekst("eenheid", true);
            boolean consulten = "consult".equals(eenheidnaam);
            Eenheid eenheid = consulten || eenheidnaam == null ? null : Eenheid.vanNaam(eenheidnaam);
            if (eenheidnaam != null && !consulten && (eenheid == null || eenheid == Eenheid.TRAJECT)) {
                l.fout("eenheid", "onbekende waarde '" + eenheidnaam + "'; toegestaan: minuut, uur, dagdeel, etmaal, stuks, consult");
            }
            Integer maanden = geheelTussen(l, "per_maanden", true, 1, 120);
            BigDecimal maximaal = l.positiefGetal("maximaal", true);
            Bron bron = bron(l, true);
            Periodelimiet limiet = new Periodelimiet(codes, maximaal, eenheid, consulten,
                    maanden == null ? 1 : maanden, aard(l, bron), bron,
                    l.tekst("onduidelijk", false));
            l.tekst("opmerking", false);
            l.controleerOnbekendeSleutels();
            if (eenheid != null) {
                eenhedenPassen(l, "producten", codes, perCode, eenheid);
            } else if (consulten) {
                for (String code : codes) {
                    Product p = perCode.get(code);
                    if (p != null && p.grenzen().consult() == null) {
                        l.fout("eenheid", "telt consulten, maar product '" + code + "' heeft geen regel 'consult'");
                    }
                }
            }
            limieten.add(limiet);
        }
        List<Verhouding> verhoudingen = new ArrayList<>();
        for (YamlObject v : doc.objecten("verhoudingen")) {
            List<String> codes = productenVan(v, "producten", combinaties);
            List<String> per = productenVan(v, "per", combinaties);
            BigDecimal maximaal = v.positiefGetal("maximaal", true);
            List<Verhouding.Afrondingsrij> rijen = new ArrayList<>();
            for (YamlObject r : v.objecten("omrekening")) {
                BigDecimal uren = r.positiefGetal("tot_en_met_uren", true);
                BigDecimal aantal = r.getal("aantal", true);
                if (aantal != null && aantal.signum() < 0) {
                    r.fout("aantal", "mag niet negatief zijn (" + aantal.toPlainString() + ")");
                }
                if (!rijen.isEmpty() && uren != null && aantal != null) {
                    Verhouding.Afrondingsrij vorige = rijen.get(rijen.size() - 1);
                    if (vorige.totEnMetUren() != null && uren.compareTo(vorige.totEnMetUren()) <= 0) {
                        r.fout("tot_en_met_uren", "moet groter zijn dan in de rij ervoor (" + vorige.totEnMetUren().toPlainString() + ")");
                    }
                    if (vorige.aantal() != null && aantal.compareTo(vorige.aantal()) < 0) {
                        r.fout("aantal", "mag niet kleiner zijn dan in de rij ervoor (" + vorige.aantal().toPlainString() + ")");
                    }
                }
                rijen.add(new Verhouding.Afrondingsrij(uren, aantal));
                r.controleerOnbekendeSleutels();
            }
            if (!rijen.isEmpty() && maximaal != null && rijen.get(rijen.size() - 1).aantal() != null
                    && rijen.get(rijen.size() - 1).aantal().compareTo(maximaal) != 0) {
                v.fout("maximaal", "is " + maximaal.toPlainString() + ", maar de laatste rij van 'omrekening' geeft "
                        + rijen.get(rijen.size() - 1).aantal().toPlainString() + "; die moeten gelijk zijn");
            }
            Bron bron = bron(v, true);
            eenZelfdeEenheid(v, "producten", codes, perCode);
            eenZelfdeEenheid(v, "per", per, perCode);
            for (String code : codes) {
                if (per.contains(code)) {
                    v.fout("per", "product '" + code + "' staat ook onder 'producten'");
                }
            }
            verhoudingen.add(new Verhouding(codes, per, maximaal, rijen, bron, v.tekst("onduidelijk", false), aard(v, bron)));
            v.tekst("opmerking", false);
            v.controleerOnbekendeSleutels();
        }
        List<GezamenlijkeDuur> duren = new ArrayList<>();
        for (YamlObject d : doc.objecten("gezamenlijke_duur")) {
            List<String> codes = productenVan(d, "producten", combinaties);
            if (new HashSet<>(codes).size() < 2 && d.heeft("producten")) {
                d.fout("producten", "noemt minstens twee producten; de duur van één product staat bij dat product (duur)");
            }
            String tot = d.keuze("meten_tot", false, t -> t.equals("einddatum") || t.equals("inzet") ? t : null,
                    "einddatum, inzet");
            BigDecimal maximaal = maanden(d, "maximaal_maanden", true);
            Bron bron = bron(d, true);
            duren.add(new GezamenlijkeDuur(codes, maximaal, "inzet".equals(tot), bron, d.tekst("onduidelijk", false),
                    aard(d, bron)));
            d.tekst("opmerking", false);
            d.controleerOnbekendeSleutels();
        }
        return new GedeeldeRegels(limieten, verhoudingen, duren);
    }

    /** The product codes a rule names (groups expanded); each name must exist, checked with the other references. */
    private List<String> productenVan(YamlObject o, String sleutel, Combinaties combinaties) {
        List<String> namen = o.teksten(sleutel);
        if (namen.isEmpty()) {
            o.fout(sleutel, "ontbreekt of is leeg");
        }
        verwijst(o, sleutel, namen, "productOfGroep");
        List<String> codes = new ArrayList<>();
        for (String naam : namen) {
            for (String code : combinaties.codes(naam)) {
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** Every product of a limit in {@code eenheid} must have a volume that converts to it. */
    private static void eenhedenPassen(YamlObject o, String sleutel, List<String> codes, Map<String, Product> perCode,
                                       Eenheid eenheid) {
        for (String code : codes) {
            Product p = perCode.get(code);
            Eenheid pe = p == null ? null : p.indicatiewijze().eenheid();
            if (pe != null && !(pe == eenheid || pe.isTijd() && eenheid.isTijd())) {
                o.fout(sleutel, "product '" + code + "' wordt in " + pe.woord(true) + " geïndiceerd; dat is niet te tellen in "
                        + eenheid.woord(true));
            }
        }
    }

    /** The products on one side of a ratio are counted in one unit, and not as traject. */
    private static void eenZelfdeEenheid(YamlObject o, String sleutel, List<String> codes, Map<String, Product> perCode) {
        Eenheid eerste = null;
        for (String code : codes) {
            Product p = perCode.get(code);
            Eenheid pe = p == null ? null : p.indicatiewijze().eenheid();
            if (pe == Eenheid.TRAJECT) {
                o.fout(sleutel, "product '" + code + "' is een traject zonder volume; een verhouding telt een volume");
            } else if (pe != null && eerste != null && pe != eerste) {
                o.fout(sleutel, "product '" + code + "' wordt in " + pe.woord(true) + " geïndiceerd, de andere in "
                        + eerste.woord(true) + "; een verhouding telt één eenheid aan elke kant");
            } else if (pe != null) {
                eerste = pe;
            }
        }
    }

    /** A name used somewhere (product code, group or municipality) that must exist once the file is read. */
    private record Verwijzing(YamlObject waar, String sleutel, String naam, String soort) {
    }

    private final List<Verwijzing> verwijzingen = new ArrayList<>();

    private void verwijst(YamlObject waar, String sleutel, List<String> namen, String soort) {
        for (String naam : namen) {
            verwijzingen.add(new Verwijzing(waar, sleutel, naam, soort));
        }
    }

    /** Every name used in a rule must be a product code, a group name where groups are allowed, or a municipality. */
    private void controleerVerwijzingen(YamlObject doc, List<Gemeente> gemeenten, List<Product> producten,
                                        Combinaties combinaties) {
        Set<String> codes = new LinkedHashSet<>();
        for (Product p : producten) {
            if (p.code() != null && !codes.add(p.code())) {
                doc.fout("producten", "productcode '" + p.code() + "' staat er twee keer in");
            }
        }
        Set<String> productOfGroep = new HashSet<>(codes);
        for (Groep g : combinaties.groepen()) {
            productOfGroep.add(g.naam());
        }
        Set<String> gemeentenamen = new HashSet<>();
        for (Gemeente g : gemeenten) {
            gemeentenamen.add(g.naam());
        }
        for (Verwijzing v : verwijzingen) {
            boolean bekend = switch (v.soort()) {
                case "product" -> codes.contains(v.naam());
                case "gemeente" -> gemeentenamen.contains(v.naam());
                default -> productOfGroep.contains(v.naam());
            };
            if (!bekend) {
                String wat = switch (v.soort()) {
                    case "product" -> "onbekend product";
                    case "gemeente" -> "onbekende gemeente";
                    default -> "onbekend product of onbekende groep";
                };
                v.waar().fout(v.sleutel(), "verwijst naar " + wat + " '" + v.naam() + "'");
            }
        }
    }

}
