package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indiceer normeer}: exit codes 0 / 1 / 2, one line per input problem, the status in every result. */
class NormeerCommandTest {

    private static final Path ROOT = Cli.ROOT;
    private static final String NORMENKADERS = ROOT.resolve("normenkaders").toString();

    @TempDir
    Path tmp;

    private static Cli.Resultaat voer(String... args) {
        return Cli.voer(args);
    }

    private static String voorbeeld(String naam) {
        return ROOT.resolve("docs/voorbeelden").resolve(naam).toString();
    }

    @Test
    void kpmgVoorbeeldGeeftExitNulMetMinutenPerWeekEnMaand() {
        // 108 + 26 + 16 = 150 h per year = 9.000 min; ÷ 52 = 173,08 → 174 per week; ÷ 12 = 750 per month.
        Cli.Resultaat r = voer("normeer", voorbeeld("normeer-kpmg-schoon-huis.json"), "--normenkaders", NORMENKADERS);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Per week:  174 minuten").contains("Per maand: 750 minuten")
                .contains("Status:      vastgesteld")
                .contains("= 150 uur per jaar = 9.000 minuten per jaar ÷ 52 weken = 173,08 minuten per week");
        assertThat(r.err()).isEmpty();
        Cli.Resultaat json = voer("normeer", voorbeeld("normeer-kpmg-schoon-huis.json"), "--normenkaders", NORMENKADERS,
                "--formaat", "json");
        assertThat(json.out()).contains("\"exact_per_maand\" : 750,").contains("\"exact_per_week\" : 173.0769,")
                .doesNotContain("E+");
    }

    @Test
    void voorbeeldStatusInTekstEnJson() throws Exception {
        Cli.Resultaat tekst = voer("normeer", voorbeeld("normeer-voorbeeld-begeleiding.json"), "--normenkaders", NORMENKADERS);
        assertThat(tekst.exit()).isZero();
        assertThat(tekst.out()).contains("Status:      voorbeeld — geen vastgesteld beleid")
                .contains("[WAARSCHUWING] NORMENKADER_VOORBEELD");
        Cli.Resultaat json = voer("normeer", voorbeeld("normeer-voorbeeld-begeleiding.json"), "--normenkaders", NORMENKADERS,
                "--formaat", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("status").asText()).isEqualTo("voorbeeld — geen vastgesteld beleid");
        // Sum of the rounded tasks: 26 + 45 + 44 = 115 per week; 113 + 195 + 190 = 498 per month.
        assertThat(root.at("/totaal/minuten_per_week").asInt()).isEqualTo(115);
        assertThat(root.at("/totaal/minuten_per_maand").asInt()).isEqualTo(498);
        assertThat(root.at("/posten_per_maand/0/omschrijving").asText()).isEqualTo("Administratie en financiën");
        assertThat(root.at("/taken/2/afwijking/motivering").asText()).startsWith("Eerste drie maanden");
    }

    @Test
    void afwijkingZonderMotiveringGeeftExitTweeMetHetPad() throws Exception {
        Path taken = Files.writeString(tmp.resolve("taken.json"), """
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "afwijking": {"minuten": 20, "per": "week"}},
                           {"taak": "wassen"}]}
                """);
        Cli.Resultaat r = voer("normeer", taken.toString(), "--normenkaders", NORMENKADERS);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("taken[0].afwijking.motivering: ontbreekt: een afwijking van de norm "
                + "mag alleen met een motivering (waarom deze cliënt meer of minder tijd nodig heeft)");
        Path onbekend = Files.writeString(tmp.resolve("onbekend.json"), """
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01", "taken": [{"taak": "wassen"}]}
                """);
        Cli.Resultaat r2 = voer("normeer", onbekend.toString(), "--normenkaders", NORMENKADERS, "--formaat", "json");
        assertThat(r2.exit()).isEqualTo(2);
        assertThat(r2.err().lines()).containsExactly("taken[0].taak: onbekende taak 'wassen' in normenkader kpmg-hbel-2021; "
                + "kies uit schoon-en-leefbaar-huis");
        assertThat(new ObjectMapper().readTree(r2.out()).at("/fouten/0/code").asText()).isEqualTo("ONBEKENDE_TAAK");
    }

