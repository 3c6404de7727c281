package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: exit codes 0 / 1 / 2 and one line per input problem. */
class BerekenCommandTest {

    private static final Path ROOT = Cli.ROOT;
    private static final String REGELINGEN = ROOT.resolve("regelingen").toString();

    @TempDir
    Path tmp;

    private static Cli.Resultaat voer(String... args) {
        return Cli.voer(args);
    }

    @Test
    void geenFoutGeeftExitNul() {
        Cli.Resultaat r = voer("bereken", ROOT.resolve("docs/voorbeelden/000-maand-voorbeeld-1.json").toString(),
                "--regelingen", REGELINGEN);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("300 minuten per maand").contains("Resultaat: geen fouten.");
    }

    @Test
    void foutGeeftExitEen() {
        Cli.Resultaat r = voer("bereken", ROOT.resolve("docs/voorbeelden/004-vaktherapie-40-uur-15-maanden.json").toString(),
                "--regelingen", REGELINGEN, "--formaat", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"heeft_fout\" : true").contains("LIMIET_TOTAAL_OVERSCHREDEN");
    }

    @Test
    void ongeldigeInvoerGeeftExitTweeMetEenRegelPerProbleem() throws Exception {
        Path aanvraag = Files.writeString(tmp.resolve("a.json"), Files.readString(
                ROOT.resolve("docs/voorbeelden/000-maand-voorbeeld-1.json")).replace("\"uren\": 1,", "\"uren\": 0,")
                .replace("\"product\": \"ondersteuning-individueel\"", "\"product\": \"bestaat-niet\""));
        Cli.Resultaat r = voer("bereken", aanvraag.toString(), "--regelingen", REGELINGEN);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("producten[0].posten[0].uren: moet groter dan 0 zijn");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void onbekendProductNoemtZichzelf() throws Exception {
        Path aanvraag = Files.writeString(tmp.resolve("a.json"), Files.readString(
                ROOT.resolve("docs/voorbeelden/000-maand-voorbeeld-1.json"))
                .replace("\"product\": \"ondersteuning-individueel\"", "\"product\": \"bestaat-niet\""));
        Cli.Resultaat r = voer("bereken", aanvraag.toString(), "--regelingen", REGELINGEN, "--formaat", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("producten[0].product: onbekend product 'bestaat-niet'");
        assertThat(r.out()).contains("\"code\" : \"ONBEKEND_PRODUCT\"");
    }

    @Test
    void ontbrekendBestandGeeftExitTwee() {
        Cli.Resultaat r = voer("bereken", tmp.resolve("bestaat-niet.json").toString(), "--regelingen", REGELINGEN);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bestand bestaat niet");
    }

    @Test
    void ongeldigeOptiewaardeInHetNederlands() {
        Cli.Resultaat r = voer("bereken", "x.json", "--formaat", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("indiceer: ongeldige waarde voor --formaat; kies uit json, tekst");
    }

    @picocli.CommandLine.Command(name = "ontplof")
    static final class Ontplof implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kapot");
        }
    }

    @Test
    void eenInterneFoutIsEenRegelNederlandsEnExitDrie() {
        StringWriter err = new StringWriter();
        CommandLine cmd = IndiceerCommand.opdracht().addSubcommand(new Ontplof());
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("ontplof")).isEqualTo(3);
        assertThat(err.toString()).startsWith("indiceer: interne fout (IllegalStateException: kapot)")
                .doesNotContain("at nl.indiceer");
    }

    @Test
    void regelingControleerEnToon() {
        Cli.Resultaat c = voer("regeling", "controleer", REGELINGEN);
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("noord-limburg").contains("ridderkerk");
        Cli.Resultaat t = voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(t.exit()).isZero();
        assertThat(t.out()).contains("begeleiding-basis").contains("€ 74,81");
    }

    @Test
    void kapotteRegelingWordtGemeld() throws Exception {
        Path map = Files.createDirectories(tmp.resolve("regelingen/proef"));
        Files.writeString(map.resolve("2025-01-01.yaml"), "regio: proef\nnaam: x\nwet: jeugdwet\ngeldig_vanaf: 2025-01-01\n"
                + "bron: \"P:1\"\nbronnen:\n  - {id: P, bestand: p.txt}\nproducten:\n  - {code: a, naam: A, bron: \"P:1\"}\n");
        Cli.Resultaat r = voer("regeling", "controleer", tmp.resolve("regelingen").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("2025-01-01.yaml:9: producten[0].eenheid: ontbreekt");
    }
}
