package nl.indiceer.normenkader;

import static nl.indiceer.normenkader.Normtest.fouten;
import static nl.indiceer.normenkader.Normtest.kpmg;
import static nl.indiceer.normenkader.Normtest.normeer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.indiceer.regeling.Bron;
import org.junit.jupiter.api.Test;

/**
 * The KPMG normenkader (Maatschappelijke Zaken HBEL) for schoon en leefbaar huis, in hours per year:
 * base 108 h, −23 h own options, +26 h or +52 h limitations, +26 h household, +16 h / +4 h extra room.
 * Without a region a month counts 52/12 weeks, so per month = hours × 60 ÷ 12 exactly, and per week =
 * hours × 60 ÷ 52, rounded up.
 */
class KpmgNormenkaderTest {

    private static Taakuitkomst taak(String json) {
        Normering n = normeer(json);
        assertThat(n.taken()).hasSize(1);
        return n.taken().get(0);
    }

    private static void verwacht(Taakuitkomst t, int perWeek, int perMaand) {
        assertThat(t.minuten().perWeek()).isEqualByComparingTo(BigDecimal.valueOf(perWeek));
        assertThat(t.minuten().perMaand()).isEqualByComparingTo(BigDecimal.valueOf(perMaand));
    }

    @Test
    void basisVolledigeOvername() {
        // 108 h × 60 = 6.480 min per year; ÷ 52 = 124,615... → 125 per week; ÷ 12 = 540 per month (exact).
        Taakuitkomst t = taak(kpmg());
        verwacht(t, 125, 540);
        assertThat(t.rekensom()).startsWith("Normtijd 108 uur per jaar = 6.480 minuten per jaar ÷ 52 weken = 124,62 minuten per week")
                .contains("naar boven afgerond 125 minuten").contains("= 540 minuten.");
    }

    @Test
    void minderInzetEigenMogelijkheden() {
        // 108 − 23 = 85 h = 5.100 min per year; ÷ 52 = 98,077 → 99 per week; ÷ 12 = 425 per month.
        Taakuitkomst t = taak(kpmg("minder-inzet-eigen-mogelijkheden"));
        verwacht(t, 99, 425);
        assertThat(t.rekensom()).contains("− 23 uur per jaar (Minder inzet: eigen mogelijkheden cliënt en/of netwerk) = 85 uur per jaar");
    }

    @Test
    void beperkingenEnigExtraInzet() {
        // 108 + 26 = 134 h = 8.040 min; ÷ 52 = 154,615 → 155 per week; ÷ 12 = 670 per month.
        verwacht(taak(kpmg("beperkingen-enig-extra")), 155, 670);
    }

    @Test
    void beperkingenVeelExtraInzet() {
        // 108 + 52 = 160 h = 9.600 min; ÷ 52 = 184,615 → 185 per week; ÷ 12 = 800 per month.
        verwacht(taak(kpmg("beperkingen-veel-extra")), 185, 800);
    }

    @Test
    void samenstellingHuishouden() {
        // 108 + 26 = 134 h = 8.040 min; ÷ 52 = 154,615 → 155 per week; ÷ 12 = 670 per month.
        Taakuitkomst t = taak(kpmg("samenstelling-huishouden"));
        verwacht(t, 155, 670);
        assertThat(t.factoren()).containsExactly("Samenstelling huishouden (+26 uur per jaar)");
    }

    @Test
    void extraKamerInGebruik() {
        // 108 + 16 = 124 h = 7.440 min; ÷ 52 = 143,077 → 144 per week; ÷ 12 = 620 per month.
        verwacht(taak(kpmg("extra-kamer-in-gebruik")), 144, 620);
    }

    @Test
    void extraKamerNietInGebruik() {
        // 108 + 4 = 112 h = 6.720 min; ÷ 52 = 129,231 → 130 per week; ÷ 12 = 560 per month.
        verwacht(taak(kpmg("extra-kamer-niet-in-gebruik")), 130, 560);
    }

    @Test
    void factorenTellenOp() {
        // 108 − 23 + 52 + 26 + 16 + 4 = 183 h = 10.980 min; ÷ 52 = 211,154 → 212 per week; ÷ 12 = 915 per month.
        Taakuitkomst t = taak(kpmg("minder-inzet-eigen-mogelijkheden", "beperkingen-veel-extra", "samenstelling-huishouden",
                "extra-kamer-in-gebruik", "extra-kamer-niet-in-gebruik"));
        verwacht(t, 212, 915);
        assertThat(t.rekensom()).contains("= 183 uur per jaar = 10.980 minuten per jaar ÷ 52 weken = 211,15 minuten per week");
    }

    @Test
    void enigEnVeelExtraSluitenElkaarUit() {
        assertThat(fouten(kpmg("beperkingen-enig-extra", "beperkingen-veel-extra"))).containsExactly(
                "taken[0].factoren[1].factor: factor 'beperkingen-veel-extra' en factor 'beperkingen-enig-extra' sluiten "
                        + "elkaar uit (keuzegroep beperkingen); kies er één");
    }

    @Test
    void extraVervuilingOntbreektEnWordtNietGeraden() {
        assertThat(fouten(kpmg("extra-vervuiling"))).singleElement().asString()
                .startsWith("taken[0].factoren[0].factor: de waarde van factor 'Extra vervuiling' ontbreekt in normenkader "
                        + "kpmg-hbel-2021: De bron breekt af");
    }

    @Test
    void perJaarNaarWeekEnMaandMetDeRegioConstante() {
        // With 4,5 weeks per month (Achterhoek style): 6.480 ÷ 52 = 124,615 per week → 125;
        // per month 6.480 ÷ 52 × 4,5 = 560,769 → 561 (not 540: 12 × 4,5 = 54 weeks, said in a note).
        Normering n = normeer("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "weken_per_maand": {"waarde": 4.5, "bron": "test"},
                 "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                """);
        Taakuitkomst t = n.taken().get(0);
        verwacht(t, 125, 561);
        assertThat(t.minuten().perWeekExact().decimaal(3)).isEqualByComparingTo("124.615");
        assertThat(t.minuten().perMaandExact().decimaal(3)).isEqualByComparingTo("560.769");
        assertThat(n.bevindingen()).extracting(b -> b.code().name()).contains("WEKEN_PER_MAAND_JAAR");
    }

    @Test
    void statusVastgesteldEnBronInDeUitkomst() {
        Normering n = normeer(kpmg("beperkingen-enig-extra"));
        assertThat(n.status()).isEqualTo(Normstatus.VASTGESTELD);
        assertThat(n.taken().get(0).bronnen()).extracting(Bron::kort)
                .contains("mz-hbel:1. Schoon en leefbaar huis, Basissituatie. Volledige overname: 108 uur per jaar");
        assertThat(n.bevindingen()).extracting(b -> b.code().name()).doesNotContain("NORMENKADER_VOORBEELD", "NORMENKADER_ONVOLLEDIG");
    }
}
