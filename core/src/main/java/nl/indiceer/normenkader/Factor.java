package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.util.List;

/**
 * An adjustment of the norm time, chosen by the consultant per task. It works in one of three ways:
 * <ul>
 *   <li>{@link Werking#OPTELLING}: extra (or, negative, less) time per period or per occurrence, e.g. KPMG
 *       "beperkingen, enig extra inzet: +26 uur" (per year); optionally times a count
 *       ({@link Optelling#maximaalAantal()});</li>
 *   <li>{@link Werking#VERMENIGVULDIGING}: a multiplier, e.g. 1,25 at low belastbaarheid;</li>
 *   <li>{@link Werking#TABEL}: a table by an answer (household composition: "1 persoon", "2 personen", ...)
 *       whose rows give extra time or a multiplier.</li>
 * </ul>
 * A value the source does not give is not invented: the factor then has {@code ontbreekt} and no werking.
 *
 * @param keuzegroep        factors with the same keuzegroep exclude each other (KPMG: enig or veel extra inzet)
 * @param optelling         extra time, or null
 * @param vermenigvuldiging a multiplier, or null
 * @param tabel             a table, or null
 */
public record Factor(String code, String naam, Factorsoort soort, String keuzegroep, Optelling optelling,
                     BigDecimal vermenigvuldiging, Tabel tabel, String ontbreekt, Herkomst herkomst) {

    public enum Werking { OPTELLING, VERMENIGVULDIGING, TABEL, ONTBREEKT }

    /**
     * Extra (negative: less) time per period or per occurrence.
     *
     * @param maximaalAantal null: no count; otherwise the consultant may give an aantal of 1 up to this (extra rooms)
     */
    public record Optelling(Tijd tijd, Normperiode per, Integer maximaalAantal) {
    }

    /** A table of answers to {@code vraag} (household composition ...), each row with extra time or a multiplier. */
    public record Tabel(String vraag, List<Tabelrij> rijen) {

        public Tabel {
            rijen = List.copyOf(rijen);
        }

        public Tabelrij rij(String waarde) {
            for (Tabelrij r : rijen) {
                if (r.waarde().equalsIgnoreCase(waarde.trim())) {
                    return r;
                }
            }
            return null;
        }
    }

    public Werking werking() {
        if (optelling != null) {
            return Werking.OPTELLING;
        }
        if (vermenigvuldiging != null) {
            return Werking.VERMENIGVULDIGING;
        }
        if (tabel != null) {
            return Werking.TABEL;
        }
        return Werking.ONTBREEKT;
    }
}
