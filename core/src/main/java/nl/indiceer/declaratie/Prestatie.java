package nl.indiceer.declaratie;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One declared prestatie of a 323: what was delivered on an allocation in a product period.
 *
 * @param referentie         the prestatie's ReferentieNummer
 * @param vorigeReferentie   for a credit: the ReferentieNummer of the debit it takes back (VorigReferentieNummer); else null
 * @param begin              ProductPeriode Begindatum
 * @param eind               ProductPeriode Einddatum
 * @param geleverdVolume     GeleverdVolume, a whole number at least 0
 * @param productTarief      the ProductTarief in the prestatie, eurocents per {@code eenheid} (for minutes of an hour
 *                           tariff: the rounded minute tariff, IV081), or null when absent
 * @param ingediendBedrag    IngediendBedrag in eurocents, at least 0 (debit or credit says the sign)
 */
public record Prestatie(String referentie, String vorigeReferentie, String toewijzingNummer, String client,
                        String aanbieder, String productcategorie, String productcode, LocalDate begin,
                        LocalDate eind, long geleverdVolume, Eenheid eenheid, Long productTarief,
                        long ingediendBedrag, DebetCredit debetCredit) {

    public Prestatie {
        Objects.requireNonNull(referentie, "referentie");
        Objects.requireNonNull(toewijzingNummer, "toewijzingNummer");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(eind, "eind");
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(debetCredit, "debetCredit");
        if (geleverdVolume < 0) {
            throw new IllegalArgumentException("geleverdVolume mag niet negatief zijn: " + geleverdVolume);
        }
        if (ingediendBedrag < 0) {
            throw new IllegalArgumentException("ingediendBedrag mag niet negatief zijn (debet/credit geeft het teken): "
                    + ingediendBedrag);
        }
    }

    public boolean isCredit() {
        return debetCredit == DebetCredit.CREDIT;
    }
}
