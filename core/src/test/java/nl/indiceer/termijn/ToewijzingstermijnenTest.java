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

/** Deadlines from allocations alone: ends ahead, and the garantiefase of the region's rulebook (001:1837-1894). */
class ToewijzingstermijnenTest {

    private static final Regelingen REGELINGEN = Regelingen.laad(
            Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"));
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private static LopendeToewijzing toewijzing(String id, String product, String begin, String eind) {
        return new LopendeToewijzing(id, product, "Aanbieder", Financiering.ZIN,
                new Looptijd(LocalDate.parse(begin), LocalDate.parse(eind)), null, 0);
    }

    @Test
    void eindeBinnenDePeriodeVooruit() {
        List<Termijn> t = Toewijzingstermijnen.van(List.of(
                toewijzing("A/0", "45A49", "2025-03-01", "2026-03-31"),
                toewijzing("B/0", "45A49", "2025-03-01", "2026-04-27"),
                toewijzing("C/0", "45A49", "2025-03-01", "2026-03-02")), null, VANDAAG, VANDAAG.plusWeeks(8));
        // 27 April is exactly 8 weeks ahead: included; today's end: included; soonest first
        assertThat(t).extracting(Termijn::toewijzing).containsExactly("C/0", "A/0", "B/0");
        assertThat(t).allMatch(x -> x.soort() == Termijnsoort.TOEWIJZING_EINDIGT && x.bron() == null);
        assertThat(Toewijzingstermijnen.van(List.of(toewijzing("D/0", "45A49", "2025-03-01", "2026-04-28")), null,
                VANDAAG, VANDAAG.plusWeeks(8))).isEmpty();
    }

    @Test
    void garantiefaseVanZesMaandenNaEenTrajectUitDeRegeling() {
        Regeling noordLimburg = REGELINGEN.voor("noord-limburg", VANDAAG);
        assertThat(noordLimburg.tijdsverloop().garantiefase().maanden()).isEqualTo(6);
        List<Termijn> t = Toewijzingstermijnen.van(List.of(
                // a Segment 4 traject ended on 30 September 2025: garantiefase up to and including 30 March 2026 (as
                // Garantiefasetoets counts: a new line may begin up to 6 months after the end)
                toewijzing("A/0", "45L12", "2025-01-01", "2025-09-30"),
                // ended on 31 August 2025: its garantiefase ended on 28 February 2026, before today
                toewijzing("B/0", "45L12", "2025-01-01", "2025-08-31"),
                // not a product of the garantiefase segments
                toewijzing("C/0", "45A49", "2025-01-01", "2025-12-31")), noordLimburg, VANDAAG, VANDAAG.plusWeeks(8));
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.soort()).isEqualTo(Termijnsoort.GARANTIEFASE_EINDIGT);
            assertThat(x.datum()).isEqualTo("2026-03-30");
            assertThat(x.toewijzing()).isEqualTo("A/0");
            assertThat(x.bron().tekst()).contains("1837-1894");
        });
        // without the region's rule there is no garantiefase
        assertThat(Toewijzingstermijnen.van(List.of(toewijzing("A/0", "45L12", "2025-01-01", "2025-09-30")),
                REGELINGEN.voor("flevoland", VANDAAG), VANDAAG, VANDAAG.plusWeeks(8))).isEmpty();
    }

    @Test
    void verlopenIsVoorVandaag() {
        Termijn t = new Termijn(Termijnsoort.TOEWIJZING_EINDIGT, VANDAAG, "A/0", "x", null, null);
        assertThat(t.verlopen(VANDAAG)).isFalse();
        assertThat(t.verlopen(VANDAAG.plusDays(1))).isTrue();
    }
}
