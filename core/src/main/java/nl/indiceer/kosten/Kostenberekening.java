package nl.indiceer.kosten;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Prices an allocation. PxQ uses the tariff of the allocation's own unit and financing form; a tariff is
 * never converted to another unit when the unit's own tariff exists (004: 60 × 1,25 ≠ 74,81). Minutes
 * with only an hour tariff follow TR346/IV081: multiply first, then divide by 60, round to cents.
 */
public final class Kostenberekening {

    private static final BigDecimal ZESTIG = BigDecimal.valueOf(60);

    private Kostenberekening() {
    }

    /**
     * The cost of a volume, or null when no tariff fits. Which tariff was used is in the result: a dagdeel
     * tariff for minutes or a minute tariff for hours is a conversion the consultant is told about.
     */
    public static Kosten pxq(Product product, Financiering financiering, String aanbiedertype, Toewijzingsvolume v,
                             BigDecimal minutenPerDagdeel) {
        Tarief eigen = product.tarief(financiering, v.eenheid(), aanbiedertype);
        if (eigen != null) {
            String som = Volumeopbouw.hoeveelheid(v.volume(), v.eenheid()) + " × " + Getal.euro(eigen.bedrag())
                    + " per " + v.eenheid().enkelvoud() + " = " + Getal.euro(bedrag(v.volume(), eigen.bedrag()))
                    + " " + v.periode().omschrijving();
            return new Kosten(bedrag(v.volume(), eigen.bedrag()), bedrag(v.totaal(), eigen.bedrag()),
                    som + totaalzin(v, eigen.bedrag()), eigen);
        }
        if (v.eenheid() == Eenheid.MINUUT) {
            Tarief uur = product.tarief(financiering, Eenheid.UUR, aanbiedertype);
            if (uur != null) {
                return perMinuutUit(v, uur, ZESTIG, "uur", "TR346: minuten × uurtarief ÷ 60");
            }
            Tarief dagdeel = product.tarief(financiering, Eenheid.DAGDEEL, aanbiedertype);
            if (dagdeel != null) {
                return perMinuutUit(v, dagdeel, minutenPerDagdeel, "dagdeel",
                        "minuten × dagdeeltarief ÷ " + Getal.nl(minutenPerDagdeel));
            }
        }
        if (v.eenheid() == Eenheid.UUR) {
            Tarief minuut = product.tarief(financiering, Eenheid.MINUUT, aanbiedertype);
            if (minuut != null) {
                BigDecimal perUur = minuut.bedrag().multiply(ZESTIG);
                String som = Volumeopbouw.hoeveelheid(v.volume(), v.eenheid()) + " × 60 × " + Getal.euro(minuut.bedrag())
                        + " per minuut = " + Getal.euro(bedrag(v.volume(), perUur)) + " " + v.periode().omschrijving();
                return new Kosten(bedrag(v.volume(), perUur), bedrag(v.totaal(), perUur),
                        som + totaalzin(v, perUur), minuut);
            }
        }
        return null;
    }

    private static Kosten perMinuutUit(Toewijzingsvolume v, Tarief tarief, BigDecimal minutenPerEenheid,
                                       String per, String regelTekst) {
        BigDecimal periode = deel(v.volume().multiply(tarief.bedrag()), minutenPerEenheid);
        BigDecimal totaal = deel(v.totaal().multiply(tarief.bedrag()), minutenPerEenheid);
        String som = Volumeopbouw.hoeveelheid(v.volume(), v.eenheid()) + " × " + Getal.euro(tarief.bedrag()) + " per "
                + per + " ÷ " + Getal.nl(minutenPerEenheid) + " = " + Getal.euro(periode) + " " + v.periode().omschrijving()
                + " (" + regelTekst + ")";
        if (v.periode() != nl.indiceer.regeling.Periode.TOTAAL) {
            som += "; totaal " + Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid()) + " = " + Getal.euro(totaal);
        }
        return new Kosten(periode, totaal, som, tarief);
    }

    /** A traject: the full price, whatever the looptijd of the allocation (001:2556-2558). */
    public static Kosten traject(Tarief tarief) {
        return new Kosten(null, tarief.bedrag(), "traject: " + Getal.euro(tarief.bedrag()) + " ongeacht de looptijd", tarief);
    }

    private static String totaalzin(Toewijzingsvolume v, BigDecimal tarief) {
        if (v.periode() == nl.indiceer.regeling.Periode.TOTAAL) {
            return "";
        }
        return "; totaal " + Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid()) + " = "
                + Getal.euro(bedrag(v.totaal(), tarief));
    }

    static BigDecimal bedrag(BigDecimal volume, BigDecimal tarief) {
        return volume.multiply(tarief).setScale(2, RoundingMode.HALF_UP);
    }

    /** Multiply first, divide last, round half up to cents (IV081). */
    static BigDecimal deel(BigDecimal product, BigDecimal deler) {
        return product.divide(deler, 2, RoundingMode.HALF_UP);
    }

}
