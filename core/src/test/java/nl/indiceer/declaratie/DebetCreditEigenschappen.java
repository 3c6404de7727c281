package nl.indiceer.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the running state per allocation, over random monthly declarations. */
class DebetCreditEigenschappen {

    /** 3 uur per week, 13-4-2022 t/m 30-6-2022: 9, 18 and 15 per month, 36 in total (werkwijze voorbeeld 1). */
    private final ToegewezenProduct t = Proefdata.perWeek("13-04-2022", "30-06-2022", 3, Eenheid.UUR);

    private Prestatie maand(int i, long minuten, String referentie) {
        YearMonth m = YearMonth.of(2022, 4 + i);
        return new Prestatie(referentie, null, "T1", Proefdata.CLIENT, Proefdata.AANBIEDER, "45", "45A48",
                i == 0 ? java.time.LocalDate.of(2022, 4, 13) : m.atDay(1), m.atEndOfMonth(), minuten, Eenheid.MINUUT,
                null, minuten * 2, DebetCredit.DEBET);
    }

    /** A debit followed by its credit leaves the allocation's used volume as it was, whatever came before. */
    @Property
    void debetEnCreditLatenHetVerbruikGelijk(@ForAll @Size(max = 3) List<@IntRange(min = 0, max = 1200) Integer> eerder,
                                             @ForAll @IntRange(min = 0, max = 2) int welke,
                                             @ForAll @IntRange(min = 0, max = 1200) int minuten) {
        Declaratiecontrole c = new Declaratiecontrole(Map.of("T1", t)::get);
        for (int i = 0; i < eerder.size(); i++) {
            if (i != welke) {
                c.controleer(maand(i, eerder.get(i), "E" + i));
            }
        }
        long voor = c.verbruik("T1").gebruikt();
        Prestatie debet = maand(welke, minuten, "D");
        boolean goed = c.controleer(debet).goedgekeurd();
        Controleuitkomst credit = c.controleer(Proefdata.credit(debet, "C"));
        assertThat(credit.goedgekeurd()).isEqualTo(goed);
        assertThat(c.verbruik("T1").gebruikt()).isEqualTo(voor);
    }

    /** Whatever is declared, the approved volume never exceeds TR322's total nor a month's TR321 maximum. */
    @Property
    void goedgekeurdBlijftBinnenDeToewijzing(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 3) Integer> maanden,
                                             @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 1500) Integer> minuten) {
        Declaratiecontrole c = new Declaratiecontrole(Map.of("T1", t)::get);
        long[] perMaand = new long[3];
        List<Prestatie> goedgekeurd = new ArrayList<>();
        for (int i = 0; i < maanden.size(); i++) {
            int m = Math.min(maanden.get(i), 2);
            Prestatie p = maand(m, minuten.get(i), "R" + i);
            Controleuitkomst u = c.controleer(p);
            if (u.goedgekeurd()) {
                perMaand[m] += p.geleverdVolume();
                goedgekeurd.add(p);
            }
        }
        assertThat(c.verbruik("T1").gebruikt()).isEqualTo(perMaand[0] + perMaand[1] + perMaand[2]).isLessThanOrEqualTo(36 * 60);
        assertThat(perMaand[0]).isLessThanOrEqualTo(9 * 60);
        assertThat(perMaand[1]).isLessThanOrEqualTo(18 * 60);
        assertThat(perMaand[2]).isLessThanOrEqualTo(15 * 60);
    }
}
