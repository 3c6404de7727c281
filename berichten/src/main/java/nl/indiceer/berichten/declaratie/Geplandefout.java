package nl.indiceer.berichten.declaratie;

import nl.indiceer.declaratie.Declaratiecode;

/**
 * An error the generator planted on purpose, and the finding the check must give for it.
 *
 * @param referentie the prestatie's ReferentieNummer (unique in a generated set)
 * @param bestand    the 323 it is in (file name)
 */
public record Geplandefout(String referentie, long toewijzingNummer, String bestand, Soort soort) {

    /** The kinds of error and the finding each must give (other findings on the same line may come with it). */
    public enum Soort {
        BOVEN_TR321(Declaratiecode.VOLUME_PRODUCTPERIODE_TE_HOOG),
        BOVEN_TR322(Declaratiecode.VOLUME_TOEWIJZING_TE_HOOG),
        BEDRAG_TR346(Declaratiecode.BEDRAG_ONJUIST),
        NA_EINDE_TOEWIJZING(Declaratiecode.EIND_NA_TOEWIJZING),
        OVER_MAANDGRENS(Declaratiecode.PERIODE_NIET_IN_EEN_MAAND),
        ONBEKENDE_TOEWIJZING(Declaratiecode.TOEWIJZING_ONBEKEND),
        CREDIT_ZONDER_DEBET(Declaratiecode.CREDIT_ZONDER_DEBET);

        private final Declaratiecode code;

        Soort(Declaratiecode code) {
            this.code = code;
        }

        public Declaratiecode code() {
            return code;
        }
    }

    /** One line of {@code geplande-fouten.csv}. */
    public String csv() {
        return referentie + ";" + toewijzingNummer + ";" + bestand + ";" + soort + ";" + soort.code().regel() + ";"
                + soort.code().retourcode();
    }

    public static final String CSV_KOP = "referentie;toewijzing;bestand;fout;regel;retourcode";
}
