package nl.indiceer.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import nl.indiceer.rekensom.RekensomTekst;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of issue 6, section 1: rounding up decides on the exact value, any positive volume is at
 * least one unit, and a validity of whole weeks counts exactly those weeks.
 */
class NooitNaarBenedenTest {

    private static final BigDecimal DAGDEEL = BigDecimal.valueOf(240);
    private static final Breuk VIER_EN_EEN_HALF = Breuk.van(9, 2); // Achterhoek, 000:216-218
    private static final LocalDate MAART = LocalDate.of(2026, 3, 1);
    private static final Geldigheidsduur JAAR = Geldigheidsduur.van(MAART, LocalDate.of(2027, 2, 28), BigDecimal.valueOf(52));

    private static Volumeopbouw opbouw(Eenheid product, Post... posten) {
        Volumeopbouw o = new Volumeopbouw(product, DAGDEEL);
        for (Post p : posten) {
            o.voegToe(p);
        }
        return o;
    }

    private static Toewijzingsvolume toewijzing(Volumeopbouw o, Eenheid product, Periode periode, Breuk wpm,
                                                 Geldigheidsduur duur) {
        return Toewijzingsvolume.bepaal(o.voor(periode, wpm, duur), product, null, DAGDEEL, periode, duur);
    }

    @Test
    void eenPiepkleinePostIsEenMinuut() {
        // 0,0001 minuut × 0,0001 per maand was "0 minuten per maand": cleared at 6 decimals, then rounded up.
        Volumeopbouw o = opbouw(Eenheid.MINUUT, new Post("bijna niets", new BigDecimal("0.0001"), Eenheid.MINUUT,
                new BigDecimal("0.0001"), Periode.MAAND, null));
        Toewijzingsvolume v = toewijzing(o, Eenheid.MINUUT, Periode.MAAND, VIER_EN_EEN_HALF, JAAR);
        assertThat(v.exact()).isEqualTo(Breuk.van(1, 100_000_000));
        assertThat(v.volume()).isEqualByComparingTo("1");
        assertThat(v.eenheid()).isEqualTo(Eenheid.MINUUT);
        assertThat(v.afgerond()).isTrue();
        assertThat(v.totaal()).isEqualByComparingTo("12");
    }

