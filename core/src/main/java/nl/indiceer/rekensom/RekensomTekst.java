package nl.indiceer.rekensom;

import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Writes a {@link Rekensom} as the Dutch sentence of the result: "1 uur per week (begeleiding) × 4,5 weken +
 * 0,5 uur per maand (afstemming met het systeem) = 5 uur = 300 minuten per maand; toegewezen: 300 minuten per
 * maand; over de geldigheidsduur (12 maanden): 3.600 minuten." Numbers are shown with at most 4 decimals.
 * A pure function of the rekensom.
 */
public final class RekensomTekst {

    private RekensomTekst() {
    }

    public static String zin(Rekensom r) {
        if (!r.heeftVolume()) {
            return beschrijving(r);
        }
        Rekeneenheid e = r.eenheid();
        StringBuilder s = new StringBuilder(160);
        for (int i = 0; i < r.stappen().size(); i++) {
            if (i > 0) {
                s.append(" + ");
            }
            stap(s, r.stappen().get(i), e);
        }
        s.append(" = ").append(metUren(r.exact(), e)).append(' ').append(r.periode().omschrijving());
        slotzin(s, r);
        return s.toString();
    }

    private static String beschrijving(Rekensom r) {
        if (r.bekostiging() == Bekostiging.PXQ) {
            return "Geen volume: de regel heeft geen posten.";
        }
        return r.stappen().get(0).omschrijving() + " wordt bekostigd als " + r.bekostiging().name().toLowerCase()
                + "; de toewijzing is een bedrag binnen de geldigheidsduur van " + Getal.nl(r.duur().exacteMaanden())
                + (r.duur().exacteMaanden().vergelijk(java.math.BigDecimal.ONE) == 0 ? " maand." : " maanden.");
    }

    /** "2 × 1,5 uur per week (huisbezoek) × 4,5 weken", "13 weken × 4 uur (eerste 3 maanden) = 3.120 minuten, ÷ 52 weken". */
    private static void stap(StringBuilder s, Rekenstap stap, Rekeneenheid e) {
        boolean fase = stap.soort() == Rekenstap.Soort.FASE;
        if (fase) {
            boolean een = stap.fase().compareTo(java.math.BigDecimal.ONE) == 0;
            s.append(Getal.nl(stap.fase())).append(' ')
                    .append(stap.per() == Periode.WEEK ? (een ? "week" : "weken") : (een ? "maand" : "maanden")).append(" × ");
        }
        if (stap.aantal().compareTo(java.math.BigDecimal.ONE) != 0) {
            s.append(Getal.nl(stap.aantal())).append(" × ");
        }
        s.append(Volumeopbouw.hoeveelheid(stap.hoeveelheid(), stap.eenheid()));
        if (!fase) {
            s.append(switch (stap.per()) {
                case WEEK -> " per week";
                case MAAND -> " per maand";
                case TOTAAL -> " in totaal";
            });
        }
        if (!stap.omschrijving().isBlank() || stap.hulp() != null) {
            s.append(" (").append(stap.omschrijving());
            if (stap.hulp() != null) {
                s.append(stap.omschrijving().isBlank() ? "" : "; ").append(hulp(stap.hulp()));
            }
            s.append(')');
        }
        if (fase) {
            s.append(" = ").append(inProducteenheid(stap.subtotaal(), e));
        }
        Rekenfactor f = stap.factor();
        if (f != null) {
            boolean totaal = fase || stap.per() == Periode.TOTAAL;
            s.append(totaal ? ", " : " ").append(f.bewerking() == Rekenfactor.Bewerking.MAAL ? "× " : "÷ ")
                    .append(Getal.nl(f.waarde())).append(f.eenheid() == Periode.WEEK ? " weken" : " maanden");
        }
    }

    /**
     * "richtlijn contacten per week, rij een_gesprek (1 gesprek/huisbezoek per week, enkelvoudige vraag): voor een
     * enkelvoudige vraag waar één gesprek per week voldoende is, bron 000:113-117": the row and its reason.
     */
    private static String hulp(nl.indiceer.aanvraag.Hulpkeuze h) {
        nl.indiceer.regeling.Hulptabel.Rij rij = h.rij();
        return (h.hulptabel().aard().richtlijn() ? "richtlijn " : "hulptabel ") + h.tabel() + ", rij " + rij.keuze()
                + " (" + rij.omschrijving() + "): " + rij.reden() + (rij.bron() == null ? "" : ", bron " + rij.bron().kort());
    }

    /** A sum in the product's own unit: dagdelen for a dagdeel product, otherwise the base unit. */
    private static String inProducteenheid(Breuk basiswaarde, Rekeneenheid e) {
        if (e.product() == Eenheid.DAGDEEL) {
            return Volumeopbouw.hoeveelheid(basiswaarde.gedeeldDoor(e.minutenPerDagdeel()), Eenheid.DAGDEEL);
        }
        return Volumeopbouw.hoeveelheid(basiswaarde, e.basis());
    }

    /** "5 uur = 300 minuten", "24 dagdelen (5.760 minuten)", "17 etmalen". */
    private static String metUren(Breuk basiswaarde, Rekeneenheid e) {
        if (e.product() == Eenheid.DAGDEEL) {
            return inProducteenheid(basiswaarde, e) + " (" + Getal.nl(basiswaarde) + " minuten)";
        }
        if (e.basis() == Eenheid.MINUUT) {
            return Getal.nl(basiswaarde.gedeeldDoor(60)) + " uur = " + Getal.nl(basiswaarde) + " minuten";
        }
        return Volumeopbouw.hoeveelheid(basiswaarde, e.basis());
    }

    /** "; naar boven afgerond: 2 uur per week; over de geldigheidsduur (52 weken): 104 uur." */
    private static void slotzin(StringBuilder s, Rekensom r) {
        Toewijzingsvolume v = r.toewijzing();
        s.append(v.afgerond() ? "; naar boven afgerond: " : "; toegewezen: ").append(v.tekst());
        if (v.periode() != Periode.TOTAAL) {
            s.append("; over de geldigheidsduur (")
                    .append(v.periode() == Periode.WEEK ? Getal.nl(r.duur().exacteWeken()) + " weken"
                            : Getal.nl(r.duur().exacteMaanden()) + " maanden")
                    .append("): ").append(Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid()));
        }
        s.append('.');
    }
}
