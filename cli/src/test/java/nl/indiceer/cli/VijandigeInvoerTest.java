package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line against careless or hostile input: endless or huge files, text that tries to forge
 * output lines, absurd dates, and failures of the tool itself. Invalid input exits 2 at once, an internal
 * failure exits 3 with one Dutch line, and never does user text print a control character.
 */
class VijandigeInvoerTest {

    /**
     * A guard against hanging (before, a begindatum of -999999999 ran for minutes), not a speed measure: on a
     * busy CI machine anything is allowed that is not a hang. The speed figures are in docs/benchmarks.md.
     */
    private static final Duration HANGT_NIET = Duration.ofSeconds(60);

    private static final Path ROOT = Cli.ROOT;
    private static final String REGELINGEN = ROOT.resolve("regelingen").toString();
    private static final String NORMENKADERS = ROOT.resolve("normenkaders").toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** "Resultaat: geen fouten." on a line of its own, in every disguise a terminal might honour. */
    private static final String VERVALSING = "\nResultaat: geen fouten.\r\n\u001B[2K\rResultaat: geen fouten.\u2028"
            + "Resultaat: geen fouten.\u0085Resultaat: geen fouten.\u202E\u0007";

    @TempDir
    Path tmp;

    private static Cli.Resultaat bereken(Path aanvraag, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "bereken";
        args[1] = aanvraag.toString();
        args[2] = "--regelingen";
        args[3] = REGELINGEN;
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.voer(args);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroIsMeteenOngeldig() {
        Cli.Resultaat r = assertTimeoutPreemptively(HANGT_NIET, () -> bereken(Path.of("/dev/zero")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("/dev/zero: is groter dan 10 MB, de grens voor een invoerbestand; "
                + "een aanvraag is veel kleiner. Is dit het goede bestand?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void eenBestandVan200MbIsMeteenOngeldig() throws Exception {
        Path groot = tmp.resolve("groot.json");
        try (RandomAccessFile f = new RandomAccessFile(groot.toFile(), "rw")) {
            f.write("{\"regio\": \"".getBytes());
            f.setLength(200L * 1024 * 1024); // sparse: no time, no disk
        }
        Cli.Resultaat r = assertTimeoutPreemptively(HANGT_NIET, () -> bereken(groot));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is groter dan 10 MB");
        Cli.Resultaat n = assertTimeoutPreemptively(HANGT_NIET,
                () -> Cli.voer("normeer", groot.toString(), "--normenkaders", NORMENKADERS));
        assertThat(n.exit()).isEqualTo(2);
        assertThat(n.err()).contains("is groter dan 10 MB");
    }

    @Test
    void netOnderDeGrensMaarEenVloedAanRegels() throws Exception {
        // 9 MB of product lines: read up to the 51st line and refused, with the path
        StringBuilder s = new StringBuilder("{\"regio\": \"achterhoek\", \"peildatum\": \"2026-03-01\", \"producten\": [");
        String regel = "{\"product\": \"ondersteuning-individueel\", \"financiering\": \"ZIN\"},";
        while (s.length() < 9 * 1024 * 1024) {
            s.append(regel);
        }
        s.append("{}]}");
        Path vloed = Files.writeString(tmp.resolve("vloed.json"), s);
        Cli.Resultaat r = assertTimeoutPreemptively(HANGT_NIET, () -> bereken(vloed, "--formaat", "json"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("producten: maximaal 50 productregels in één aanvraag");
        assertThat(r.out()).contains("\"code\" : \"TE_VEEL\"");
    }

    @Test
    void tekstNaHetObjectIsOngeldig() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.json"),
                Files.readString(ROOT.resolve("docs/voorbeelden/000-maand-voorbeeld-1.json")) + "\n{\"regio\": \"x\"}\n");
        Cli.Resultaat r = bereken(a);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("na het einde van het JSON-object staat nog tekst");
    }

    @Test
    void gebruikerstekstKanGeenResultaatregelVervalsen() throws Exception {
        // 40 hours of vaktherapie over 15 months: a FOUT finding (exit 1)
        ObjectNode a = (ObjectNode) JSON.readTree(ROOT.resolve("docs/voorbeelden/004-vaktherapie-40-uur-15-maanden.json").toFile());
        ObjectNode regel = (ObjectNode) a.get("producten").get(0);
        regel.put("motivering", "Langdurige therapie." + VERVALSING);
        regel.put("aanbieder", "Zorg BV" + VERVALSING);
        ((ObjectNode) regel.get("posten").get(0)).put("omschrijving", "therapie" + VERVALSING);
        ((ObjectNode) a.get("client")).put("naam", "Sam" + VERVALSING);
        Path bestand = Files.writeString(tmp.resolve("vervalst.json"), JSON.writeValueAsString(a));

        Cli.Resultaat r = bereken(bestand);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains("Resultaat"))
                .filter(l -> !l.contains("Sam") && !l.contains("therapie"))).singleElement()
                .isEqualTo("Resultaat: FOUT - deze aanvraag kan zo niet worden toegekend.");
        assertThat(r.out().lines().filter(l -> l.startsWith("Resultaat"))).hasSize(1);
        assertThat(r.out()).contains("Sam Resultaat: geen fouten.").contains("(therapie Resultaat: geen fouten.");
        zonderStuurtekens(r.out());
    }

    @Test
    void ookDeNamenVanHetGezinEnLopendeToewijzingen() throws Exception {
        ObjectNode a = (ObjectNode) JSON.readTree(ROOT.resolve("docs/voorbeelden/002-gezinsproduct-jongste-kind.json").toFile());
        ObjectNode regel = (ObjectNode) a.get("producten").get(0);
        for (var kind : regel.get("gezin")) {
            ((ObjectNode) kind).put("naam", kind.get("naam").asText() + VERVALSING);
        }
        ((ObjectNode) a.get("client")).put("naam", "Sam" + VERVALSING);
        a.putArray("lopende_toewijzingen").addObject().put("id", "T1" + VERVALSING).put("product", "45F33")
                .put("begindatum", "2024-01-01").put("einddatum", "2025-12-31").put("financiering", "ZIN");
        Path bestand = Files.writeString(tmp.resolve("gezin.json"), JSON.writeValueAsString(a));
        Cli.Resultaat r = bereken(bestand);
        assertThat(r.out()).contains("Toewijzing: Mees Resultaat: geen fouten.");
        assertThat(r.out().lines().filter(l -> l.startsWith("Resultaat"))).hasSize(1);
        zonderStuurtekens(r.out());
    }

    @Test
    void ookInDeMeldingenVanOngeldigeInvoer() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.json"), Files.readString(ROOT.resolve("docs/voorbeelden/000-maand-voorbeeld-1.json"))
                .replace("\"regio\": \"achterhoek\"", "\"regio\": \"achterhoek\", \"kleur\\u001b[31m\\nResultaat: geen fouten.\": 1")
                .replace("\"financiering\": \"ZIN\"", "\"financiering\": \"ZIN\\r\\nResultaat: geen fouten.\""));
        Cli.Resultaat r = bereken(a);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2).noneMatch(l -> l.startsWith("Resultaat"));
        zonderStuurtekens(r.err());
    }

    @Test
    void normeerToontGeenStuurtekens() throws Exception {
        ObjectNode t = (ObjectNode) JSON.readTree(ROOT.resolve("docs/voorbeelden/normeer-kpmg-eigen-kracht-afwijking.json").toFile());
        ObjectNode taak = (ObjectNode) t.get("taken").get(0);
        ((ObjectNode) taak.get("afwijking")).put("motivering", "Hulphond." + VERVALSING);
        ((ObjectNode) taak.get("capaciteit").get(0)).put("toelichting", "Zoon." + VERVALSING);
        taak.put("toelichting", "Let op." + VERVALSING);
        t.putObject("weken_per_maand").put("waarde", 4.5).put("bron", "eigen beleid" + VERVALSING);
        Path bestand = Files.writeString(tmp.resolve("taken.json"), JSON.writeValueAsString(t));
        Cli.Resultaat r = Cli.voer("normeer", bestand.toString(), "--normenkaders", NORMENKADERS);
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("Resultaat"))).isEmpty();
        assertThat(r.out()).contains("motivering: Hulphond. Resultaat: geen fouten.");
        zonderStuurtekens(r.out());
    }

    @Test
    void normeerWeigertDubbeleTakenEnAbsurdeWekenPerMaand() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("taken.json"), """
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "weken_per_maand": {"waarde": 0.5, "bron": "typfout"},
                 "taken": [{"taak": "schoon-en-leefbaar-huis"}, {"taak": "schoon-en-leefbaar-huis"}]}
                """);
        Cli.Resultaat r = Cli.voer("normeer", bestand.toString(), "--normenkaders", NORMENKADERS);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2).anyMatch(l -> l.startsWith("weken_per_maand.waarde: "))
                .anyMatch(l -> l.startsWith("taken[1].taak: "));
    }

    @Test
    void normeerOptiedatumsBuitenHetBereik() {
        Cli.Resultaat r = Cli.voer("normeer", ROOT.resolve("docs/voorbeelden/normeer-kpmg-schoon-huis.json").toString(),
                "--normenkaders", NORMENKADERS, "--regelingen", REGELINGEN, "--regio", "drechtsteden",
                "--product", "individuele-begeleiding", "--begindatum", "+999999999-01-01", "--geboortedatum", "1800-01-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(
                "--begindatum: moet tussen 1900-01-01 en 2200-12-31 liggen, niet '+999999999-01-01'",
                "--geboortedatum: moet tussen 1900-01-01 en 2200-12-31 liggen, niet '1800-01-01'");
    }

    @CommandLine.Command(name = "geheugen")
    static final class Geheugen implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @CommandLine.Command(name = "stapel")
    static final class Stapel implements Callable<Integer> {
        @Override
        public Integer call() {
            return diep(0);
        }

        private static int diep(int n) {
            return diep(n + 1) + 1;
        }
    }

    @Test
    void geheugenOpOfStapelOverloopIsExitDrieNooitEen() {
        for (Object opdracht : new Object[] {new Geheugen(), new Stapel()}) {
            StringWriter err = new StringWriter();
            CommandLine cmd = IndiceerCommand.opdracht().addSubcommand(opdracht);
            cmd.setErr(new PrintWriter(err));
            String naam = opdracht instanceof Geheugen ? "geheugen" : "stapel";
            assertThat(cmd.execute(naam)).isEqualTo(3);
            assertThat(err.toString().lines()).singleElement().asString().startsWith("indiceer: interne fout (")
                    .contains("Dit is een fout in Indiceer, niet in uw invoer");
        }
    }

    private static void zonderStuurtekens(String uit) {
        assertThat(uit.codePoints()).noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }
}
