package nl.indiceer.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.toetsing.Bevindingcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Noord-Limburg: a pgb on a Segment 4 traject is PxQ (001:1437) at the hourly maximum of its product family, the ZIN
 * tariff that "bij PGB ... als maximale tarieven" applies (001:1471-1473): Perspectief 1 € 74,18 / € 87,08 (001:1543),
 * Perspectief 2 € 111,35 / € 130,72 (001:1545), Duurzaam € 68,05 / € 79,89 (001:1541), GGZ € 99,61 / € 116,94 (001:1539).
 */
class PgbSegment4Test {

    /** Per traject: the seed's hourly maximum for micro and for regulier providers. */
    private static final Map<String, String[]> MAXIMA = Map.ofEntries(
            Map.entry("45L11", new String[] {"74.18", "87.08"}), Map.entry("45L12", new String[] {"74.18", "87.08"}),
            Map.entry("45L13", new String[] {"74.18", "87.08"}), Map.entry("45L22", new String[] {"111.35", "130.72"}),
            Map.entry("45L23", new String[] {"111.35", "130.72"}), Map.entry("45L01", new String[] {"68.05", "79.89"}),
            Map.entry("45L02", new String[] {"68.05", "79.89"}), Map.entry("45L03", new String[] {"68.05", "79.89"}),
            Map.entry("54L01", new String[] {"99.61", "116.94"}), Map.entry("54L02", new String[] {"99.61", "116.94"}),
            Map.entry("54L03", new String[] {"99.61", "116.94"}));

    private static String aanvraag(String product, String financiering, String aanbiedertype) throws Exception {
        return Files.readString(Repo.root().resolve("docs/voorbeelden/001-pgb-perspectief-1-midden-40-uur.json"))
                .replace("\"45L12\"", "\"" + product + "\"")
                .replace("\"PGB_FORMEEL\"", "\"" + financiering + "\"" + (aanbiedertype == null ? ""
                        : ",\n      \"aanbiedertype\": \"" + aanbiedertype + "\""));
    }

    private static Regeluitkomst regel(Regelingen regelingen, String json) {
        return new Indicatiemotor(regelingen).bereken(AanvraagLezer.lees(json)).regels().get(0);
    }

    @Test
    void elkSegment4TrajectAlsPgbKostUrenMaalHetMaximaleUurtariefVanDeFamilie() throws Exception {
        for (Map.Entry<String, String[]> e : MAXIMA.entrySet()) {
            Regeluitkomst micro = regel(Repo.regelingen(), aanvraag(e.getKey(), "PGB_FORMEEL", "micro"));
            Regeluitkomst regulier = regel(Repo.regelingen(), aanvraag(e.getKey(), "PGB_FORMEEL", "regulier"));
            assertThat(micro.kosten().totaal()).as(e.getKey() + " micro").isEqualByComparingTo(
                    new java.math.BigDecimal(e.getValue()[0]).multiply(java.math.BigDecimal.valueOf(40)));
            assertThat(regulier.kosten().totaal()).as(e.getKey() + " regulier").isEqualByComparingTo(
                    new java.math.BigDecimal(e.getValue()[1]).multiply(java.math.BigDecimal.valueOf(40)));
            assertThat(micro.bevindingen()).extracting(b -> b.code()).doesNotContain(Bevindingcode.TARIEF_ONBEKEND)
                    .contains(Bevindingcode.REGEL_ONDUIDELIJK);
        }
    }

    @Test
    void zorgInNaturaBlijftDeTrajectprijs() throws Exception {
        String json = aanvraag("45L12", "ZIN", "micro").replace("\"posten\": [", "\"posten_weg\": [");
        json = json.substring(0, json.indexOf(",\n      \"posten_weg\"")) + "\n    }\n  ]\n}\n";
        Regeluitkomst zin = regel(Repo.regelingen(), json);
        assertThat(zin.kosten().totaal()).as("traject 45L12 micro (001:8709)").isEqualByComparingTo("2225.76");
        assertThat(zin.volume()).isNull();
    }

    @Test
    void zonderTariefVanGeenPrijs(@TempDir Path map) throws Exception {
        Path nl = Files.createDirectories(map.resolve("noord-limburg"));
        try (var bestanden = Files.list(Repo.root().resolve("regelingen/noord-limburg"))) {
            for (Path p : bestanden.toList()) {
                String yaml = Files.readString(p);
                assertThat(yaml).contains("tarief_van: 45L14");
                Files.writeString(nl.resolve(p.getFileName()), yaml.replace("      tarief_van: 45L14\n", ""));
            }
        }
        Regeluitkomst r = regel(Regelingen.laad(map), aanvraag("45L12", "PGB_FORMEEL", "micro"));
        assertThat(r.kosten().totaal()).as("45L12 heeft zelf geen uurtarief: de prijs komt alleen uit tarief_van").isNull();
        assertThat(r.bevindingen()).extracting(b -> b.code()).contains(Bevindingcode.TARIEF_ONBEKEND);
    }
}
