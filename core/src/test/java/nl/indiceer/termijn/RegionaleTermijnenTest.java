package nl.indiceer.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import org.junit.jupiter.api.Test;

/**
 * The deadlines a region decides (rulebook {@code termijnen}): the no-show decision (002:1774-1780), evaluation moments
 * (003:179-182, 001:11133-11142) and a 317 received later than advised (002:376-380, 002:439-440).
 */
class RegionaleTermijnenTest {

    private static final Regelingen REGELINGEN = Regelingen.laad(
            Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"));
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    private static final Werkdagkalender KALENDER = new Werkdagkalender();

    private static Regeling regeling(String regio) {
        return REGELINGEN.voor(regio, VANDAAG);
    }

    private static LopendeToewijzing toewijzing(String id, String product, String begin, String eind) {
        return new LopendeToewijzing(id, product, "Aanbieder", Financiering.ZIN,
                new Looptijd(LocalDate.parse(begin), LocalDate.parse(eind)), null, 0);
    }

    @Test
    void noShowBesluitDrieWekenNaDeMeldingVanDeDerdeNoShow() {
        // 002:1780 "binnen 3 weken na de melding van de derde no show": reported Monday 2 March 2026, due 23 March
        Termijn t = NoShowtermijn.besluit(regeling("flevoland"), VANDAAG, "K/0", "45F21", "12345678");
        assertThat(t.soort()).isEqualTo(Termijnsoort.NO_SHOW_BESLUIT);
        assertThat(t.datum()).isEqualTo("2026-03-23");
        assertThat(t.bron().tekst()).contains("1774-1780");
        // a region without the rule has no such deadline
        assertThat(NoShowtermijn.besluit(regeling("noord-limburg"), VANDAAG, "K/0", "45L12", null)).isNull();
        assertThat(NoShowtermijn.besluit(null, VANDAAG, "K/0", "45F21", null)).isNull();
    }

    @Test
    void eersteEvaluatieDrechtstedenUiterlijkZesMaandenNaDeBegindatum() {
        // 003:182 "eerste evaluatie vindt plaats na 3–6 maanden": the last day of the range, 6 months after the begin
        Regeling drechtsteden = regeling("drechtsteden");
        assertThat(drechtsteden.termijnregels().evaluatie("individuele-begeleiding").vanafMaanden()).isEqualTo(3);
        List<Termijn> t = Evaluatietermijnen.van(List.of(
                toewijzing("A/0", "individuele-begeleiding", "2025-10-15", "2026-10-14"),
                toewijzing("B/0", "individuele-begeleiding", "2025-08-15", "2026-08-14"),
                toewijzing("C/0", "individuele-begeleiding", "2026-01-01", "2026-12-31")), drechtsteden, VANDAAG,
                VANDAAG.plusWeeks(8));
        // A: 15 April 2026 (within 8 weeks); B: 15 February, passed (no event says it was held: not listed after its
        // day); C: 1 July, beyond the period
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.soort()).isEqualTo(Termijnsoort.EVALUATIEMOMENT);
            assertThat(x.toewijzing()).isEqualTo("A/0");
            assertThat(x.datum()).isEqualTo("2026-04-15");
            assertThat(x.bron().tekst()).contains("179-182");
        });
    }

    @Test
    void evaluatieDyslexieUiterlijkTwintigZevenMaandenNaDeStart() {
        // 001:11133-11135: 18 months diagnostiek + behandeling, then an evaluation 9 months after the treatment ended
        List<Termijn> t = Evaluatietermijnen.van(List.of(
                toewijzing("D/0", "54L51", "2023-12-20", "2026-03-19"),
                toewijzing("E/0", "45L12", "2023-12-20", "2026-03-19")), regeling("noord-limburg"), VANDAAG,
                VANDAAG.plusWeeks(8));
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.toewijzing()).isEqualTo("D/0");
            assertThat(x.datum()).isEqualTo("2026-03-20");
        });
        // Flevoland names no evaluation term (evaluation through procesregie, 002:346-349): nothing
        assertThat(Evaluatietermijnen.van(List.of(toewijzing("F/0", "45F01", "2025-09-02", "2026-09-01")),
                regeling("flevoland"), VANDAAG, VANDAAG.plusWeeks(52))).isEmpty();
    }

    @Test
    void basisBegeleidingJw317MinstensAchtWekenVoorDeIngang() {
        Regeling flevoland = regeling("flevoland");
        // 002:380: change from 27 April 2026; 8 weeks before is 2 March: received on 2 March is in time, on 3 March late
        assertThat(Wijzigingsverzoektermijn.teLaat(flevoland, "45F01", LocalDate.of(2026, 4, 27), VANDAAG, "JW317 1", "A",
                KALENDER)).isNull();
        Termijn laat = Wijzigingsverzoektermijn.teLaat(flevoland, "45F01", LocalDate.of(2026, 4, 27), VANDAAG.plusDays(1),
                "JW317 1", "A", KALENDER);
        assertThat(laat.soort()).isEqualTo(Termijnsoort.WIJZIGINGSVERZOEK_TE_LAAT);
        assertThat(laat.datum()).isEqualTo("2026-03-02");
        assertThat(laat.bron().tekst()).contains("376-380");
        assertThat(flevoland.termijnregels().wijzigingsverzoek("45F01").advies()).isTrue();
    }

    @Test
    void multiJw317MinstensTienWerkdagenVoorDeIngang() {
        Regeling flevoland = regeling("flevoland");
        // 002:439-440: change from Monday 16 March 2026; 10 working days before it is Monday 2 March
        assertThat(Wijzigingsverzoektermijn.teLaat(flevoland, "45F21", LocalDate.of(2026, 3, 16), VANDAAG, "JW317 2", "A",
                KALENDER)).isNull();
        Termijn laat = Wijzigingsverzoektermijn.teLaat(flevoland, "45F21", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 3),
                "JW317 2", "A", KALENDER);
        assertThat(laat.datum()).isEqualTo("2026-03-02");
        assertThat(laat.bron().tekst()).contains("439-440");
        // over Easter 2026 (Friday 3 April no holiday, Monday 6 April tweede Paasdag): change from Tuesday 14 April,
        // 10 working days back skips 6 April and lands on Monday 30 March
        Termijn pasen = Wijzigingsverzoektermijn.teLaat(flevoland, "45F21", LocalDate.of(2026, 4, 14),
                LocalDate.of(2026, 4, 1), "JW317 3", "A", KALENDER);
        assertThat(pasen.datum()).isEqualTo("2026-03-30");
        // a product or region without the rule: no flag
        assertThat(Wijzigingsverzoektermijn.teLaat(regeling("noord-limburg"), "45L12", LocalDate.of(2026, 3, 3), VANDAAG,
                "JW317 4", "A", KALENDER)).isNull();
    }
}
