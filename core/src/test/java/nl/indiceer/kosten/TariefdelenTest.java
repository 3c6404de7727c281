package nl.indiceer.kosten;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.toetsing.Bevindingcode;
import org.junit.jupiter.api.Test;

/**
 * A line across a tariff change is priced per part with the tariff in force in each (the test rulebook of
 * core/src/test/resources/tariefwissel: 60,00 per uur in 2025, 66,00 from 2026). With only one of the two tariffs the
 * total would be 1 440,00 or 1 584,00, not 1 512,00.
 */
class TariefdelenTest {

    private static final Regelingen PROEF = Regelingen.laad(Repo.root().resolve("core/src/test/resources/tariefwissel/regelingen"));

    private static Regeluitkomst bereken(String product, String periode, String posten, String begin, String eind) {
        String json = """
                {"regio": "tariefproef", "peildatum": "%s", "client": {"geboortedatum": "2012-05-01"},
                 "producten": [{"product": "%s", "financiering": "ZIN", "begindatum": "%s", "einddatum": "%s",
                   "periode": "%s", "eenheid": "uur", "posten": [%s]}]}
                """.formatted(begin, product, begin, eind, periode, posten);
        return new Indicatiemotor(PROEF).bereken(AanvraagLezer.lees(json)).regels().get(0);
    }

    @Test
    void eenRegelOverEenTariefwisselWordtPerDeelGeprijsd() {
        Regeluitkomst r = bereken("begeleiding", "MAAND", "{\"uren\": 4, \"per\": \"maand\"}", "2025-10-01", "2026-03-31");
        // 3 maanden × 4 uur = 12 uur × 60,00 = 720,00; 12 uur × 66,00 = 792,00
        assertThat(r.kosten().totaal()).isEqualByComparingTo("1512.00");
        assertThat(r.kosten().stappen()).extracting(Kostenstap::soort).containsOnly(Kostenstap.Soort.TARIEFDEEL);
        assertThat(r.kosten().stappen()).extracting(s -> s.tarief().bedrag().toPlainString()).containsExactly("60.00", "66.00");
        assertThat(r.kosten().stappen()).extracting(Kostenstap::van)
                .containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1));
        assertThat(r.kosten().stappen()).extracting(Kostenstap::bedrag).map(b -> b.toPlainString())
                .containsExactly("720.00", "792.00");
        assertThat(r.kosten().perPeriode()).as("geen enkel bedrag per maand: het tarief wisselt").isNull();
        assertThat(r.bevindingen()).extracting(b -> b.code()).contains(Bevindingcode.TARIEF_PER_DEEL);
    }

    @Test
    void deDelenTellenPreciesOpTotDeToewijzing() {
        // 1 uur per week over 1 november 2025 t/m 28 februari 2026 (4 maanden = 52/3 weken): totaal 18 uur (17,33 omhoog);
        // deel 2025 (2 maanden = 26/3 weken = 8,67 → 9 uur), deel 2026 de rest: 9 uur
        Regeluitkomst r = bereken("begeleiding", "WEEK", "{\"uren\": 1, \"per\": \"week\"}", "2025-11-01", "2026-02-28");
        assertThat(r.volume().totaal()).isEqualByComparingTo("18");
        assertThat(r.kosten().stappen()).extracting(Kostenstap::hoeveelheid).map(b -> b.toPlainString())
                .containsExactly("9", "9");
        assertThat(r.kosten().totaal()).isEqualByComparingTo("1134.00"); // 9 × 60 + 9 × 66
    }

    @Test
    void eenTotaalWordtNaarDagenVerdeeld() {
        // 10 uur totaal van 1 december 2025 t/m 31 januari 2026: 31 van 62 dagen in 2025 = 5 uur, de rest 5 uur
        Regeluitkomst r = bereken("begeleiding", "TOTAAL", "{\"uren\": 10, \"per\": \"totaal\"}", "2025-12-01", "2026-01-31");
        assertThat(r.kosten().stappen()).extracting(Kostenstap::hoeveelheid).map(b -> b.toPlainString())
                .containsExactly("5", "5");
        assertThat(r.kosten().totaal()).isEqualByComparingTo("630.00");
    }

    @Test
    void zonderWisselGeenDelenEnHetTariefVanDieDatum() {
        Regeluitkomst r2025 = bereken("begeleiding", "MAAND", "{\"uren\": 4, \"per\": \"maand\"}", "2025-01-01", "2025-12-31");
        assertThat(r2025.kosten().stappen()).isEmpty();
        assertThat(r2025.kosten().totaal()).isEqualByComparingTo("2880.00");
        Regeluitkomst r2026 = bereken("begeleiding", "MAAND", "{\"uren\": 4, \"per\": \"maand\"}", "2026-01-01", "2026-06-30");
        assertThat(r2026.kosten().perPeriode()).isEqualByComparingTo("264.00");
        assertThat(r2026.bevindingen()).extracting(b -> b.code()).doesNotContain(Bevindingcode.TARIEF_PER_DEEL);
    }

    @Test
    void eenTrajectKostDePrijsOpZijnBegindatum() {
        String json = """
                {"regio": "tariefproef", "peildatum": "2025-11-01", "client": {"geboortedatum": "2012-05-01"},
                 "producten": [{"product": "traject", "financiering": "ZIN", "begindatum": "2025-11-01",
                   "einddatum": "2026-06-30", "periode": "TOTAAL"}]}
                """;
        Regeluitkomst r = new Indicatiemotor(PROEF).bereken(AanvraagLezer.lees(json)).regels().get(0);
        assertThat(r.kosten().totaal()).isEqualByComparingTo("3000.00");
        assertThat(r.kosten().rekensom()).contains("het tarief op de begindatum 2025-11-01");
    }
}
