package nl.indiceer.declaratie;

import static nl.indiceer.declaratie.Proefdata.credit;
import static nl.indiceer.declaratie.Proefdata.debet;
import static nl.indiceer.declaratie.Proefdata.perWeek;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 323 refused halfway (cut off, malformed) must leave nothing behind: what its prestaties booked is taken back, so the
 * same prestaties sent again are checked as if the broken message never came.
 */
class BerichtTerugdraaienTest {

    private final ToegewezenProduct t = perWeek("01-01-2026", "31-03-2026", 2, Eenheid.UUR);
    private final Declaratiecontrole controle = new Declaratiecontrole(Map.of(t.toewijzingNummer(), t)::get);

    @Test
    void eenTeruggedraaidBerichtLaatGeenDebetEnGeenVolumeAchter() {
        Prestatie januari = debet(t, "R1", "01-01-2026", "31-01-2026", 8, Eenheid.UUR);
        controle.beginBericht();
        assertThat(controle.controleer(januari).goedgekeurd()).isTrue();
        assertThat(controle.verbruik(t.toewijzingNummer()).gebruikt()).isEqualTo(8 * 60);
        controle.draaiBerichtTerug();
        assertThat(controle.verbruik(t.toewijzingNummer()).gebruikt()).isZero();
        assertThat(controle.aantalToewijzingenMetStand()).isZero();
        // sent again: not "already submitted" (TR314/TR389)
        assertThat(controle.controleer(januari).bevindingen()).isEmpty();
    }

    @Test
    void eenTeruggedraaideCreditGeeftHetDebetTerug() {
        Prestatie januari = debet(t, "R1", "01-01-2026", "31-01-2026", 8, Eenheid.UUR);
        controle.beginBericht();
        controle.controleer(januari);
        controle.bevestigBericht();
        controle.beginBericht();
        assertThat(controle.controleer(credit(januari, "R2")).goedgekeurd()).isTrue();
        assertThat(controle.verbruik(t.toewijzingNummer()).gebruikt()).isZero();
        controle.draaiBerichtTerug();
        assertThat(controle.verbruik(t.toewijzingNummer()).gebruikt()).isEqualTo(8 * 60);
        // the debit is not credited: a second debit of January still collides with it (TR389)
        assertThat(controle.controleer(debet(t, "R3", "01-01-2026", "31-01-2026", 1, Eenheid.UUR))
                .heeft(Declaratiecode.DEBET_AL_INGEDIEND)).isTrue();
    }

    @Test
    void eenBevestigdBerichtBlijft() {
        controle.beginBericht();
        controle.controleer(debet(t, "R1", "01-01-2026", "31-01-2026", 8, Eenheid.UUR));
        controle.bevestigBericht();
        controle.draaiBerichtTerug();
        assertThat(controle.verbruik(t.toewijzingNummer()).gebruikt()).isEqualTo(8 * 60);
    }

    @Test
    void eenKeuzeInDeTekstMagEenParameterBevatten() {
        String tekst = DeclaratiebevindingTekst.tekst(Declaratiebevinding.van(Declaratiecode.CREDIT_ZONDER_DEBET, "debet", "R9"));
        assertThat(tekst).contains("debetprestatie R9 om te crediteren").doesNotContain("{");
        assertThat(DeclaratiebevindingTekst.tekst(Declaratiebevinding.van(Declaratiecode.CREDIT_ZONDER_DEBET)))
                .contains("(VorigReferentieNummer ontbreekt)").doesNotContain("{");
    }
}