    @Test
    void kapotNormenkaderGeeftExitTweeMetBestandEnRegel() throws Exception {
        Path map = Files.createDirectories(tmp.resolve("normenkaders"));
        Files.writeString(map.resolve("kapot.yaml"), Files.readString(ROOT.resolve("normenkaders/kpmg-hbel-2021.yaml"))
                .replace("status: vastgesteld", "status: vastgesteld\nkleur: blauw"));
        Cli.Resultaat r = voer("normeer", voorbeeld("normeer-kpmg-schoon-huis.json"), "--normenkaders", map.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(map.resolve("kapot.yaml") + ":9: kleur: onbekend veld");
    }

    @Test
    void metProductRekentDeIndicatiemotorMeeEnEenFoutGeeftExitEen() throws Exception {
        Path regelingen = Files.createDirectories(tmp.resolve("regelingen/testregio"));
        Files.writeString(regelingen.resolve("2025-01-01.yaml"), """
                regio: testregio
                naam: "Testregio"
                wet: wmo
                geldig_vanaf: 2025-01-01
                bron: "t:1"
                bronnen:
                  - {id: "t", bestand: test.txt}
                constanten:
                  weken_per_maand: {waarde: 4.5, bron: "t:2"}
                producten:
                  - code: begeleiding
                    naam: "Begeleiding individueel"
                    eenheid: minuut
                    perioden: [WEEK, MAAND]
                    bron: "t:3"
                    tarieven:
                      - {financiering: ZIN, eenheid: uur, bedrag: 60.00, bron: "t:4"}
                    limieten:
                      - {per: MAAND, maximaal: 400, eenheid: minuut, bron: "t:5"}
                """);
        Path taken = Files.writeString(tmp.resolve("taken.json"), """
                {"normenkader": "hhm-2025", "peildatum": "2026-01-15",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "ritme": "twee_weken"}]}
                """);
        // 150 per two weeks = 75 per week; × 4,5 = 337,5 → 338 per month; € 60 per hour: 338 × 60 ÷ 60 = € 338,00.
        Cli.Resultaat ok = voer("normeer", taken.toString(), "--normenkaders", NORMENKADERS, "--regelingen",
                tmp.resolve("regelingen").toString(), "--regio", "testregio", "--product", "begeleiding");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Per maand: 338 minuten").contains("Als productregel in de indicatiemotor")
                .contains("338 minuten per maand (Schoon en leefbaar huis)").contains("€ 338,00");
        // With --periode WEEK nothing exceeds; with a lower limit the engine's FOUT gives exit code 1.
        Files.writeString(regelingen.resolve("2025-01-01.yaml"), Files.readString(regelingen.resolve("2025-01-01.yaml"))
                .replace("maximaal: 400", "maximaal: 300"));
        Cli.Resultaat fout = voer("normeer", taken.toString(), "--normenkaders", NORMENKADERS, "--regelingen",
                tmp.resolve("regelingen").toString(), "--regio", "testregio", "--product", "begeleiding", "--formaat", "json");
        assertThat(fout.exit()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(fout.out());
        assertThat(root.at("/normering/totaal/minuten_per_maand").asInt()).isEqualTo(338);
        assertThat(root.at("/uitkomst/heeft_fout").asBoolean()).isTrue();
    }

    @Test
    void productZonderRegioIsOngeldig() {
        Cli.Resultaat r = voer("normeer", voorbeeld("normeer-kpmg-schoon-huis.json"), "--normenkaders", NORMENKADERS,
                "--product", "hh");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("regio: --product heeft een regio nodig: zet \"regio\" in taken.json of geef --regio");
    }

    @Test
    void alleVoorbeeldenZonderRegioRekenen() throws Exception {
        try (var s = Files.list(ROOT.resolve("docs/voorbeelden"))) {
            for (Path p : s.filter(x -> x.getFileName().toString().startsWith("normeer-")).sorted().toList()) {
                String json = Files.readString(p);
                if (json.contains("\"regio\"")) {
                    continue; // depends on a region's rulebook; covered with a test rulebook above
                }
                Cli.Resultaat r = voer("normeer", p.toString(), "--normenkaders", NORMENKADERS);
                assertThat(r.exit()).as(p + ": " + r.err()).isZero();
                assertThat(r.out()).as(p.toString()).contains("Status:").contains("Totaal:");
            }
        }
    }
}
