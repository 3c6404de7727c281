package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Terugval;
import nl.indiceer.regeling.Verlenging;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * Checks of lines that change an existing allocation: moving its end date (verlenging), splitting it
 * into an individual and a group part (overgang), and resuming help after a relapse (terugval).
 */
public final class Wijzigingstoetsen {

    private Wijzigingstoetsen() {
    }

    /**
     * Flevoland (002:383-404): once, at most 50% of the original period later, at most 6 months,
     * without extra minutes. 6 months → at most 3 months later; 15 months → at most 6.
     */
    public static void verlenging(Regelcontext c, LopendeToewijzing oud, List<Bevinding> uit) {
        Verlenging v = c.product().verlenging() != null ? c.product().verlenging() : c.regeling().verlenging();
        if (v == null) {
            uit.add(new Bevinding("VERLENGING_GEEN_REGEL", Ernst.WAARSCHUWING, "De regeling kent geen regel voor het "
                    + "verschuiven van de einddatum; beoordeel de verlenging als nieuwe indicatie.", c.regeling().bron(), c.index()));
            return;
        }
        Onduidelijkheden.meld(v.onduidelijk(), v.bron(), c.index(), uit);
        if (!v.toegestaan()) {
            uit.add(new Bevinding("VERLENGING_NIET_TOEGESTAAN", Ernst.FOUT, c.naam() + " kan niet worden verlengd.",
                    v.bron(), c.index()));
            return;
        }
        if (v.maximaalAantal() != null && oud.verlengd() >= v.maximaalAantal()) {
            uit.add(new Bevinding("VERLENGING_AANTAL_OVERSCHREDEN", Ernst.FOUT, "De einddatum mag " + v.maximaalAantal()
                    + " keer worden verschoven; dat is al " + oud.verlengd() + " keer gebeurd.", v.bron(), c.index()));
        }
        if (!c.regel().posten().isEmpty()) {
            uit.add(new Bevinding("VERLENGING_MET_VOLUME", Ernst.FOUT, "Een verlenging verschuift alleen de einddatum, "
                    + "zonder extra volume; laat de posten weg of vraag een nieuwe indicatie aan.", v.bron(), c.index()));
        }
        BigDecimal oorspronkelijk = Geldigheidsduur.maanden(oud.begindatum(), oud.einddatum());
        BigDecimal maximum = null;
        String som = "";
        if (v.maximaalFractie() != null) {
            maximum = oorspronkelijk.multiply(v.maximaalFractie());
            som = Getal.nl(v.maximaalFractie().multiply(BigDecimal.valueOf(100))) + "% van " + Getal.nl(oorspronkelijk)
                    + " maanden = " + Getal.nl(maximum) + " maanden";
        }
        if (v.maximaalMaanden() != null && (maximum == null || maximum.compareTo(v.maximaalMaanden()) > 0)) {
            som += (som.isEmpty() ? "" : ", ") + "maximaal " + Getal.nl(v.maximaalMaanden()) + " maanden";
            maximum = v.maximaalMaanden();
        }
        if (maximum == null) {
            return;
        }
        LocalDate uiterlijk = Geldigheidsduur.eindeNaMaanden(oud.einddatum(), maximum);
        uit.add(new Bevinding("VERLENGING_UITERLIJKE_EINDDATUM", Ernst.INFO, "Nieuwe einddatum uiterlijk " + uiterlijk
                + " (" + som + " na " + oud.einddatum() + ").", v.bron(), c.index()));
        if (c.regel().einddatum().isAfter(uiterlijk)) {
            uit.add(new Bevinding("VERLENGING_TE_LANG", Ernst.FOUT, "De nieuwe einddatum " + c.regel().einddatum()
                    + " ligt na de uiterlijke einddatum " + uiterlijk + ".", v.bron(), c.index()));
        }
    }

