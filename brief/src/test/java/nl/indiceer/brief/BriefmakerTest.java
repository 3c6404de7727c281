package nl.indiceer.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.volume.Getal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The letters of worked examples: PDF/A-2a by veraPDF, and the engine's figures in their text (PDFBox). */
class BriefmakerTest {

    @Test
    void seed000MaandVoorbeeld1StaatMetVolumePerMaandEnTotaalInDeBrief() throws Exception {
        // seed 000 (Achterhoek, 000:216-218): 1 uur per week + 0,5 uur afstemming = 300 minuten per maand, 12 maanden
        byte[] pdf = Brieven.maker().maak(Brieven.toegekend("000-maand-voorbeeld-1.json", "0197"));
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        String tekst = Pdfcontrole.tekst(pdf);
        assertThat(tekst)
                .contains("300 minuten per maand; 3.600 minuten van 1 maart 2026 tot en met 28 februari 2027")
                .contains("1 uur per week (begeleiding) × 4,5 weken + 0,5 uur per maand (afstemming met het systeem) = 5 uur = 300 minuten per maand")
                .contains("Besluit: wij kennen dit toe.")
                .contains("Gemiddeld 1 uur per week; minstens eens per maand afstemming met het systeem.")
                .contains("Jeugdwet, artikel 2.3, eerste lid")
                .contains("2026-000123")
                .contains("A. Jansen").contains("Dorpsstraat 12")
                // Achterhoek has no letterhead of its own here: the default one, marked as an example to replace
                .contains("Let op, voorbeeld")
                .contains("binnen zes weken");
    }

    @Test
    void eenPgbNoemtBudgetEnTarief() throws Exception {
        // seed 001 (Noord-Limburg, Venray): dagbesteding as a pgb per hour, budget = volume × the pgb tariff
        Aanvraag a = Brieven.aanvraag("001-pgb-dagbesteding-per-uur.json");
        Uitkomst u = Brieven.uitkomst(a);
        Regeluitkomst r = u.regels().get(0);
        assertThat(r.financiering().isPgb()).isTrue();
        byte[] pdf = Brieven.maker().maak(Brieven.brief(a, u, Besluitregel.allesToegekend(u), Beschikkingsoort.EERSTE, null, "0984"));
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        String tekst = Pdfcontrole.tekst(pdf);
        assertThat(tekst)
                .contains("Gemeente Venray")
                .contains("pgb formeel")
                .contains("Uw budget " + Getal.euro(r.kosten().totaal()))
                .contains("Tarief " + Getal.euro(r.kosten().tarief().bedrag()) + " per " + r.kosten().tarief().eenheid().enkelvoud())
                .contains(r.volume().tekst());
        assertThat(r.kosten().totaal()).isPositive();
    }

    @Test
    void eenAfwijzingNoemtDeRedenEnGeenVolume() throws Exception {
        Aanvraag a = Brieven.aanvraag("000-maand-voorbeeld-1.json");
        Uitkomst u = Brieven.uitkomst(a);
        byte[] pdf = Brieven.maker().maak(Brieven.brief(a, u,
                List.of(new Regelbesluit.Afwijzing("Uw netwerk kan deze begeleiding zelf bieden.")), Beschikkingsoort.EERSTE, null,
                "0034"));
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        String tekst = Pdfcontrole.tekst(pdf);
        assertThat(tekst).contains("Besluit: wij wijzen dit af.")
                .contains("Waarom wijzen wij dit af? Uw netwerk kan deze begeleiding zelf bieden.")
                .doesNotContain("Besluit: wij kennen dit toe.")
                .doesNotContain("300 minuten per maand");
    }

    @Test
    void eenWijzigingNoemtHetBesluitDatZeWijzigt() throws Exception {
        Aanvraag a = Brieven.aanvraag("000-maand-voorbeeld-1.json");
        Uitkomst u = Brieven.uitkomst(a);
        byte[] pdf = Brieven.maker().maak(Brieven.brief(a, u, Besluitregel.allesToegekend(u), Beschikkingsoort.WIJZIGING,
                "2025-000077", "0184"));
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Pdfcontrole.tekst(pdf)).contains("Gemeente Urk")
                .contains("Wijzigt besluit 2025-000077")
                .contains("Dit besluit verandert ons eerdere besluit met kenmerk 2025-000077.")
                .contains("Besluit: wij veranderen de hulp die u krijgt");
    }

    @Test
    void eenWijzigingZonderVorigKenmerkBestaatNiet() {
        Aanvraag a = Brieven.aanvraag("000-maand-voorbeeld-1.json");
        Uitkomst u = Brieven.uitkomst(a);
        assertThatThrownBy(() -> Brieven.brief(a, u, Besluitregel.allesToegekend(u), Beschikkingsoort.VERLENGING, null, "0034"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noemt de beschikking die zij wijzigt");
        assertThatThrownBy(() -> Brieven.brief(a, u, Besluitregel.allesToegekend(u), Beschikkingsoort.EERSTE, "2025-1", "0034"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tekstUitDeAanvraagKanDeBriefNietBreken() throws Exception {
        Aanvraag a = Brieven.aanvraag("000-maand-voorbeeld-1.json");
        Uitkomst u = Brieven.uitkomst(a);
        byte[] pdf = Brieven.maker().maak(Brieven.brief(a, u,
                List.of(new Regelbesluit.Afwijzing("<b>vet</b> & \u001b[31m rood \uFFFF </html>")), Beschikkingsoort.EERSTE, null,
                "0034"));
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Pdfcontrole.tekst(pdf)).contains("<b>vet</b> &").contains("</html>");
    }

    @Test
    void tekenBuitenHetLettertypeHoudtDeBriefPdfA() throws Exception {
        // a name in a script DejaVu has no glyphs for (Chinese, an emoji): PDF/A forbids drawing a missing glyph
        Aanvraag a = Brieven.aanvraag("000-maand-voorbeeld-1.json");
        Uitkomst u = Brieven.uitkomst(a);
        Beschikkingsbrief b = Brieven.brief(a, u, List.of(new Regelbesluit.Afwijzing("reden 李小龍 \uD83D\uDE00 Zoë Ştefan")),
                Beschikkingsoort.EERSTE, null, "0034");
        byte[] pdf = Brieven.maker().maak(b);
        assertThat(Pdfcontrole.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Pdfcontrole.tekst(pdf)).contains("Zoë Ştefan");
    }

    @Test
    void eenGemeenteZonderBriefhoofdEnZonderStandaardWordtGeweigerd(@TempDir Path tmp) throws Exception {
        Path map = Brieven.kopie(tmp.resolve("brieven"));
        Files.delete(map.resolve("briefhoofden/standaard.yaml"));
        Briefmaker maker = new Briefmaker(Briefsjablonen.laad(map));
        assertThatThrownBy(() -> maker.maak(Brieven.toegekend("000-maand-voorbeeld-1.json", "0197")))
                .isInstanceOf(OnbekendeGemeenteException.class).hasMessageContaining("0197");
    }

    @Test
    void gelijktijdigeBrievenZijnGelijk() throws Exception {
        Beschikkingsbrief brief = Brieven.toegekend("000-maand-voorbeeld-1.json", "0034");
        String verwacht = Pdfcontrole.tekst(Brieven.maker().maak(brief));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> uit = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uit.add(pool.submit(() -> Pdfcontrole.tekst(Brieven.maker().maak(brief))));
            }
            for (Future<String> f : uit) {
                assertThat(f.get()).isEqualTo(verwacht);
            }
        } finally {
            pool.shutdown();
        }
    }
}
