package nl.indiceer.declaratie;

import static nl.indiceer.declaratie.Proefdata.d;
import static nl.indiceer.declaratie.Proefdata.debet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every iStandaarden rule of the check: passing at its limit, failing just past it. */
class DeclaratiecontroleTest {

    /** Werkwijze voorbeeld 1: 3 uur per week, 13-4-2022 t/m 30-6-2022; April 9, May 18, June 15, total 36. */
    private final ToegewezenProduct t = Proefdata.perWeek("13-04-2022", "30-06-2022", 3, Eenheid.UUR);
    private final Declaratiecontrole controle = new Declaratiecontrole(Map.of("T1", t)::get);

    private static List<Declaratiecode> codes(Controleuitkomst u) {
        return u.bevindingen().stream().map(Declaratiebevinding::code).toList();
    }

    @Test
    void tr321ProductperiodeTotHetMaximum() {
        assertThat(controle.controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 9, Eenheid.UUR)).goedgekeurd()).isTrue();
        Controleuitkomst teVeel = new Declaratiecontrole(Map.of("T1", t)::get)
                .controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 10, Eenheid.UUR));
        assertThat(codes(teVeel)).containsExactly(Declaratiecode.VOLUME_PRODUCTPERIODE_TE_HOOG);
        assertThat(teVeel.afkeuringen().get(0).parameter("maximum")).isEqualTo(9L);
        assertThat(teVeel.afkeuringen().get(0).code().retourcode()).isEqualTo("9321");
    }

    @Test
    void tr321InMinutenTegenEenToewijzingInUren() {
        assertThat(controle.controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 540, Eenheid.MINUUT)).goedgekeurd()).isTrue();
        assertThat(codes(new Declaratiecontrole(Map.of("T1", t)::get)
                .controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 541, Eenheid.MINUUT))))
                .containsExactly(Declaratiecode.VOLUME_PRODUCTPERIODE_TE_HOOG);
    }

    /** TR322: each month at its own maximum (9 + 18 + 15 = 42) passes TR321, but the allocation holds 36. */
    @Test
    void tr322TotaalOverDeToewijzing() {
        assertThat(controle.controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 9, Eenheid.UUR)).goedgekeurd()).isTrue();
        assertThat(controle.controleer(debet(t, "R2", "01-05-2022", "31-05-2022", 18, Eenheid.UUR)).goedgekeurd()).isTrue();
        Controleuitkomst juni = controle.controleer(debet(t, "R3", "01-06-2022", "30-06-2022", 15, Eenheid.UUR));
        assertThat(codes(juni)).containsExactly(Declaratiecode.VOLUME_TOEWIJZING_TE_HOOG);
        assertThat(juni.afkeuringen().get(0).parameter("eerder")).isEqualTo(27L * 60);
        assertThat(controle.controleer(debet(t, "R4", "01-06-2022", "30-06-2022", 9, Eenheid.UUR)).goedgekeurd()).isTrue();
        assertThat(controle.verbruik("T1")).isEqualTo(new Verbruik(36 * 60, Eenheid.MINUUT, 36L * 60));
    }

    @Test
    void tr346BedragIsVolumeMaalTarief() {
        assertThat(controle.controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 2, Eenheid.UUR, 7481, 14962)).goedgekeurd())
                .isTrue();
        Controleuitkomst fout = new Declaratiecontrole(Map.of("T1", t)::get)
                .controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 2, Eenheid.UUR, 7481, 14963));
        assertThat(codes(fout)).containsExactly(Declaratiecode.BEDRAG_ONJUIST);
        assertThat(fout.afkeuringen().get(0).parameter("verwacht")).isEqualTo(14962L);
    }

    /**
     * TR346 and IV081: an hour tariff of 74,81 declared in 50 minutes: 7481 x 50 / 60 = 6234,17 cents, so 6234; not the
     * rounded minute tariff (1,25) x 50 = 6250. Half a cent rounds up ("1,455 wordt 1,46"): 3 cents x 10 minutes / 60 = 0,5.
     */
    @Test
    void tr346UurtariefInMinutenAfgerondOpCenten() {
        assertThat(Bedragberekening.verwacht(50, Eenheid.MINUUT, new Producttarief(7481, Eenheid.UUR))).isEqualTo(6234);
        assertThat(Bedragberekening.verwacht(10, Eenheid.MINUUT, new Producttarief(3, Eenheid.UUR))).isEqualTo(1);
        assertThat(Bedragberekening.verwacht(10, Eenheid.MINUUT, new Producttarief(2, Eenheid.UUR))).isZero();
        ToegewezenProduct metTarief = new ToegewezenProduct("T1", Proefdata.CLIENT, Wet.JEUGDWET, "45", "45A48",
                Proefdata.AANBIEDER, d("13-04-2022"), d("30-06-2022"), t.omvang(), t.variant(),
                new Producttarief(7481, Eenheid.UUR));
        Declaratiecontrole c = new Declaratiecontrole(Map.of("T1", metTarief)::get);
        assertThat(c.controleer(debet(metTarief, "R1", "13-04-2022", "30-04-2022", 50, Eenheid.MINUUT, 125, 6234)).goedgekeurd())
                .isTrue();
        assertThat(codes(c.controleer(debet(metTarief, "R2", "01-05-2022", "31-05-2022", 50, Eenheid.MINUUT, 125, 6250))))
                .containsExactly(Declaratiecode.BEDRAG_ONJUIST);
    }

    @Test
    void tr346NietVoorEuro() {
        ToegewezenProduct euro = Proefdata.output("15-04-2022", "04-06-2022", 150, Eenheid.EURO);
        Declaratiecontrole c = new Declaratiecontrole(Map.of("T1", euro)::get);
        assertThat(c.controleer(debet(euro, "R1", "15-04-2022", "30-04-2022", 300, Eenheid.EURO, 100, 30000)).goedgekeurd())
                .isTrue();
    }

    @Test
    void op279PeriodeBinnenDeToewijzing() {
        assertThat(codes(controle.controleer(debet(t, "R1", "12-04-2022", "30-04-2022", 1, Eenheid.UUR))))
                .contains(Declaratiecode.BEGIN_VOOR_TOEWIJZING);
        ToegewezenProduct kort = Proefdata.perWeek("01-04-2022", "20-06-2022", 3, Eenheid.UUR);
        assertThat(codes(new Declaratiecontrole(Map.of("T1", kort)::get)
                .controleer(debet(kort, "R1", "01-06-2022", "30-06-2022", 1, Eenheid.UUR))))
                .containsExactly(Declaratiecode.EIND_NA_TOEWIJZING);
        assertThat(new Declaratiecontrole(Map.of("T1", kort)::get)
                .controleer(debet(kort, "R1", "01-06-2022", "20-06-2022", 1, Eenheid.UUR)).goedgekeurd()).isTrue();
    }

    @Test
    void op367PeriodeBinnenEenKalendermaand() {
        assertThat(codes(controle.controleer(debet(t, "R1", "01-05-2022", "01-06-2022", 1, Eenheid.UUR))))
                .contains(Declaratiecode.PERIODE_NIET_IN_EEN_MAAND);
        assertThat(codes(controle.controleer(debet(t, "R2", "31-05-2022", "01-05-2022", 1, Eenheid.UUR))))
                .contains(Declaratiecode.PERIODE_NIET_IN_EEN_MAAND);
    }

    /** TR387/TR388: a whole month unless the allocation starts or ends in it (13-4 may start April, not May). */
    @Test
    void productperiodeIsDeHeleMaand() {
        assertThat(codes(controle.controleer(debet(t, "R1", "02-05-2022", "31-05-2022", 1, Eenheid.UUR))))
                .containsExactly(Declaratiecode.PERIODE_BEGIN_NIET_EERSTE_VAN_MAAND);
        assertThat(codes(controle.controleer(debet(t, "R2", "01-05-2022", "30-05-2022", 1, Eenheid.UUR))))
                .containsExactly(Declaratiecode.PERIODE_EIND_NIET_LAATSTE_VAN_MAAND);
        assertThat(controle.controleer(debet(t, "R3", "14-04-2022", "30-04-2022", 1, Eenheid.UUR)).goedgekeurd()).isTrue();
    }

    @Test
    void productAanbiederClientEnEenheidPassenBijDeToewijzing() {
        Prestatie p = debet(t, "R1", "01-05-2022", "31-05-2022", 1, Eenheid.UUR);
        assertThat(codes(controle.controleer(new Prestatie("R1", null, "T1", p.client(), "87654321", "45", "45A48", p.begin(),
                p.eind(), 1, Eenheid.UUR, 100L, 100, DebetCredit.DEBET)))).containsExactly(Declaratiecode.AANBIEDER_ANDERS);
        assertThat(codes(controle.controleer(new Prestatie("R2", null, "T1", p.client(), p.aanbieder(), "45", "45A49",
                p.begin(), p.eind(), 1, Eenheid.UUR, 100L, 100, DebetCredit.DEBET)))).containsExactly(Declaratiecode.PRODUCTCODE_ANDERS);
        assertThat(codes(controle.controleer(new Prestatie("R3", null, "T1", p.client(), p.aanbieder(), "43", "45A48",
                p.begin(), p.eind(), 1, Eenheid.UUR, 100L, 100, DebetCredit.DEBET))))
                .containsExactly(Declaratiecode.PRODUCTCATEGORIE_ANDERS);
        assertThat(codes(controle.controleer(new Prestatie("R4", null, "T1", "123456782", p.aanbieder(), "45", "45A48",
                p.begin(), p.eind(), 1, Eenheid.UUR, 100L, 100, DebetCredit.DEBET)))).containsExactly(Declaratiecode.CLIENT_ANDERS);
        assertThat(codes(controle.controleer(new Prestatie("R5", null, "T1", p.client(), p.aanbieder(), "45", "45A48",
                p.begin(), p.eind(), 1, Eenheid.DAGDEEL, 100L, 100, DebetCredit.DEBET)))).containsExactly(Declaratiecode.EENHEID_ANDERS);
        assertThat(codes(controle.controleer(new Prestatie("R6", null, "T9", p.client(), p.aanbieder(), "45", "45A48",
                p.begin(), p.eind(), 1, Eenheid.UUR, 100L, 100, DebetCredit.DEBET)))).containsExactly(Declaratiecode.TOEWIJZING_ONBEKEND);
        assertThat(controle.verbruik("T1").gebruikt()).isZero();
    }

    /** A credit takes back its debit: the volume is free again, and the period may be declared anew (TR389). */
    @Test
    void creditHeftDebetOp() {
        Prestatie april = debet(t, "R1", "13-04-2022", "30-04-2022", 9, Eenheid.UUR);
        assertThat(controle.controleer(april).goedgekeurd()).isTrue();
        assertThat(codes(controle.controleer(debet(t, "R2", "13-04-2022", "30-04-2022", 5, Eenheid.UUR))))
                .containsExactly(Declaratiecode.DEBET_AL_INGEDIEND);
        assertThat(controle.controleer(Proefdata.credit(april, "C1")).goedgekeurd()).isTrue();
        assertThat(controle.verbruik("T1").gebruikt()).isZero();
        assertThat(codes(controle.controleer(Proefdata.credit(april, "C2")))).containsExactly(Declaratiecode.AL_GECREDITEERD);
        assertThat(controle.controleer(debet(t, "R3", "13-04-2022", "30-04-2022", 5, Eenheid.UUR)).goedgekeurd()).isTrue();
        assertThat(controle.verbruik("T1").gebruikt()).isEqualTo(300);
    }

    @Test
    void creditZonderOfAfwijkendVanDebet() {
        Prestatie april = debet(t, "R1", "13-04-2022", "30-04-2022", 9, Eenheid.UUR);
        assertThat(codes(controle.controleer(Proefdata.credit(april, "C1")))).containsExactly(Declaratiecode.CREDIT_ZONDER_DEBET);
        controle.controleer(april);
        Prestatie anders = new Prestatie("C2", "R1", "T1", april.client(), april.aanbieder(), "45", "45A48", april.begin(),
                april.eind(), 8, Eenheid.UUR, 100L, 800, DebetCredit.CREDIT);
        Controleuitkomst u = controle.controleer(anders);
        assertThat(codes(u)).containsExactly(Declaratiecode.CREDIT_WIJKT_AF_VAN_DEBET);
        assertThat(u.afkeuringen().get(0).parameter("veld")).isEqualTo("GeleverdVolume");
        assertThat(controle.verbruik("T1").gebruikt()).isEqualTo(540);
    }

    @Test
    void referentieMaarEenKeer() {
        controle.controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 1, Eenheid.UUR));
        assertThat(codes(controle.controleer(debet(t, "R1", "01-05-2022", "31-05-2022", 1, Eenheid.UUR))))
                .containsExactly(Declaratiecode.REFERENTIE_AL_INGEDIEND);
    }

    /** OP366: credits first, so a corrected month fits; TR316: no credit of a debit of the same message. */
    @Test
    void berichtCreditsEerstEnNietInHetzelfdeBericht() {
        Prestatie april = debet(t, "R1", "13-04-2022", "30-04-2022", 9, Eenheid.UUR);
        controle.neemOpAlsGoedgekeurd(april);
        Prestatie correctie = debet(t, "R2", "13-04-2022", "30-04-2022", 8, Eenheid.UUR);
        List<Controleuitkomst> uit = controle.controleerBericht(List.of(correctie, Proefdata.credit(april, "C1")));
        assertThat(uit).allMatch(Controleuitkomst::goedgekeurd);
        assertThat(uit.get(0).prestatie()).isEqualTo(correctie);
        Prestatie mei = debet(t, "R3", "01-05-2022", "31-05-2022", 1, Eenheid.UUR);
        List<Controleuitkomst> zelfde = controle.controleerBericht(List.of(mei, Proefdata.credit(mei, "C2")));
        assertThat(codes(zelfde.get(1))).containsExactly(Declaratiecode.CREDIT_IN_ZELFDE_BERICHT);
        assertThat(controle.verbruik("T1").gebruikt()).isEqualTo(9 * 60);
    }

    /** Taakgericht per week: IV077 has no method; the volume is not counted and the check says so without rejecting. */
    @Test
    void taakgerichtPerWeekNietGeteld() {
        ToegewezenProduct taak = Proefdata.toewijzing("T1", Wet.JEUGDWET, "45", "45A48", "13-04-2022", "30-06-2022",
                new Omvang(3, Eenheid.UUR, Frequentie.PER_WEEK), Uitvoeringsvariant.TAAKGERICHT, null);
        Controleuitkomst u = new Declaratiecontrole(Map.of("T1", taak)::get)
                .controleer(debet(taak, "R1", "01-05-2022", "31-05-2022", 100, Eenheid.UUR));
        assertThat(u.goedgekeurd()).isTrue();
        assertThat(codes(u)).containsExactly(Declaratiecode.VOLUME_NIET_GETOETST);
    }

    @Test
    void elkeCodeHeeftEenTekst() {
        Controleuitkomst u = new Declaratiecontrole(Map.of("T1", t)::get)
                .controleer(debet(t, "R1", "13-04-2022", "30-04-2022", 10, Eenheid.UUR));
        assertThat(DeclaratiebevindingTekst.tekst(u.afkeuringen().get(0))).isEqualTo(
                "Gedeclareerd 10 uur; in deze productperiode mag ten hoogste 9 uur (3 kalenderweken × 3). (TR321)");
    }
}
