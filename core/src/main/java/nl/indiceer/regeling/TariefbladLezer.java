package nl.indiceer.regeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one tariff file ({@code <regio>/tarieven-<geldig_vanaf>.yaml}, docs/regeling-formaat.md "Tarieven per
 * datum") against the rulebook version of its region in which it begins: every product it names must be a product
 * of that version, every tariff is checked as in a rulebook, the list as a whole needs a {@code bron}, and it may not
 * run on after that version ends. Every problem names file, line and field.
 */
final class TariefbladLezer {

    /** The name a tariff file starts with (in any case); every other YAML file of a region folder is a rulebook. */
    static final String VOORVOEGSEL = "tarieven-";

    /** A tariff list and the rulebook version it belongs to. */
    record Gelezen(Regeling regeling, Tariefblad blad) {
    }

    private TariefbladLezer() {
    }

    static boolean isTariefbestand(Bronbestand b) {
        String naam = b.naam().substring(b.naam().lastIndexOf('/') + 1);
        return naam.toLowerCase(java.util.Locale.ROOT).startsWith(VOORVOEGSEL);
    }

    /**
     * Reads the file against the versions of the region its folder names; adds every problem to {@code problemen} and
     * returns null when there is one.
     */
    static Gelezen lees(String plaats, Bronbestand bestand, List<Regeling> versies, List<Probleem> problemen) {
        int voor = problemen.size();
        Node root = YamlObject.compose(bestand.inhoud(), plaats, problemen);
        if (root == null) {
            return null;
        }
        YamlObject doc = new YamlObject(plaats, "", root, problemen);
        String regio = doc.tekst("regio", true);
        if (bestand.map().isEmpty()) {
            doc.fout("regio", "een tarievenbestand staat in de map van zijn regio (<regio>/" + bestand.naam() + ")");
        } else if (regio != null && !regio.equals(bestand.map())) {
            doc.fout("regio", "'" + regio + "' hoort in map '" + regio + "', niet in '" + bestand.map() + "'");
        }
        LocalDate vanaf = doc.datum("geldig_vanaf", true);
        LocalDate tot = doc.datum("geldig_tot", false);
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            doc.fout("geldig_tot", "ligt voor geldig_vanaf (" + vanaf + ")");
        }
        Regeling regeling = null;
        if (vanaf != null && regio != null) {
            for (Regeling r : versies) {
                if (r.geldigOp(vanaf)) {
                    regeling = r;
                }
            }
            if (regeling == null) {
                doc.fout("geldig_vanaf", vanaf + " valt in geen regeling van " + regio + (versies.isEmpty() ? ""
                        : "; er zijn: " + String.join(", ", versies.stream().map(r -> r.bestand() + " (" + r.geldigVanaf()
                        + " t/m " + (r.geldigTot() == null ? "open" : r.geldigTot()) + ")").toList()))
                        + ". Een tarievenbestand hoort bij de regeling waarin het begint");
            } else if (regeling.geldigTot() != null && tot != null && tot.isAfter(regeling.geldigTot())) {
                doc.fout("geldig_tot", "loopt door na het einde van " + regeling.bestand() + " (t/m " + regeling.geldigTot()
                        + "); een tarievenbestand hoort bij één regeling");
            }
        }
        if (regeling == null) {
            return null; // the products and sources can only be checked against the version the list belongs to
        }
        List<Bron> bronnen = new ArrayList<>(regeling.bronnen());
        for (YamlObject b : doc.objecten("bronnen")) {
            String id = b.tekst("id", true);
            String naam = b.tekst("bestand", true);
            String titel = b.tekst("titel", false);
            b.controleerOnbekendeSleutels();
            if (id != null && bronnen.stream().anyMatch(x -> x.documentId().equals(id))) {
                b.fout("id", "bron '" + id + "' bestaat al (in dit bestand of in " + regeling.bestand() + ")");
            } else if (id != null && naam != null) {
                bronnen.add(Bron.bronbestand(id, naam, titel));
            }
        }
        if (!doc.heeft("bron")) {
            doc.fout("bron", "ontbreekt: een tarievenbestand noemt waar de tarieven vandaan komen "
                    + "(bijvoorbeeld \"001:121\" of een eigen document onder 'bronnen')");
        }
        Bron bron = doc.heeft("bron") ? RegelingLezer.bronVanTariefblad(plaats, doc, "bron", bronnen) : null;
        Herkomst herkomst = new Herkomst(bron, doc.tekst("opmerking", false), doc.tekst("onduidelijk", false));
        Map<String, List<Tarief>> perProduct = new LinkedHashMap<>();
        for (YamlObject p : doc.objecten("producten")) {
            String code = p.tekst("code", true);
            List<Tarief> tarieven = RegelingLezer.tarievenVanTariefblad(plaats, p, bronnen);
            p.tekst("opmerking", false);
            p.controleerOnbekendeSleutels();
            if (code == null) {
                continue;
            }
            Product product = regeling.product(code);
            if (product == null) {
                p.fout("code", "onbekend product '" + code + "': " + regeling.bestand() + " heeft het niet");
            } else if (perProduct.containsKey(code)) {
                p.fout("code", "product '" + code + "' staat er twee keer in");
            } else if (tarieven.isEmpty()) {
                p.fout("tarieven", "ontbreekt of is leeg: noem de tarieven van " + code + " vanaf " + vanaf);
            } else {
                for (Tarief t : tarieven) {
                    if (t.financiering() != null && product.uitsluiting(t.financiering()) != null) {
                        p.fout("tarieven", t.financiering() + " is voor " + code + " uitgesloten in " + regeling.bestand()
                                + " maar heeft hier een tarief");
                    }
                }
                perProduct.put(code, tarieven);
            }
        }
        if (perProduct.isEmpty() && problemen.size() == voor) {
            doc.fout("producten", "ontbreekt of is leeg");
        }
        doc.controleerOnbekendeSleutels();
        if (problemen.size() > voor) {
            return null;
        }
        return new Gelezen(regeling, new Tariefblad(plaats, bestand.sha256(), vanaf, tot, herkomst, perProduct));
    }
}
