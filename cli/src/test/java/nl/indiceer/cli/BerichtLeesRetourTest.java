package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indiceer bericht lees} on a retour (JW302, JW320) and a 325: which message it answers and each code with its
 * Dutch meaning from the configured code list WJ001; without the list the code alone, and that the text is unavailable.
 * The official examples (ijw/voorbeelden) are read where the build says they are, never copied into the repository.
 */
class BerichtLeesRetourTest {

    @TempDir
    Path tmp;

    private static Path istandaarden() {
        Path map = Cli.istandaarden();
        Assumptions.assumeTrue(Files.isDirectory(map.resolve("ijw/voorbeelden")), "geen officiële iStandaarden");
        return map;
    }

    private static String voorbeeld(String naam) {
        return istandaarden().resolve("ijw/voorbeelden").resolve(naam).toString();
    }

    @Test
    void eenJw302NoemtHetBeantwoordeBerichtEnDeBetekenisVanElkeCode() {
        Cli.Resultaat r = Cli.voer("bericht", "lees", voorbeeld("JW302.xml"), "--istandaarden", istandaarden().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // JW302.xml lines 7-18: the 301 123456789012 of 2023-07-15 from 0384 to 42420001; retour 9452b7eb-c87
        assertThat(r.out()).contains("geldig retourbericht")
                .contains("JW302 (BerichtCode 437): Retour op een toewijzing")
                .contains("Antwoord van aanbieder (AGB) 42420001 op bericht 123456789012 van 2023-07-15 van gemeente 0384; "
                        + "retourbericht 9452b7eb-c87 van 2023-07-16")
                // line 24; WJ001_Retourcode.md line 33
                .contains("Header: 8848 (Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.)")
                .contains("Uitkomst: afgekeurd")
                .contains("Gecontroleerd tegen").doesNotContain("niet beschikbaar");
    }

    @Test
    void eenJw320NoemtDeReferentieVanHetAntwoord() {
        Cli.Resultaat r = Cli.voer("bericht", "lees", voorbeeld("JW320.xml"), "--istandaarden", istandaarden().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // JW320.xml lines 29-33: the answer on request 9003 refused with 9360 (WJ001_Retourcode.md line 108)
        assertThat(r.out()).contains("op bericht 876543219")
                .contains("Header: 0200 (Geen opmerking over deze berichtklasse.)")
                .contains("Antwoord 9003: 9360 (Er is al een antwoordbericht met deze ReferentieAanbieder")
                .contains("Uitkomst: afgekeurd");
    }

    @Test
    void zonderCodelijstDeCodeAlleenEnDatDeTekstNietBeschikbaarIs() throws Exception {
        Path kopie = tmp.resolve("retour.xml");
        Files.copy(Path.of(voorbeeld("JW302.xml")), kopie);
        Cli.Resultaat r = Cli.voer("bericht", "lees", kopie.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Header: 8848\n").doesNotContain("Dagtekening moet")
                .contains("De betekenis van de retourcodes is niet beschikbaar")
                .contains("Niet tegen het officiële schema gecontroleerd");
    }

    @Test
    void eenJw325NoemtDeDeclaratieEnElkeAfgewezenPrestatieMetDeBetekenisVanHaarCodes() {
        Cli.Resultaat r = Cli.voer("bericht", "lees", voorbeeld("JW325.xml"), "--istandaarden", istandaarden().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // JW325.xml lines 17-20 and 31-39; line 82-86 the three codes of RN002 (WJ001_Retourcode.md lines 83-85)
        assertThat(r.out()).contains("JW325 (BerichtCode 491): Antwoord op een declaratie")
                .contains("Antwoord op declaratie (323) 765432198 van 2023-05-07")
                .contains("Declaratie DN001: ingediend 580,00 euro credit, toegekend 340,00 euro credit")
                .contains("3 prestaties afgewezen")
                .contains("referentie RN002: 9339 (ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in "
                        + "het ToegewezenProduct.); 9340 (ProductCode in de Prestatie")
                .contains("Gecontroleerd tegen");
        Cli.Resultaat kaal = Cli.voer("bericht", "lees", voorbeeld("JW325.xml"));
        assertThat(kaal.exit()).as(kaal.err()).isZero();
        assertThat(kaal.out()).contains("referentie RN001: 0611\n").contains("niet beschikbaar");
    }

    @Test
    void eenKapotRetourberichtWordtAfgekeurdMetRegelEnReden() throws Exception {
        String xml = Files.readString(Path.of(voorbeeld("JW302.xml")));
        Path kapot = tmp.resolve("kapot.xml");
        Files.writeString(kapot, xml.replace("<jw302:RetourCode>8848</jw302:RetourCode>",
                "<jw302:RetourCode>88</jw302:RetourCode>"));
        Cli.Resultaat r = Cli.voer("bericht", "lees", kapot.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("afgekeurd").contains("regel 24: RetourCode '88' is geen retourcode")
                .doesNotContain("Exception");
    }
}
