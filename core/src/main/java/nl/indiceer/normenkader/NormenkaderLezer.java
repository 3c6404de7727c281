package nl.indiceer.normenkader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.YamlObject;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one normenkader file (docs/normenkader-formaat.md) and checks it: unknown keys, missing fields,
 * a value and {@code ontbreekt} at once, a capacity factor that raises the time, a per-occurrence norm
 * without frequencies, references to undeclared sources. Every problem names file, line and field.
 */
public final class NormenkaderLezer {

    private static final String WETTEN = "wmo, jeugdwet, beide";
    private static final String STATUSSEN = "vastgesteld, onvolledig, voorbeeld (\"voorbeeld — geen vastgesteld beleid\")";

    private final String bestand;
    private final List<Probleem> problemen = new ArrayList<>();
    private final Map<String, Bron> bronnen = new HashMap<>();

    private NormenkaderLezer(String bestand) {
        this.bestand = bestand;
    }

    /** Reads and checks a file; throws {@link OngeldigNormenkaderException} listing every problem. */
    public static Normenkader lees(Path pad) {
        String naam = pad.toString();
        try (InputStream in = Files.newInputStream(pad)) {
            return lees(naam, in.readNBytes(YamlObject.MAXIMALE_BESTANDSGROOTTE + 1));
        } catch (IOException e) {
            throw new OngeldigNormenkaderException(List.of(new Probleem(naam, 0, "(bestand)",
                    "kan niet gelezen worden: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))));
        }
    }

    /** Reads YAML text; {@code bestand} is the name used in messages. */
    public static Normenkader lees(String bestand, String yaml) {
        List<Probleem> problemen = new ArrayList<>();
        return new NormenkaderLezer(bestand).lees(YamlObject.compose(yaml, bestand, problemen), problemen);
    }

    /** Reads the bytes of a file (UTF-8, limits as for rulebooks); {@code bestand} is the name used in messages. */
    public static Normenkader lees(String bestand, byte[] inhoud) {
        List<Probleem> problemen = new ArrayList<>();
        return new NormenkaderLezer(bestand).lees(YamlObject.compose(inhoud, bestand, problemen), problemen);
    }

    private Normenkader lees(Node root, List<Probleem> yamlProblemen) {
        problemen.addAll(yamlProblemen);
        if (root == null) {
            throw new OngeldigNormenkaderException(problemen);
        }
        Normenkader kader = normenkader(new YamlObject(bestand, "", root, problemen));
        if (!problemen.isEmpty()) {
            throw new OngeldigNormenkaderException(problemen);
        }
        return kader;
    }

    private Normenkader normenkader(YamlObject doc) {
        List<Bron> documenten = new ArrayList<>();
        for (YamlObject b : doc.objecten("bronnen")) {
            Bron d = Bron.document(b.tekst("id", true), b.tekst("titel", true), b.tekst("adres", false));
            b.controleerOnbekendeSleutels();
            if (d.documentId() != null && bronnen.put(d.documentId(), d) != null) {
                b.fout("id", "bron '" + d.documentId() + "' staat er twee keer in");
            }
            documenten.add(d);
        }
        if (bronnen.isEmpty()) {
            doc.fout("bronnen", "ontbreekt: elk normenkader noemt zijn brondocumenten");
        }
        String id = doc.tekst("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            doc.fout("id", "alleen kleine letters, cijfers en '-', niet '" + id + "'");
        }
        String naam = doc.tekst("naam", true);
        String wet = doc.keuze("wet", true, w -> Set.of("wmo", "jeugdwet", "beide").contains(w) ? w : null, WETTEN);
        Normstatus status = doc.keuze("status", true, Normstatus::vanNaam, STATUSSEN);
        LocalDate vanaf = doc.datum("geldig_vanaf", true);
        LocalDate tot = doc.datum("geldig_tot", false);
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            doc.fout("geldig_tot", "ligt voor geldig_vanaf (" + vanaf + ")");
        }
        Bron bron = bron(doc, true);
        String opmerking = doc.tekst("opmerking", false);
        String ontbreekt = doc.tekst("ontbreekt", false);
        String onduidelijk = doc.tekst("onduidelijk", false);
        if (status == Normstatus.ONVOLLEDIG && ontbreekt == null) {
            doc.fout("ontbreekt", "ontbreekt: een onvolledig normenkader zegt welke waarden ontbreken");
        }
        BigDecimal wekenPerJaar = Normenkader.STANDAARD_WEKEN_PER_JAAR;
        Bron wekenPerJaarBron = null;
        YamlObject c = doc.object("constanten", false);
        if (c != null) {
            YamlObject wpj = c.object("weken_per_jaar", false);
            if (wpj != null) {
                BigDecimal w = wpj.positiefGetal("waarde", true);
                wekenPerJaar = w == null ? wekenPerJaar : w;
                wekenPerJaarBron = bron(wpj, true);
                wpj.tekst("opmerking", false);
                wpj.controleerOnbekendeSleutels();
            }
            c.controleerOnbekendeSleutels();
        }
        Set<String> factorcodes = new HashSet<>();
        List<Factor> algemeen = new ArrayList<>();
        for (YamlObject f : doc.objecten("factoren")) {
            Factor factor = factor(f);
            algemeen.add(factor);
            uniek(f, factor.code(), factorcodes, "factor");
        }
        List<Taak> taken = new ArrayList<>();
        Set<String> taakcodes = new HashSet<>();
        List<YamlObject> taakObjecten = doc.objecten("taken");
        for (YamlObject t : taakObjecten) {
            Taak taak = taak(t, factorcodes);
            taken.add(taak);
            uniek(t, taak.code(), taakcodes, "taak");
        }
        if (taakObjecten.isEmpty()) {
            doc.fout("taken", "ontbreekt of is leeg");
        }
        doc.controleerOnbekendeSleutels();
        return new Normenkader(new Identiteit(id, naam, wet, bestand), status, new Geldigheid(vanaf, tot),
                new Herkomst(bron, opmerking, onduidelijk), ontbreekt,
                new Constante(wekenPerJaar, null, wekenPerJaarBron, null), documenten, taken, algemeen);
    }

    private static void uniek(YamlObject o, String code, Set<String> codes, String soort) {
        if (code != null && !codes.add(code)) {
            o.fout("code", soort + " '" + code + "' staat er twee keer in");
        }
    }

    private Taak taak(YamlObject t, Set<String> algemeneFactoren) {
        String code = t.tekst("code", true);
        if (code != null && !code.matches("[a-z0-9][a-z0-9-]*")) {
            t.fout("code", "alleen kleine letters, cijfers en '-', niet '" + code + "'");
        }
        String naam = t.tekst("naam", true);
        String resultaatgebied = t.tekst("resultaatgebied", false);
        String omschrijving = t.tekst("omschrijving", false);
        String ontbreekt = t.tekst("ontbreekt", false);
        List<Norm> normen = new ArrayList<>();
        List<YamlObject> normObjecten = t.objecten("normen");
        Set<Normperiode> ritmes = new HashSet<>();
        for (YamlObject n : normObjecten) {
            Norm norm = norm(n);
            normen.add(norm);
            if (normObjecten.size() > 1 && norm.ritme() == null) {
                n.fout("ritme", "ontbreekt: bij meer dan één norm noemt elke norm haar leveringsritme");
            } else if (norm.ritme() != null && !ritmes.add(norm.ritme())) {
                n.fout("ritme", "ritme '" + norm.ritme().naam() + "' staat er twee keer in");
            }
        }
        if (normen.isEmpty() && ontbreekt == null) {
            t.fout("normen", "ontbreekt: geef minstens één normtijd, of leg in 'ontbreekt' uit waarom die er niet is");
        }
        Set<String> codes = new HashSet<>(algemeneFactoren);
        List<Factor> factoren = new ArrayList<>();
        for (YamlObject f : t.objecten("factoren")) {
            Factor factor = factor(f);
            factoren.add(factor);
            if (factor.code() != null && algemeneFactoren.contains(factor.code())) {
                f.fout("code", "factor '" + factor.code() + "' bestaat al als algemene factor");
            } else {
                uniek(f, factor.code(), codes, "factor");
            }
            boolean elkeNormPerKeer = normen.stream().allMatch(n -> n.per() == Normperiode.KEER);
            if (factor.optelling() != null && factor.optelling().per() == Normperiode.KEER && !elkeNormPerKeer) {
                f.fout("per", "een factor per keer past alleen bij een taak waarvan elke normtijd per keer is");
            }
        }
        List<Referentie> referenties = new ArrayList<>();
        for (YamlObject r : t.objecten("referenties")) {
            Tijd tijd = tijd(r, true, false);
            Normperiode per = r.keuze("per", true, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
            referenties.add(new Referentie(tijd, per, r.tekst("toelichting", true), bron(r, true)));
            r.controleerOnbekendeSleutels();
        }
        Taak taak = new Taak(code, naam, resultaatgebied, omschrijving, normen, factoren, referenties, ontbreekt,
                herkomst(t));
        t.controleerOnbekendeSleutels();
        return taak;
    }

    private Norm norm(YamlObject n) {
        Normperiode ritme = n.keuze("ritme", false, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
        String ontbreekt = n.tekst("ontbreekt", false);
        Tijd tijd = tijd(n, ontbreekt == null, false);
        if (tijd != null && ontbreekt != null) {
            n.fout("ontbreekt", "geef een normtijd of 'ontbreekt', niet beide");
        }
        Normperiode per = n.keuze("per", true, Normperiode::vanNaam, Normperiode.NAMEN);
        List<Frequentie> frequenties = new ArrayList<>();
        for (YamlObject f : n.objecten("frequenties")) {
            frequenties.add(frequentie(f));
        }
        if (per == Normperiode.KEER && frequenties.isEmpty() && ontbreekt == null) {
            n.fout("frequenties", "ontbreekt: een normtijd per keer noemt de toegestane frequenties");
        }
        if (per != null && per != Normperiode.KEER && !frequenties.isEmpty()) {
            n.fout("frequenties", "alleen bij een normtijd per keer; deze normtijd is " + per.omschrijving());
        }
        String voorwaarde = n.tekst("voorwaarde", false);
        Norm norm = new Norm(ritme, tijd, per, frequenties, voorwaarde, ontbreekt, herkomst(n));
        n.controleerOnbekendeSleutels();
        return norm;
    }

    private Frequentie frequentie(YamlObject f) {
        BigDecimal keer = f.positiefGetal("keer", false);
        BigDecimal maximaal = f.positiefGetal("maximaal", false);
        if ((keer == null) == (maximaal == null)) {
            f.fout(f.knoopZelf(), f.pad(), "geef 'keer' (precies zo vaak) of 'maximaal' (1 tot en met zo vaak), niet beide of geen");
        }
        if (maximaal != null && maximaal.stripTrailingZeros().scale() > 0) {
            f.fout("maximaal", "moet een geheel getal zijn");
        }
        Normperiode per = f.keuze("per", true, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
        f.controleerOnbekendeSleutels();
        return new Frequentie(keer, maximaal, per);
    }

    private Factor factor(YamlObject f) {
        String code = f.tekst("code", true);
        if (code != null && !code.matches("[a-z0-9][a-z0-9-]*")) {
            f.fout("code", "alleen kleine letters, cijfers en '-', niet '" + code + "'");
        }
        String naam = f.tekst("naam", true);
        Factorsoort soort = f.keuze("soort", true, Factorsoort::vanNaam, Factorsoort.NAMEN);
        String ontbreekt = f.tekst("ontbreekt", false);
        Tijd tijd = tijd(f, false, true);
        Normperiode per = f.keuze("per", tijd != null, Normperiode::vanNaam, Normperiode.NAMEN);
        if (per != null && tijd == null) {
            f.fout("per", "alleen bij 'minuten' of 'uren'");
        }
        BigDecimal vermenigvuldiging = f.positiefGetal("vermenigvuldiging", false);
        List<Tabelrij> rijen = new ArrayList<>();
        String vraag = null;
        YamlObject tabel = f.object("tabel", false);
        if (tabel != null) {
            vraag = tabel.tekst("vraag", true);
            Set<String> waarden = new HashSet<>();
            for (YamlObject r : tabel.objecten("rijen")) {
                Tabelrij rij = tabelrij(r, soort);
                rijen.add(rij);
                if (rij.waarde() != null && !waarden.add(rij.waarde().toLowerCase())) {
                    r.fout("waarde", "waarde '" + rij.waarde() + "' staat er twee keer in");
                }
            }
            if (rijen.isEmpty()) {
                tabel.fout("rijen", "ontbreekt of is leeg");
            }
            tabel.controleerOnbekendeSleutels();
        }
        int werkingen = (tijd != null ? 1 : 0) + (vermenigvuldiging != null ? 1 : 0) + (tabel != null ? 1 : 0)
                + (ontbreekt != null ? 1 : 0);
        if (werkingen != 1) {
            f.fout(f.knoopZelf(), f.pad(), "geef precies één van: minuten/uren (met per), vermenigvuldiging, tabel, "
                    + "of 'ontbreekt' als de bron de waarde niet geeft");
        }
        Integer maximaalAantal = f.geheel("maximaal_aantal", false);
        if (maximaalAantal != null && (tijd == null || maximaalAantal < 1)) {
            f.fout("maximaal_aantal", "alleen bij een factor met minuten of uren, en minstens 1");
        }
        if (soort != null && soort.isCapaciteit()) {
            if (tijd != null && tijd.waarde().signum() > 0) {
                f.fout(tijd.inUren() ? "uren" : "minuten", "een factor van soort " + soort.naam()
                        + " verlaagt de tijd; geef een negatief getal");
            }
            if (vermenigvuldiging != null && vermenigvuldiging.compareTo(BigDecimal.ONE) > 0) {
                f.fout("vermenigvuldiging", "een factor van soort " + soort.naam() + " verlaagt de tijd; ten hoogste 1");
            }
        }
        String keuzegroep = f.tekst("keuzegroep", false);
        Factor factor = new Factor(code, naam, soort, keuzegroep, tijd == null ? null : new Factor.Optelling(tijd, per,
                maximaalAantal), vermenigvuldiging, tabel == null ? null : new Factor.Tabel(vraag, rijen), ontbreekt,
                herkomst(f));
        f.controleerOnbekendeSleutels();
        return factor;
    }

    private Tabelrij tabelrij(YamlObject r, Factorsoort soort) {
        String waarde = r.tekst("waarde", true);
        Tijd tijd = tijd(r, false, true);
        Normperiode per = r.keuze("per", tijd != null, Normperiode::vanNaam, Normperiode.NAMEN);
        BigDecimal vermenigvuldiging = r.positiefGetal("vermenigvuldiging", false);
        if ((tijd == null) == (vermenigvuldiging == null)) {
            r.fout(r.knoopZelf(), r.pad(), "geef minuten/uren (met per) of vermenigvuldiging, niet beide of geen");
        }
        if (soort != null && soort.isCapaciteit() && ((tijd != null && tijd.waarde().signum() > 0)
                || (vermenigvuldiging != null && vermenigvuldiging.compareTo(BigDecimal.ONE) > 0))) {
            r.fout(r.knoopZelf(), r.pad(), "een factor van soort " + soort.naam() + " verlaagt de tijd, nooit meer");
        }
        Tabelrij rij = new Tabelrij(waarde, tijd, per, vermenigvuldiging, r.tekst("opmerking", false));
        r.controleerOnbekendeSleutels();
        return rij;
    }

    /**
     * Exactly one of {@code minuten} or {@code uren}. A norm or reference time must be positive; a factor's
     * time may be negative (less time) but not zero.
     */
    private static Tijd tijd(YamlObject o, boolean verplicht, boolean magNegatief) {
        boolean minuten = o.heeft("minuten");
        boolean uren = o.heeft("uren");
        if (minuten && uren) {
            o.fout("uren", "geef minuten of uren, niet beide");
            return null;
        }
        if (!minuten && !uren) {
            if (verplicht) {
                o.fout(o.knoopZelf(), o.veldPad("minuten"), "ontbreekt: geef 'minuten' of 'uren'");
            }
            return null;
        }
        String sleutel = minuten ? "minuten" : "uren";
        BigDecimal w = magNegatief ? o.getal(sleutel, true) : o.positiefGetal(sleutel, true);
        if (w == null) {
            return null;
        }
        if (w.signum() == 0) {
            o.fout(sleutel, "mag niet 0 zijn");
            return null;
        }
        return minuten ? Tijd.minuten(w) : Tijd.uren(w);
    }

    /** The source (required), remark and what is unclear of a part. */
    private Herkomst herkomst(YamlObject o) {
        Bron bron = bron(o, true);
        return new Herkomst(bron, o.tekst("opmerking", false), o.tekst("onduidelijk", false));
    }

    private Bron bron(YamlObject o, boolean verplicht) {
        String tekst = o.tekst("bron", verplicht);
        if (tekst == null) {
            return null;
        }
        int dubbelepunt = tekst.indexOf(':');
        if (dubbelepunt <= 0 || dubbelepunt == tekst.length() - 1) {
            o.fout("bron", "moet de vorm '<bron-id>:<plaats in de bron>' hebben, niet '" + tekst + "'");
            return null;
        }
        Bron document = bronnen.get(tekst.substring(0, dubbelepunt));
        if (document == null) {
            o.fout("bron", "onbekende bron '" + tekst.substring(0, dubbelepunt) + "'; declareer die onder 'bronnen'");
            return null;
        }
        return document.op(tekst.substring(dubbelepunt + 1).trim());
    }
}
