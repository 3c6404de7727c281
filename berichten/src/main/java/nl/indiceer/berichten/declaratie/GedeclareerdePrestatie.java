package nl.indiceer.berichten.declaratie;

import java.time.LocalDate;

/**
 * One Prestatie of a 323 as it stands in the message, with the client it is under and the line it starts on (for a
 * rejection and the report).
 *
 * @param vorigReferentieNummer for a credit: the debit it takes back; else null
 * @param eenheid               WJ756 code ("01", "04", ...), checked against the code list
 * @param productTarief         eurocents per unit, null when absent
 * @param bedrag                IngediendBedrag in eurocents, at least 0
 * @param debetCredit           "D" or "C"
 * @param regel                 the line the Prestatie element starts on; 0 when written, not read
 */
public record GedeclareerdePrestatie(String bsn, String referentieNummer, String vorigReferentieNummer,
                                     long toewijzingNummer, String productCategorie, String productCode,
                                     LocalDate begin, LocalDate eind, long geleverdVolume, String eenheid,
                                     Long productTarief, long bedrag, String debetCredit, int regel) {

    public boolean isCredit() {
        return "C".equals(debetCredit);
    }

    /** The same prestatie without its line (what a writer and a second reading agree on). */
    public GedeclareerdePrestatie zonderRegel() {
        return new GedeclareerdePrestatie(bsn, referentieNummer, vorigReferentieNummer, toewijzingNummer, productCategorie,
                productCode, begin, eind, geleverdVolume, eenheid, productTarief, bedrag, debetCredit, 0);
    }
}
