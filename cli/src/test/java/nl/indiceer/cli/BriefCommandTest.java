package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BriefCommandTest {

    @TempDir
    Path tmp;

    private static final String BRIEVEN = Cli.ROOT.resolve("brieven").toString();
    private static final String REGELINGEN = Cli.ROOT.resolve("regelingen").toString();

    private static String voorbeeld(String naam) {
        return Cli.ROOT.resolve("docs/voorbeelden").resolve(naam).toString();
    }

    @Test
    void schrijftDeBriefDieToekennenZouGeven() throws Exception {
        Path pdf = tmp.resolve("brief.pdf");
        Cli.Resultaat r = Cli.voer("brief", voorbeeld("001-pgb-dagbesteding-per-uur.json"), pdf.toString(),
                "--brieven", BRIEVEN, "--regelingen", REGELINGEN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Brief geschreven").contains("briefhoofd van gemeente 0984");
        byte[] inhoud = Files.readAllBytes(pdf);
        String tekst;
        try (PDDocument d = Loader.loadPDF(inhoud)) {
            tekst = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        // the request names Venray: its letterhead; every line granted; nothing decided: the kenmerk says so
        assertThat(tekst).contains("Gemeente Venray").contains("Besluit: wij kennen dit toe.").contains("PROEFBRIEF")
                .contains("pgb formeel").contains("Uw budget");
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(inhoud), PDFAFlavour.PDFA_2_A)) {
            assertThat(Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_A, false).validate(parser).isCompliant()).isTrue();
        }
    }

    /** A line with a normenkader task form: the letter names the normenkader, its edition and its result (issue 8). */
    @Test
    void eenRegelMetNormeringNoemtHetNormenkaderInDeBrief() throws Exception {
        Path aanvraag = tmp.resolve("met-normering.json");
        String regel = """
                {"regio": "drechtsteden", "peildatum": "2026-02-01", "client": {"geboortedatum": "1960-05-01"},
                 "producten": [{"product": "individuele-begeleiding", "financiering": "ZIN", "begindatum": "2026-02-01",
                   "einddatum": "2027-01-31", "periode": "MAAND", "motivering": "Volgens de normering.",
                   "posten": [{"omschrijving": "begeleiding", "minuten": 1001, "per": "maand"}],
                   "normering": {"normenkader": "voorbeeld-begeleiding", "taken": [%s]}}]}""";
        // docs/voorbeelden/normeer-voorbeeld-begeleiding-drechtsteden.json: 231 minutes per week, 1 001 per month
        Files.writeString(aanvraag, regel.formatted("""
                {"taak": "administratie", "frequentie": {"keer": 1, "per": "week"}},
                {"taak": "huishoudelijke-organisatie", "factoren": [{"factor": "samenstelling-huishouden", "waarde": "2 personen"}]},
                {"taak": "zelfzorg", "frequentie": {"keer": 5, "per": "week"}, "factoren": [{"factor": "extra-tijd-beperking"}]}"""));
        Path pdf = tmp.resolve("normering.pdf");
        String normenkaders = Cli.ROOT.resolve("normenkaders").toString();
        Cli.Resultaat r = Cli.voer("brief", aanvraag.toString(), pdf.toString(), "--gemeente", "0184",
                "--brieven", BRIEVEN, "--regelingen", REGELINGEN, "--normenkaders", normenkaders);
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " "))
                    .contains("Wij zijn uitgegaan van het normenkader").contains("231 minuten per week, 1.001 minuten per maand");
        }
        // a task form that does not compute: no letter, the problem at its path
        Files.writeString(aanvraag, regel.formatted("{\"taak\": \"bestaat-niet\"}"));
        Cli.Resultaat kapot = Cli.voer("brief", aanvraag.toString(), tmp.resolve("kapot.pdf").toString(), "--gemeente", "0184",
                "--brieven", BRIEVEN, "--regelingen", REGELINGEN, "--normenkaders", normenkaders);
        assertThat(kapot.exit()).isEqualTo(2);
        assertThat(kapot.err()).contains("producten[0].normering.taken[0].taak");
        assertThat(tmp.resolve("kapot.pdf")).doesNotExist();
    }

    @Test
    void gemeenteOpNaamKiestHaarBriefhoofd() throws Exception {
        Path pdf = tmp.resolve("urk.pdf");
        Cli.Resultaat r = Cli.voer("brief", voorbeeld("002-lelystad-basis-begeleiding.json"), pdf.toString(),
                "--gemeente", "Urk", "--brieven", BRIEVEN, "--regelingen", REGELINGEN);
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(d)).contains("Gemeente Urk");
        }
    }

    @Test
    void onbekendeGemeente() {
        Cli.Resultaat r = Cli.voer("brief", voorbeeld("002-lelystad-basis-begeleiding.json"), tmp.resolve("x.pdf").toString(),
                "--gemeente", "Atlantis", "--brieven", BRIEVEN, "--regelingen", REGELINGEN);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("onbekende gemeente 'Atlantis'").contains("Urk");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void ontbrekendBestand() {
        Cli.Resultaat r = Cli.voer("brief", tmp.resolve("geen.json").toString(), tmp.resolve("x.pdf").toString(),
                "--brieven", BRIEVEN, "--regelingen", REGELINGEN);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bestand bestaat niet");
    }

    @Test
    void ongeldigSjabloon() throws Exception {
        Path map = tmp.resolve("brieven");
        Files.createDirectories(map);
        Files.writeString(map.resolve("brief.xhtml"), "<html><body></html>");
        Cli.Resultaat r = Cli.voer("brief", voorbeeld("000-maand-voorbeeld-1.json"), tmp.resolve("x.pdf").toString(),
                "--brieven", map.toString(), "--regelingen", REGELINGEN);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("De briefsjablonen zijn ongeldig").contains("brief.xhtml:1:").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
