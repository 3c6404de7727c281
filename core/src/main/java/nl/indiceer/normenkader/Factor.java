package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.Bron;

/**
 * An adjustment of the norm time, chosen by the consultant per task. It works in one of three ways:
 * <ul>
 *   <li>{@link Werking#OPTELLING}: extra (or, negative, less) time per period or per occurrence, e.g. KPMG
 *       "beperkingen, enig extra inzet: +26 uur" (per year); optionally times a count ({@code maximaalAantal});</li>
 *   <li>{@link Werking#VERMENIGVULDIGING}: a multiplier, e.g. 1,25 at low belastbaarheid;</li>
 *   <li>{@link Werking#TABEL}: a table by an answer (household composition: "1 persoon", "2 personen", ...)
 *       whose rows give extra time or a multiplier.</li>
 * </ul>
 * A value the source does not give is not invented: the factor then has {@code ontbreekt} and no werking.
 *
 * @param keuzegroep     factors with the same keuzegroep exclude each other (KPMG: enig or veel extra inzet)
 * @param maximaalAantal null: no count; otherwise the consultant may give an aantal of 1 up to this (extra rooms)
 */
public record Factor(String code, String naam, Factorsoort soort, Tijd tijd, Normperiode per,
                     BigDecimal vermenigvuldiging, String tabelVraag, List<Tabelrij> tabel, Integer maximaalAantal,
                     String keuzegroep, String ontbreekt, Bron bron, String opmerking, String onduidelijk) {

    public enum Werking { OPTELLING, VERMENIGVULDIGING, TABEL, ONTBREEKT }

    public Werking werking() {
        if (tijd != null) {
            return Werking.OPTELLING;
        }
        if (vermenigvuldiging != null) {
            return Werking.VERMENIGVULDIGING;
        }
        if (!tabel.isEmpty()) {
            return Werking.TABEL;
        }
        return Werking.ONTBREEKT;
    }

    public Tabelrij rij(String waarde) {
        for (Tabelrij r : tabel) {
            if (r.waarde().equalsIgnoreCase(waarde.trim())) {
                return r;
            }
        }
        return null;
    }
}
