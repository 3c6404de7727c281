package nl.indiceer.kosten;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeopbouw;

/**
 * PxQ for a line whose validity runs across a tariff change (a dated tariff list, {@code Tariefblad}): the line is cut
 * at each change and every part is priced at the tariff in force in it, each part a step of the rekensom. The parts
 * share out exactly the allocated total: a volume per week or per month counts the weeks or months of each part
 * (counted as the validity is), a total within the validity the part's share of the days, since it may be used at
 * any moment. Each part but the last is rounded up to a whole unit, never down; the last part is what is left, so the
 * parts always add up to the allocation. Each part's cost is rounded to cents, the total is their sum.
 */
public final class Tariefdelen {

    private static final BigDecimal ZESTIG = BigDecimal.valueOf(60);

    private Tariefdelen() {
    }

    /**
     * The cost of the volume over {@code begin} to {@code eind}; null when no tariff fits (as
     * {@link Kostenberekening#pxq}). Without a tariff change in the period it is exactly {@link Kostenberekening#pxq}
     * with the tariffs in force on the begindatum.
     */
    public static Kosten pxq(Regeling regeling, String code, Financiering financiering, String aanbiedertype,
                             Toewijzingsvolume v, LocalDate begin, LocalDate eind, BigDecimal minutenPerDagdeel,
                             Breuk wekenPerJaar) {
        List<LocalDate> wissels = regeling.tariefwissels(code, begin, eind);
        if (wissels.isEmpty()) {
            return Kostenberekening.pxq(regeling.productOp(code, begin), financiering, aanbiedertype, v, minutenPerDagdeel);
        }
        List<LocalDate> starts = new ArrayList<>();
        starts.add(begin);
        starts.addAll(wissels);
        long dagenTotaal = ChronoUnit.DAYS.between(begin, eind) + 1;
        BigDecimal verdeeld = BigDecimal.ZERO;
        BigDecimal totaal = BigDecimal.ZERO;
        List<Kostenstap> stappen = new ArrayList<>();
        List<String> zinnen = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate van = starts.get(i);
            LocalDate tot = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : eind;
            BigDecimal over = v.totaal().subtract(verdeeld);
            BigDecimal deel;
            String grondslag;
            if (i + 1 == starts.size()) {
                deel = over;
                grondslag = "de rest van " + Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid());
            } else if (v.periode() == Periode.TOTAAL) {
                long dagen = ChronoUnit.DAYS.between(van, tot) + 1;
                deel = Breuk.van(v.totaal()).maal(dagen).gedeeldDoor(dagenTotaal).omhoog().min(over);
                grondslag = dagen + " van " + dagenTotaal + " dagen van " + Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid());
            } else {
                Geldigheidsduur duur = Geldigheidsduur.van(van, tot, wekenPerJaar);
                deel = Breuk.van(v.volume()).maal(duur.aantal(v.periode())).omhoog().min(over);
                grondslag = Volumeopbouw.hoeveelheid(v.volume(), v.eenheid()) + " " + v.periode().omschrijving() + " × "
                        + Getal.nl(duur.aantal(v.periode())) + (v.periode() == Periode.WEEK ? " weken" : " maanden")
                        + ", naar boven afgerond";
            }
            verdeeld = verdeeld.add(deel);
            Product product = regeling.productOp(code, van);
            Kosten k = Kostenberekening.pxq(product, financiering, aanbiedertype,
                    Toewijzingsvolume.zonderAfronding(deel, v.eenheid(), Periode.TOTAAL, deel), minutenPerDagdeel);
            if (k == null) {
                return Kosten.onbekend("Geen kosten: er is van " + van + " t/m " + tot + " geen tarief voor "
                        + financiering.omschrijving() + " per " + v.eenheid().enkelvoud() + ".");
            }
            totaal = totaal.add(k.totaal());
            stappen.add(new Kostenstap(Kostenstap.Soort.TARIEFDEEL, van, tot, deel, v.eenheid(), k.tarief(), k.totaal(),
                    k.tarief().bron(), grondslag));
            zinnen.add(van + " t/m " + tot + ": " + Volumeopbouw.hoeveelheid(deel, v.eenheid()) + " ("
                    + grondslag + ")" + maal(v.eenheid(), k, minutenPerDagdeel) + " = " + Getal.euro(k.totaal()));
        }
        String som = "per deel met het tarief dat dan geldt: " + String.join("; ", zinnen) + "; totaal "
                + Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid()) + " = " + Getal.euro(totaal);
        return new Kosten(null, totaal, som, stappen.get(0).tarief(), stappen);
    }

    /** " × € 74,81 per uur ÷ 60": how the part's quantity meets the tariff. */
    private static String maal(Eenheid eenheid, Kosten k, BigDecimal minutenPerDagdeel) {
        Eenheid tarief = k.tarief().eenheid();
        String bedrag = Getal.euro(k.tarief().bedrag()) + " per " + tarief.enkelvoud();
        if (tarief == eenheid) {
            return " × " + bedrag;
        }
        if (eenheid == Eenheid.UUR && tarief == Eenheid.MINUUT) {
            return " × 60 × " + bedrag;
        }
        BigDecimal deler = tarief == Eenheid.DAGDEEL ? minutenPerDagdeel : ZESTIG;
        return " × " + bedrag + " ÷ " + Getal.nl(deler.setScale(0, RoundingMode.UNNECESSARY));
    }
}
