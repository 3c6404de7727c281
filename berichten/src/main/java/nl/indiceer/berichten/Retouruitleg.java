package nl.indiceer.berichten;

import java.util.ArrayList;
import java.util.List;

/**
 * What a retour message (JW302, JW320) says, in Dutch, line by line: which message it answers, and per judged part its
 * codes with their meaning from the official code list WJ001 (read at run time from the configured iStandaarden folder,
 * never copied into Indiceer). Without the list each code is given alone, and one line says the meanings are unavailable.
 */
public final class Retouruitleg {

    private Retouruitleg() {
    }

    public static List<String> regels(Retourbericht r, Codelijst wj001) {
        List<String> uit = new ArrayList<>();
        uit.add(r.soort() + " (BerichtCode " + r.soort().berichtcode() + "): " + r.soort().omschrijving() + ", "
                + r.soort().wet().naam() + ", release 3.2");
        uit.add("Antwoord van aanbieder (AGB) " + r.ontvanger() + " op bericht " + r.identificatie() + " van "
                + r.dagtekening() + " van gemeente " + r.afzender() + "; retourbericht " + r.identificatieRetour() + " van "
                + r.dagtekeningRetour());
        if (r.delen().isEmpty()) {
            uit.add("Het retourbericht bevat geen retourcodes.");
        }
        for (Retourbericht.Deel d : r.delen()) {
            uit.add(d.deel() + (d.sleutel() == null ? "" : " " + d.sleutel()) + ": " + codes(d.codes(), wj001));
        }
        uit.add(r.afgekeurd() ? "Uitkomst: afgekeurd (er staat een code anders dan 0200 of 0233 in)."
                : "Uitkomst: goedgekeurd (alleen 0200 of 0233).");
        if (wj001.isLeeg()) {
            uit.add(ZONDER_LIJST);
        }
        return uit;
    }

    /** Said once when the code list WJ001 could not be read. */
    static final String ZONDER_LIJST = "De betekenis van de retourcodes is niet beschikbaar: de codelijst WJ001 is niet "
            + "gevonden (geef de map met de officiële iStandaarden op).";

    /** "0200 (Geen opmerking over deze berichtklasse.)", each code so; the code alone when the list lacks it. */
    static String codes(List<String> codes, Codelijst wj001) {
        List<String> teksten = new ArrayList<>();
        for (String c : codes) {
            String betekenis = wj001.betekenis(c);
            teksten.add(betekenis != null ? c + " (" + betekenis + ")"
                    : wj001.isLeeg() ? c : c + " (niet in codelijst WJ001)");
        }
        return String.join("; ", teksten);
    }
}
