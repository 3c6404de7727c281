package nl.indiceer.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class VoorbeeldbriefTest {

    static final Path BRIEVEN = Path.of(System.getProperty("indiceer.root", ".."), "brieven");

    @Test
    void deVoorbeeldbriefIsPdfA2aEnToontZijnCijfers() throws Exception {
        Briefmaker maker = new Briefmaker(Briefsjablonen.laad(BRIEVEN));
        byte[] pdf = maker.maak(Voorbeeldbrief.voor("0034"));
        Files.write(Path.of("target", "voorbeeldbrief.pdf"), pdf);
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        String tekst = Pdfcontrole.tekst(pdf);
        assertThat(tekst).contains("300 minuten per maand; 3.600 minuten van 1 maart 2026 tot en met 28 februari 2027");
    }
}
