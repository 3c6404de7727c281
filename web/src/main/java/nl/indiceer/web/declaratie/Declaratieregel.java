package nl.indiceer.web.declaratie;

import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;

/**
 * One prestatie of a checked 323 and its outcome (table {@code declaratieprestatie}, V22).
 *
 * @param volgnummer its place in the message (0, 1, ...)
 * @param regel      the line of the file it starts on
 * @param clientId   the client the allocation was sent for, when this municipality sent it
 * @param codes      the rules that rejected it (TR321, ...), empty when approved
 * @param redenen    the Dutch reasons, one per rule
 */
public record Declaratieregel(int volgnummer, int regel, String bsn, Long clientId, String referentie,
                              String vorigeReferentie, long toewijzingnummer, String productcategorie,
                              String productcode, LocalDate begin, LocalDate eind, long volume, String eenheid,
                              Long producttarief, long bedrag, String debetCredit, boolean goedgekeurd,
                              List<String> codes, List<String> retourcodes, List<String> redenen) {

    public boolean isCredit() {
        return "C".equals(debetCredit);
    }

    /** The prestatie as the message had it (for the 325). */
    public GedeclareerdePrestatie alsGedeclareerd() {
        return new GedeclareerdePrestatie(bsn, referentie, vorigeReferentie, toewijzingnummer, productcategorie, productcode,
                begin, eind, volume, eenheid, producttarief, bedrag, debetCredit, regel);
    }
}