    @Test
    void eenPiepkleinePostDoorDeMotorIsEenMinuutPerMaand() {
        String json = """
                {"regio": "achterhoek", "peildatum": "2026-03-01", "client": {"geboortedatum": "2013-04-12"},
                 "producten": [{"product": "ondersteuning-individueel", "financiering": "ZIN",
                   "begindatum": "2026-03-01", "einddatum": "2027-02-28", "periode": "MAAND",
                   "motivering": "test",
                   "posten": [{"omschrijving": "bijna niets", "minuten": 0.0001, "aantal": 0.0001, "per": "maand"}]}]}
                """;
        Regeluitkomst r = new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(json)).regels().get(0);
        assertThat(r.volume().volume()).isEqualByComparingTo("1");
        assertThat(RekensomTekst.zin(r.rekensom())).contains("naar boven afgerond: 1 minuut per maand");
    }

    @Test
    void zevenEnEenBeetjeIsAcht() {
        // 7,0000005 minutes per month was rounded half up at 6 decimals (7,000001), then up: 8. But a value
        // that rounded half up to 7,000000 (7,0000004) became 7. Now both are 8.
        for (String exact : new String[] {"7.0000005", "7.0000004", "7.0000000001"}) {
            Volumeopbouw o = opbouw(Eenheid.MINUUT, new Post("", new BigDecimal(exact), Eenheid.MINUUT, BigDecimal.ONE,
                    Periode.MAAND, null));
            Toewijzingsvolume v = toewijzing(o, Eenheid.MINUUT, Periode.MAAND, VIER_EN_EEN_HALF, JAAR);
            assertThat(v.volume()).as(exact).isEqualByComparingTo("8");
            assertThat(v.afgerond()).isTrue();
        }
    }

    @Test
    void negentigMinutenPerWeekTwaalfWekenIs1080() {
        // 1 March up to and including 23 May: 84 days, 12 weeks. It counted 2 × 52/12 + 23/7 = 11,95 weeks: 1 076.
        Geldigheidsduur twaalfWeken = Geldigheidsduur.van(MAART, LocalDate.of(2026, 5, 23), BigDecimal.valueOf(52));
        assertThat(twaalfWeken.exacteWeken()).isEqualTo(Breuk.van(12));
        Volumeopbouw o = opbouw(Eenheid.MINUUT, new Post("huisbezoek", BigDecimal.valueOf(90), Eenheid.MINUUT,
                BigDecimal.ONE, Periode.WEEK, null));
        Toewijzingsvolume v = toewijzing(o, Eenheid.MINUUT, Periode.WEEK, VIER_EN_EEN_HALF, twaalfWeken);
        assertThat(v.volume()).isEqualByComparingTo("90");
        assertThat(v.totaal()).isEqualByComparingTo("1080");
        assertThat(o.voor(Periode.TOTAAL, VIER_EN_EEN_HALF, twaalfWeken)).isEqualTo(Breuk.van(1080));
    }

    @Test
    void vierEnEenHalfKeerTweeDerdeUurIsPrecies180Minuten() {
        // 000:216-218: a month is 4,5 weeks. 40 minutes (2/3 uur) per week is 180 minutes, 3 uur, per month; never 181.
        Volumeopbouw o = opbouw(Eenheid.UUR, new Post("gesprek", BigDecimal.valueOf(40), Eenheid.MINUUT,
                BigDecimal.ONE, Periode.WEEK, null));
        Toewijzingsvolume v = toewijzing(o, Eenheid.UUR, Periode.MAAND, VIER_EN_EEN_HALF, JAAR);
        assertThat(v.volume()).isEqualByComparingTo("3");
        assertThat(v.eenheid()).isEqualTo(Eenheid.UUR);
        assertThat(v.afgerond()).isFalse();
        Toewijzingsvolume inMinuten = Toewijzingsvolume.bepaal(o.voor(Periode.MAAND, VIER_EN_EEN_HALF, JAAR), Eenheid.UUR,
                Eenheid.MINUUT, DAGDEEL, Periode.MAAND, JAAR);
        assertThat(inMinuten.volume()).isEqualByComparingTo("180");
        assertThat(inMinuten.afgerond()).isFalse();
    }

    @Test
    void tweeenvijftigTwaalfdeWekenPerMaandIsExact() {
        // Drechtsteden counts 52/12 weeks per month (003:40-47): 3 uur per week is exactly 13 uur per month,
        // where 4,333333333333333 would give 12,999999999999999.
        Volumeopbouw o = opbouw(Eenheid.MINUUT, new Post("begeleiding", BigDecimal.valueOf(3), Eenheid.UUR,
                BigDecimal.ONE, Periode.WEEK, null));
        Toewijzingsvolume v = toewijzing(o, Eenheid.MINUUT, Periode.MAAND, Breuk.lees("52/12"), JAAR);
        assertThat(v.volume()).isEqualByComparingTo("780");
        assertThat(v.afgerond()).isFalse();
    }

    @Test
    void eenKwartaalTeltDertienWeken_000_258() {
        // 000:258: 13 weeks per quarter; per week line 2 uur over 1 January - 31 March: 26 uur.
        Geldigheidsduur kwartaal = Geldigheidsduur.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), BigDecimal.valueOf(52));
        Volumeopbouw o = opbouw(Eenheid.UUR, new Post("begeleiding", BigDecimal.valueOf(2), Eenheid.UUR,
                BigDecimal.ONE, Periode.WEEK, null));
        Toewijzingsvolume v = toewijzing(o, Eenheid.UUR, Periode.WEEK, VIER_EN_EEN_HALF, kwartaal);
        assertThat(v.totaal()).isEqualByComparingTo("26");
    }
}
