package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indiceer regeling vergelijk}: real rule changes on a copy of the shipped rulebooks (made here, the shipped
 * ones stay as they are), over copies of shipped example requests.
 */
class VergelijkCommandTest {

    private static final String REGELINGEN = Cli.ROOT.resolve("regelingen").toString();

    @TempDir
    Path tmp;

    /** The shipped rulebooks, copied to change. */
    private Path kopie() throws IOException {
        Path bron = Cli.ROOT.resolve("regelingen");
        Path doel = tmp.resolve("nieuw");
        try (Stream<Path> alle = Files.walk(bron)) {
            for (Path p : alle.toList()) {
                Path naar = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(naar);
                } else {
                    Files.copy(p, naar);
                }
            }
        }
        return doel;
    }

    private static void vervang(Path bestand, String oud, String nieuw) throws IOException {
        String tekst = Files.readString(bestand);
        assertThat(tekst.split(Pattern.quote(oud), -1)).as("'%s' precies één keer in %s", oud, bestand).hasSize(2);
        Files.writeString(bestand, tekst.replace(oud, nieuw));
    }

    /** Ridderkerk's tariffs of 2025 from 1 March: persoonlijke verzorging ZIN per minute 0,98 becomes 1,01. */
    private static void nieuwTariefjaar(Path regelingen) throws IOException {
        Path oud = regelingen.resolve("ridderkerk/2025-01-01.yaml");
        Path nieuw = regelingen.resolve("ridderkerk/2025-03-01.yaml");
        Files.copy(oud, nieuw);
        vervang(oud, "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: 2025-01-01\ngeldig_tot: 2025-02-28\n");
        vervang(nieuw, "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: 2025-03-01\n");
        vervang(nieuw, "{financiering: ZIN, eenheid: minuut, bedrag: 0.98, bron: \"004:306\"}",
                "{financiering: ZIN, eenheid: minuut, bedrag: 1.01, bron: \"004:306\"}");
    }

    /** Noord-Limburg's matrix: gezinshuis with logeren possible (it is not, 001:4354-4358). */
    private static void gezinshuisMetLogeren(Path regelingen) throws IOException {
        vervang(regelingen.resolve("noord-limburg/2023-01-01.yaml"),
                "      b: \"Logeren\"\n      oordeel: niet_mogelijk\n      toelichting: \"De gezinshuisaanbieder",
                "      b: \"Logeren\"\n      oordeel: mogelijk\n      toelichting: \"De gezinshuisaanbieder");
    }

    /** Flevoland's guideline for 45F31 category A: 96 hours becomes 120. */
    private static void hogereRichtlijn(Path regelingen) throws IOException {
        String regels = "            eenheid: uur\n            aard: richtlijn\n            aard_bron: \"002:1155, 533-541\"\n";
        vervang(regelingen.resolve("flevoland/2025-01-01.yaml"), "            maximaal: 96\n" + regels,
                "            maximaal: 120\n" + regels);
    }

    /** A folder with copies of the named shipped examples. */
    private Path aanvragen(String... voorbeelden) throws IOException {
        Path map = Files.createDirectories(tmp.resolve("aanvragen"));
        for (String v : voorbeelden) {
            Files.copy(Cli.ROOT.resolve("docs/voorbeelden/" + v), map.resolve(v));
        }
        return map;
    }

    @Test
    void toontElkeGewijzigdeAanvraagMetBeideWaardenEnDeTotalen() throws IOException {
        Path nieuw = kopie();
        nieuwTariefjaar(nieuw);
        gezinshuisMetLogeren(nieuw);
        Path map = aanvragen("004-pv-respijtzorg-8-maanden.json", "001-stapeling-gezinshuis-logeren.json",
                "000-maand-voorbeeld-1.json");

        Cli.Resultaat r = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", nieuw.toString(), map.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out())
                // a new tariff year: the cost differs, the volume does not; both rekensommen, both versions
                .contains("004-pv-respijtzorg-8-maanden.json: verschilt")
                .contains("Regeling oud:   ridderkerk 2025-01-01", "Regeling nieuw: ridderkerk 2025-03-01")
                .contains("Volume: gelijk, oud 210 minuten per week, 7.350 in de geldigheidsduur; nieuw 210 minuten per week")
                .contains("Kosten: oud € 7.203,00; nieuw € 7.423,50 (+€ 220,50)")
                .contains("Rekensom oud:   7 × 30 minuten per week", "Rekensom nieuw: 7 × 30 minuten per week")
                .contains("Kosten nieuw: 210 minuten × € 1,01 per minuut")
                // a changed combination rule: the stapeling finding goes
                .contains("001-stapeling-gezinshuis-logeren.json: verschilt")
                .containsPattern("- vervalt: +\\[FOUT\\] STAPELING_NIET_MOGELIJK")
                // totals
                .contains("3 aanvragen: 1 gelijk, 2 met verschil, 0 alleen met de oude regelingen te berekenen, 0 alleen met de nieuwe, 0 ongeldig")
                .contains("verschil +€ 220,50")
                .containsPattern("Ridderkerk, ridderkerk +€ 7\\.203,00 +€ 7\\.423,50 +\\+€ 220,50 +1 +1")
                .containsPattern("Gezinshuizen|Logeren");
        // an unchanged request is not listed
        assertThat(r.out()).doesNotContain("000-maand-voorbeeld-1.json");
    }

    @Test
    void zonderVerschilExit0() throws IOException {
        Path map = aanvragen("004-pv-respijtzorg-8-maanden.json", "000-maand-voorbeeld-1.json");

        Cli.Resultaat r = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", REGELINGEN, map.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 aanvragen: 2 gelijk, 0 met verschil").doesNotContain(".json");
    }

    @Test
    void eenGewijzigdeRichtlijnAlsJson() throws IOException {
        Path nieuw = kopie();
        hogereRichtlijn(nieuw);
        Path map = aanvragen("002-behandeling-individueel-a-120-uur.json", "000-maand-voorbeeld-1.json");

        Cli.Resultaat r = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", nieuw.toString(), map.toString(),
                "--formaat", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("aanvragen")).hasSize(1);
        JsonNode a = json.get("aanvragen").get(0);
        assertThat(a.get("aanvraag").asText()).endsWith("002-behandeling-individueel-a-120-uur.json");
        assertThat(a.get("status").asText()).isEqualTo("VERSCHIL");
        assertThat(a.at("/oud/regeling_versie/sha256").asText()).isNotEqualTo(a.at("/nieuw/regeling_versie/sha256").asText());
        JsonNode regel = a.get("regels").get(0);
        assertThat(regel.get("product").asText()).isEqualTo("45F31");
        assertThat(regel.get("volume_verschilt").asBoolean()).isFalse();
        assertThat(regel.get("bevindingen_verschillen").asBoolean()).isTrue();
        assertThat(regel.at("/bevindingen_vervallen/0/code").asText()).isEqualTo("LIMIET_TOTAAL_OVERSCHREDEN");
        assertThat(regel.get("bevindingen_toegevoegd")).isEmpty();
        assertThat(regel.at("/oud/volume/volume").decimalValue()).isEqualByComparingTo(regel.at("/nieuw/volume/volume").decimalValue());
        assertThat(regel.at("/oud/rekensomstappen/0/soort").asText()).isEqualTo("POST");
        assertThat(regel.at("/nieuw/rekensomstappen/0/soort").asText()).isEqualTo("POST");
        assertThat(json.at("/totalen/aanvragen").asLong()).isEqualTo(2);
        assertThat(json.at("/totalen/verschil").asLong()).isEqualTo(1);
        assertThat(json.at("/totalen/per_gemeente")).isNotEmpty();
        assertThat(json.at("/totalen/per_product")).isNotEmpty();
        assertThat(json.at("/totalen/per_aanbieder")).isNotEmpty();
    }

    @Test
    void eenOngeldigBestandWordtGenoemdMetZijnProblemenExit2() throws IOException {
        Path map = aanvragen("000-maand-voorbeeld-1.json");
        Files.writeString(map.resolve("kapot.json"), "{\"regio\": \"achterhoek\", \"peildatum\": \"gisteren\"");
        Files.write(map.resolve("geen-utf8.json"), new byte[] {'{', (byte) 0xC3, '}'});

        Cli.Resultaat r = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", REGELINGEN, map.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("interne fout");
        assertThat(r.out()).containsPattern("kapot\\.json: ongeldige aanvraag\\n  .+")
                .containsPattern("geen-utf8\\.json: ongeldige aanvraag\\n  \\(bestand\\): is geen UTF-8-tekst")
                .contains("3 aanvragen: 1 gelijk, 0 met verschil, 0 alleen met de oude regelingen te berekenen, 0 alleen met de nieuwe, 2 ongeldig");

        Cli.Resultaat json = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", REGELINGEN, map.toString(),
                "--formaat", "json");
        assertThat(json.exit()).isEqualTo(2);
        JsonNode a = new ObjectMapper().readTree(json.out()).get("aanvragen");
        assertThat(a).hasSize(2);
        assertThat(a.get(1).get("aanvraag").asText()).endsWith("kapot.json");
        assertThat(a.get(1).get("status").asText()).isEqualTo("ONGELDIG");
        assertThat(a.get(1).at("/fouten/0/pad").asText()).isNotEmpty();
    }

    @Test
    void eenRegioDieInDeNieuweSetOntbreekt() throws IOException {
        Path nieuw = kopie();
        try (Stream<Path> alle = Files.walk(nieuw.resolve("flevoland"))) {
            for (Path p : alle.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Path map = aanvragen("002-behandeling-individueel-a-120-uur.json", "000-maand-voorbeeld-1.json");

        Cli.Resultaat r = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", nieuw.toString(), map.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("002-behandeling-individueel-a-120-uur.json: regio ontbreekt in de nieuwe regelingen")
                .contains("  Oud: flevoland 2025-01-01 sha256:")
                .contains("  Nieuw: regio: onbekende regio 'flevoland'")
                .contains("2 aanvragen: 1 gelijk, 0 met verschil, 1 alleen met de oude regelingen te berekenen");
    }

    @Test
    void ongeldigeRegelingenOfEenOntbrekendeMapIsExit2() throws IOException {
        Path map = aanvragen("000-maand-voorbeeld-1.json");
        Cli.Resultaat geenMap = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", tmp.resolve("bestaat-niet").toString(),
                map.toString());
        assertThat(geenMap.exit()).isEqualTo(2);
        assertThat(geenMap.err()).contains("--nieuw").contains("is geen map met regelingen");

        Path nieuw = kopie();
        vervang(nieuw.resolve("ridderkerk/2025-01-01.yaml"), "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: morgen\n");
        Cli.Resultaat kapot = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", nieuw.toString(), map.toString());
        assertThat(kapot.exit()).isEqualTo(2);
        assertThat(kapot.err()).contains("De regelingen van --nieuw zijn ongeldig:").contains("ridderkerk/2025-01-01.yaml")
                .doesNotContain("interne fout");

        Cli.Resultaat geenAanvragen = Cli.voer("regeling", "vergelijk", "--oud", REGELINGEN, "--nieuw", REGELINGEN,
                tmp.resolve("geen").toString());
        assertThat(geenAanvragen.exit()).isEqualTo(2);
        assertThat(geenAanvragen.err()).contains("map met aanvragen bestaat niet");
    }
}
