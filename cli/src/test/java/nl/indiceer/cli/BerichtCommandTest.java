package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indiceer bericht 301} and {@code indiceer bericht lees}: what they write and print, and their exit codes. */
class BerichtCommandTest {

    @TempDir
    Path tmp;

    private static final String REGELINGEN = Cli.ROOT.resolve("regelingen").toString();
    private static final Path ISTANDAARDEN = Cli.istandaarden();

    private static String voorbeeld(String naam) {
        return Cli.ROOT.resolve("docs/voorbeelden").resolve(naam).toString();
    }

    private static String istandaarden() {
        Assumptions.assumeTrue(Files.isDirectory(ISTANDAARDEN.resolve("ijw/xsd")), "geen officiële iStandaarden");
        return ISTANDAARDEN.toString();
    }

    private Path aanvraag() throws Exception {
        Path a = tmp.resolve("aanvraag.json");
        Files.writeString(a, Files.readString(Path.of(voorbeeld("002-basis-begeleiding-groep-b.json")))
                .replace("\"product\": \"45F02\",", "\"product\": \"45F02\", \"aanbieder\": \"Zorg BV\","));
        return a;
    }

    private static final List<String> CLIENT = List.of("--bsn", "999900006", "--achternaam", "Wit", "--voorvoegsel", "de",
            "--voorletters", "S", "--geslacht", "2", "--postcode", "8321 AB", "--huisnummer", "12", "--plaats", "Urk");

    private Cli.Resultaat voer301(Path aanvraag, String... meer) {
        List<String> args = new java.util.ArrayList<>(List.of("bericht", "301", aanvraag.toString(), "--uit",
                tmp.resolve("uit").toString(), "--regelingen", REGELINGEN, "--agb", "Zorg BV=12345678",
                "--moment", "2025-02-20T14:30:00", "--eerste-nummer", "700"));
        args.addAll(CLIENT);
        args.addAll(List.of(meer));
        return Cli.voer(args.toArray(String[]::new));
    }

    @Test
    void schrijftDe301EnLeesKeurtHemGoed() throws Exception {
        String xsd = istandaarden();
        Cli.Resultaat r = voer301(aanvraag(), "--istandaarden", xsd);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Geschreven:").contains("JW301 (BerichtCode 436)").contains("Toewijzing 700: product 45F02");
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(tmp.resolve("uit"))) {
            bestanden = s.toList();
        }
        assertThat(bestanden).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith("JW301-12345678-").endsWith(".xml"));
        byte[] xml = Files.readAllBytes(bestanden.get(0));
        assertThat(xml[0]).isEqualTo((byte) '<'); // no BOM
        assertThat(new String(xml, StandardCharsets.UTF_8).replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

        Cli.Resultaat lees = Cli.voer("bericht", "lees", bestanden.get(0).toString(), "--istandaarden", xsd);
        assertThat(lees.exit()).as(lees.err()).isZero();
        assertThat(lees.out()).contains("geldig").contains("Cliënt: BSN 999900006, S. de Wit, geboren 2013-05-01")
                .contains("Gecontroleerd tegen").contains("JW301.xsd");
    }

    @Test
    void zonderLandelijkeProductcodesEenRedenEnExit1() {
        Cli.Resultaat r = Cli.voer(Stream.concat(Stream.of("bericht", "301", voorbeeld("000-maand-voorbeeld-1.json"), "--uit",
                tmp.toString(), "--regelingen", REGELINGEN), CLIENT.stream()).toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Er is geen 301 geschreven.");
        assertThat(r.err()).contains("geen landelijke productcodes");
    }

    @Test
    void zonderClientgegevensEenRedenPerRegel() throws Exception {
        Cli.Resultaat r = Cli.voer("bericht", "301", aanvraag().toString(), "--uit", tmp.toString(), "--regelingen", REGELINGEN,
                "--agb", "Zorg BV=12345678");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("regel 1").contains("BSN");
    }

    @Test
    void ongeldigeOptiesZijnExit2MetDeOptie() throws Exception {
        Cli.Resultaat r = Cli.voer("bericht", "301", aanvraag().toString(), "--regelingen", REGELINGEN, "--bsn", "123456789",
                "--achternaam", "Wit", "--lopende", "T1=abc", "--uit", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--bsn: '123456789' is geen BSN").contains("--lopende T1");
    }

    @Test
    void leesKeurtEenOnmogelijkeDatumAfMetRegelEnReden() throws Exception {
        Path slecht = tmp.resolve("jw315.xml");
        Path officieel = ISTANDAARDEN.resolve("ijw/voorbeelden/JW315.xml");
        Assumptions.assumeTrue(Files.exists(officieel));
        Files.copy(officieel, slecht);
        Cli.Resultaat r = Cli.voer("bericht", "lees", slecht.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("afgekeurd").contains("regel 44: ToewijzingEinddatum '2027-06-31' is geen bestaande datum");
    }

    @Test
    void leesZonderSchemaZegtDatHetSchemaNietIsGebruikt() throws Exception {
        Path goed = tmp.resolve("wmo319.xml");
        Path officieel = ISTANDAARDEN.resolve("iwmo/voorbeelden/WMO319.xml");
        Assumptions.assumeTrue(Files.exists(officieel));
        Files.copy(officieel, goed);
        Cli.Resultaat r = Cli.voer("bericht", "lees", goed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("WMO319").contains("verzoek afgewezen").contains("7 (zorginhoudelijke afkeur)")
                .contains("Niet tegen het officiële schema gecontroleerd");
    }

    @Test
    void leesVanIetsAndersDanEenBericht() throws Exception {
        Path doctype = tmp.resolve("x.xml");
        Files.writeString(doctype, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>");
        Cli.Resultaat r = Cli.voer("bericht", "lees", doctype.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("regel 2: een DOCTYPE is in een bericht niet toegestaan").doesNotContain("Exception");
        assertThat(Cli.voer("bericht", "lees", tmp.resolve("bestaat-niet.xml").toString()).exit()).isEqualTo(2);
        assertThat(Cli.voer("bericht", "lees", tmp.toString()).err()).contains("is een map");
    }
}