    /**
     * Individual to group (002:406-420): the group minutes come out of the individual minutes, the
     * total stays the same, and the group part ends no later than the individual allocation.
     */
    public static void overgang(List<Regelcontext> regels, LopendeToewijzing oud, List<Bevinding> uit) {
        BigDecimal som = BigDecimal.ZERO;
        Integer eerste = null;
        for (Regelcontext c : regels) {
            eerste = eerste == null ? c.index() : eerste;
            if (c.regel().einddatum().isAfter(oud.einddatum())) {
                uit.add(new Bevinding("OVERGANG_EINDDATUM_NA_ORIGINEEL", Ernst.FOUT, c.naam() + " loopt tot "
                        + c.regel().einddatum() + ", na de einddatum " + oud.einddatum() + " van de toewijzing waaruit "
                        + "het volume komt.", c.product().bron(), c.index()));
            }
            if (c.volume() != null && c.volume().eenheid().isTijd()) {
                som = som.add(Toewijzingsvolume.naarMinuten(c.volume().totaal(), c.volume().eenheid(), c.minutenPerDagdeel()));
            }
        }
        if (oud.volume() == null || oud.periode() != Periode.TOTAAL || oud.eenheid() == null || !oud.eenheid().isTijd()) {
            uit.add(new Bevinding("OVERGANG_VOLUME_ONBEKEND", Ernst.WAARSCHUWING, "Geef het volume van lopende toewijzing "
                    + oud.id() + " als totaal in minuten of uren om te toetsen dat het totaal gelijk blijft.", null, eerste));
            return;
        }
        BigDecimal oudMinuten = Toewijzingsvolume.naarMinuten(oud.volume(), oud.eenheid(), regels.get(0).minutenPerDagdeel());
        if (som.compareTo(oudMinuten) != 0) {
            uit.add(new Bevinding("OVERGANG_TOTAAL_GEWIJZIGD", Ernst.FOUT, "Bij een overgang blijft het totaal gelijk: "
                    + "de nieuwe regels geven samen " + Getal.nl(som) + " minuten, de toewijzing " + oud.id() + " had "
                    + Getal.nl(oudMinuten) + " minuten.", regels.get(0).regeling().bron(), eerste));
        } else {
            uit.add(new Bevinding("OVERGANG_TOTAAL_GELIJK", Ernst.INFO, "Het totaal blijft " + Getal.nl(oudMinuten)
                    + " minuten, verdeeld over " + regels.size() + " regels.", regels.get(0).regeling().bron(), eerste));
        }
    }

    /** Relapse within some months after the end (002:322-334): a fixed volume for a fixed period. */
    public static void terugval(Regelcontext c, LopendeToewijzing oud, List<Bevinding> uit) {
        Terugval t = c.regeling().terugval();
        if (t == null) {
            uit.add(new Bevinding("TERUGVAL_GEEN_REGEL", Ernst.WAARSCHUWING, "De regeling kent geen terugvalregeling; "
                    + "beoordeel de aanvraag als nieuwe indicatie.", c.regeling().bron(), c.index()));
            return;
        }
        Onduidelijkheden.meld(t.onduidelijk(), t.bron(), c.index(), uit);
        LocalDate uiterlijk = Geldigheidsduur.eindeNaMaanden(oud.einddatum(), t.binnenMaanden());
        if (c.regel().begindatum().isAfter(uiterlijk)) {
            uit.add(new Bevinding("TERUGVAL_TE_LAAT", Ernst.FOUT, "De terugvalregeling geldt tot " + Getal.nl(t.binnenMaanden())
                    + " maanden na het einde (" + oud.einddatum() + ", dus tot " + uiterlijk + "); daarna is een nieuwe "
                    + "indicatie nodig.", t.bron(), c.index()));
        }
        if (c.duur().maanden().compareTo(t.duurMaanden()) > 0) {
            uit.add(new Bevinding("TERUGVAL_DUUR", Ernst.FOUT, "Een terugvaltoewijzing duurt maximaal "
                    + Getal.nl(t.duurMaanden()) + " maanden, niet " + Getal.nl(c.duur().maanden()) + ".", t.bron(), c.index()));
        }
        if (c.volume() != null && c.regel().periode() == Periode.TOTAAL) {
            BigDecimal gevraagd = c.volumeIn(Periode.TOTAAL, t.eenheid());
            if (gevraagd != null && gevraagd.setScale(6, RoundingMode.HALF_UP).compareTo(t.volume()) != 0) {
                uit.add(new Bevinding("TERUGVAL_VOLUME_AFWIJKEND", Ernst.WAARSCHUWING, "De terugvalregeling geeft "
                        + Getal.nl(t.volume()) + " " + t.eenheid().woord(true) + "; gevraagd is " + Getal.nl(gevraagd)
                        + ". Voor meer of andere hulp: neem contact op met de procesregisseur.", t.bron(), c.index()));
            }
        }
    }

}
