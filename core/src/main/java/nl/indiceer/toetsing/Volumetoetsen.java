package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Limiet;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.VastVolume;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;

/** Checks of the allocated volume: limits per week, month or total, the 5 × week rule, agreed volumes. */
public final class Volumetoetsen {

    private Volumetoetsen() {
    }

    /** More than a week holds (168 hours, 7 etmalen) is a typing error, not an indication. */
    public static void onmogelijk(Regelcontext c, List<Bevinding> uit) {
        if (c.volume() == null) {
            return;
        }
        BigDecimal perWeek = c.volume().eenheid().isTijd() ? c.volumeIn(Periode.WEEK, nl.indiceer.regeling.Eenheid.UUR)
                : c.volume().eenheid() == nl.indiceer.regeling.Eenheid.ETMAAL
                ? c.volumeIn(Periode.WEEK, nl.indiceer.regeling.Eenheid.ETMAAL).multiply(BigDecimal.valueOf(24)) : null;
        if (perWeek != null && perWeek.compareTo(UREN_PER_WEEK) > 0) {
            uit.add(new Bevinding("VOLUME_ONMOGELIJK", Ernst.FOUT, c.naam() + ": " + Getal.nl(perWeek)
                    + " uur per week is meer dan een week heeft (168 uur). Controleer de posten.", null, c.index()));
        }
    }

    private static final BigDecimal UREN_PER_WEEK = BigDecimal.valueOf(7 * 24);

    public static void limieten(Regelcontext c, List<Bevinding> uit) {
        for (Limiet l : c.limieten()) {
            BigDecimal waarde = c.volumeIn(l.per(), l.eenheid());
            if (waarde == null) {
                if (c.volume() != null) {
                    uit.add(new Bevinding("LIMIET_NIET_TOETSBAAR", Ernst.WAARSCHUWING, "De limiet van "
                            + Regelcontext.tekstVolume(l.maximaal(), l.eenheid()) + " " + l.per().omschrijving()
                            + " is niet te vergelijken met een volume in " + c.volume().eenheid().woord(true) + ".",
                            l.bron(), c.index()));
                }
                continue;
            }
            if (c.volumeExactIn(l.per(), l.eenheid()).vergelijk(l.maximaal()) > 0) {
                uit.add(new Bevinding(code(l.per()), l.richtlijn() ? Ernst.WAARSCHUWING : Ernst.FOUT, c.naam() + ": "
                        + Getal.nl(waarde) + " " + l.eenheid().woord(true) + " " + l.per().omschrijving()
                        + " is meer dan " + (l.richtlijn() ? "de richtlijn" : "het maximum") + " van "
                        + Regelcontext.tekstVolume(l.maximaal(), l.eenheid()) + " " + l.per().omschrijving() + "."
                        + (l.richtlijn() ? " Afwijken kan bij uitzondering; motiveer waarom." : "") + variant(c), l.bron(), c.index()));
                Onduidelijkheden.meld(l.onduidelijk(), l.bron(), c.index(), uit);
            }
        }
    }

    /** Which variant's limit applied, in its own words (e.g. "Categorie A: gemiddeld 2 uur per week, maximaal 96 uur"). */
    private static String variant(Regelcontext c) {
        if (c.variant() == null || c.variant().limieten().isEmpty()) {
            return "";
        }
        return " (variant " + c.variant().naam() + (c.variant().omschrijving() == null ? "" : ": " + c.variant().omschrijving()) + ")";
    }

    private static String code(Periode per) {
        return switch (per) {
            case WEEK -> "LIMIET_PER_WEEK_OVERSCHREDEN";
            case MAAND -> "LIMIET_PER_MAAND_OVERSCHREDEN";
            case TOTAAL -> "LIMIET_TOTAAL_OVERSCHREDEN";
        };
    }

    /**
     * Seed 000:222: "per maand maximaal 5 × het (gemiddelde) weekvolume". The average week is the
     * consultant's stated average, else the weekly posten. A month indication built only from monthly
     * posten has no week volume to test against; that is said, not hidden.
     */
    public static void maandVijfKeerWeek(Regelcontext c, List<Bevinding> uit) {
        Constante factor = c.regeling().constanten().maandFactorWeekgemiddelde();
        if (factor == null || c.volume() == null || c.regel().periode() != Periode.MAAND || !c.volume().eenheid().isTijd()
                || c.regel().posten().isEmpty()) {
            return; // an agreed volume (Jeugd FACT 785 per maand) is not built from a week volume
        }
        BigDecimal gemiddeld = c.regel().gemiddeldPerWeekMinuten();
        String herkomst = "opgegeven gemiddelde weekvolume";
        if (gemiddeld == null && c.opbouw().heeftWeekposten()) {
            gemiddeld = c.opbouw().perWeek();
            herkomst = "weekvolume uit de posten per week (geef gemiddeld_per_week op als het gemiddelde anders is)";
        }
        if (gemiddeld == null) {
            uit.add(new Bevinding("WEEKGEMIDDELDE_ONBEKEND", Ernst.INFO, "Geef het gemiddelde weekvolume op "
                    + "(gemiddeld_per_week) om de regel 'per maand maximaal " + Getal.nl(factor.waarde())
                    + " × het weekvolume' te toetsen.", factor.bron(), c.index()));
            return;
        }
        BigDecimal maand = Toewijzingsvolume.naarMinuten(c.volume().volume(), c.volume().eenheid(), c.minutenPerDagdeel());
        BigDecimal maximum = gemiddeld.multiply(factor.waarde());
        if (maand.compareTo(maximum) > 0) {
            uit.add(new Bevinding("MAAND_BOVEN_FACTOR_WEEKVOLUME", Ernst.WAARSCHUWING, c.naam() + ": "
                    + Getal.nl(maand) + " minuten per maand is meer dan " + Getal.nl(factor.waarde()) + " × het " + herkomst
                    + " van " + Getal.nl(gemiddeld) + " minuten (= " + Getal.nl(maximum) + " minuten). Motiveer de flexibiliteit in het ondersteuningsplan.",
                    factor.bron(), c.index()));
        }
        Onduidelijkheden.meld(factor.onduidelijk(), factor.bron(), c.index(), uit);
    }

    /** An agreed volume (Diagnostiek 1200 min ...) that the consultant's posten differ from. */
    public static void vastVolume(Regelcontext c, List<Bevinding> uit) {
        VastVolume vast = c.vastVolume();
        if (vast == null || c.regel().posten().isEmpty() || c.volume() == null) {
            return;
        }
        BigDecimal gevraagd = c.volumeIn(vast.per(), vast.eenheid());
        if (gevraagd != null && c.volumeExactIn(vast.per(), vast.eenheid()).vergelijk(vast.volume()) != 0) {
            uit.add(new Bevinding("AFWIJKING_VAST_VOLUME", Ernst.WAARSCHUWING, c.naam() + " heeft een afgesproken volume van "
                    + Regelcontext.tekstVolume(vast.volume(), vast.eenheid()) + " " + vast.per().omschrijving()
                    + "; de opbouw geeft " + Getal.nl(gevraagd) + " " + vast.eenheid().woord(true) + ". Motiveer de afwijking.",
                    vast.bron(), c.index()));
        }
    }
}
