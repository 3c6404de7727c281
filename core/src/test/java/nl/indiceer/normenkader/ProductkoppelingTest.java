package nl.indiceer.normenkader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Regelingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A normering feeds a product line of the indication engine as posten: one per task, per week or month. */
class ProductkoppelingTest {

    private static final String TAKEN = """
            {"normenkader": "voorbeeld-begeleiding", "peildatum": "2026-02-01", "regio": "testregio",
             "taken": [
               {"taak": "administratie", "frequentie": {"keer": 1, "per": "week"}},
               {"taak": "sociale-contacten", "frequentie": {"keer": 1, "per": "twee_weken"},
                "afwijking": {"minuten": 10, "per": "week", "motivering": "Eerste maanden extra oefenen met de bus."}}]}
            """;

    @TempDir
    Path tmp;

    @Test
    void postenPerMaandEnDeIndicatiemotorRekentDeKosten() throws Exception {
        // weken_per_maand 4,33 (test rulebook). Administratie: 45 min × 1 per week = 45 per week; per month
        // 45 × 4,33 = 194,85 → 195. Sociale contacten: 60 min per two weeks = 30 + 10 deviation = 40 per week;
        // per month 40 × 4,33 = 173,2 → 174. Total 195 + 174 = 369 minutes per month.
        // Cost (TR346): 369 × € 66,00 per hour ÷ 60 = € 405,90 per month; 12 months: € 4.870,80.
        Regelingen regelingen = Normtest.regeling(tmp, "4.33");
        Normering n = Normtest.normeer(TAKEN, regelingen);
        Productregel regel = Productkoppeling.productregel(n, "begeleiding", Financiering.ZIN, LocalDate.of(2026, 2, 1),
                LocalDate.of(2027, 1, 31), Periode.MAAND);
        assertThat(regel.posten()).containsExactly(
                new Post("Administratie en financiën", BigDecimal.valueOf(195), Eenheid.MINUUT, BigDecimal.ONE, Periode.MAAND, null),
                new Post("Sociale contacten en netwerk", BigDecimal.valueOf(174), Eenheid.MINUUT, BigDecimal.ONE, Periode.MAAND, null));
        assertThat(regel.onderbouwing().motivering()).contains("voorbeeld — geen vastgesteld beleid")
                .contains("Afwijking bij Sociale contacten en netwerk: +10 minuten per week; motivering: Eerste maanden extra oefenen met de bus.");

        Uitkomst u = new Indicatiemotor(regelingen).bereken(Productkoppeling.aanvraag(n, "testregio", null, null, regel));
        Regeluitkomst r = u.regels().get(0);
        assertThat(r.volume().volume()).isEqualByComparingTo("369").isEqualByComparingTo(n.totaalPerMaand());
        assertThat(r.volume().periode()).isEqualTo(Periode.MAAND);
        assertThat(nl.indiceer.rekensom.RekensomTekst.zin(r.rekensom())).contains("195 minuten per maand (Administratie en financiën)")
                .contains("174 minuten per maand (Sociale contacten en netwerk)");
        assertThat(r.kosten().perPeriode()).isEqualByComparingTo("405.90");
        assertThat(r.kosten().totaal()).isEqualByComparingTo("4870.80");
        assertThat(u.heeftFout()).isFalse();
    }

    @Test
    void postenPerWeek() throws Exception {
        // Per week: 45 + 40 = 85 minutes.
        Normering n = Normtest.normeer(TAKEN, Normtest.regeling(tmp, "4.33"));
        Productregel regel = Productkoppeling.productregel(n, "begeleiding", Financiering.ZIN, LocalDate.of(2026, 2, 1),
                LocalDate.of(2027, 1, 31), Periode.WEEK);
        assertThat(regel.posten()).extracting(Post::duur).containsExactly(BigDecimal.valueOf(45), BigDecimal.valueOf(40));
        assertThat(regel.posten()).allSatisfy(p -> assertThat(p.per()).isEqualTo(Periode.WEEK));
        assertThat(n.totaalPerWeek()).isEqualByComparingTo("85");
    }

    @Test
    void deMotorToetstDeLimietVanDeRegeling() throws Exception {
        // The test product allows at most 600 minutes per month. Dagstructuur 30 min × 5 per week = 150 per week;
        // per month 150 × 4,33 = 649,5 → 650 > 600: a FOUT of the engine.
        Regelingen regelingen = Normtest.regeling(tmp, "4.33");
        Normering n = Normtest.normeer("""
                {"normenkader": "voorbeeld-begeleiding", "peildatum": "2026-02-01", "regio": "testregio",
                 "taken": [{"taak": "dagstructuur", "frequentie": {"keer": 5, "per": "week"}}]}
                """, regelingen);
        assertThat(n.totaalPerMaand()).isEqualByComparingTo("650");
        Productregel regel = Productkoppeling.productregel(n, "begeleiding", Financiering.ZIN, LocalDate.of(2026, 2, 1),
                LocalDate.of(2027, 1, 31), Periode.MAAND);
        Uitkomst u = new Indicatiemotor(regelingen).bereken(Productkoppeling.aanvraag(n, "testregio", null, null, regel));
        assertThat(u.alleBevindingen()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(nl.indiceer.toetsing.Bevindingcode.LIMIET_PER_MAAND_OVERSCHREDEN);
            assertThat(b.ernst()).isEqualTo(Ernst.FOUT);
        });
    }

    @Test
    void totaalBinnenDeGeldigheidsduurKanNiet() {
        Normering n = Normtest.normeer(Normtest.kpmg());
        assertThatThrownBy(() -> Productkoppeling.productregel(n, "hh", Financiering.ZIN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Periode.TOTAAL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per week of per maand");
    }
}
