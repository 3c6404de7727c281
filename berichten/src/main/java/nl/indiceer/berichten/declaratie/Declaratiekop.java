package nl.indiceer.berichten.declaratie;

import java.time.LocalDate;
import java.util.Objects;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;

/**
 * Everything of a 323 before its clients: the header and the Declaratie's own elements. A reader hands it over before
 * the first prestatie, so a 325 can be begun while the prestaties still stream in.
 *
 * @param afzender          the provider's AGB code
 * @param ontvanger         the municipality's CBS code (4 digits)
 * @param declaratieNummer  DeclaratieNummer, unique per provider
 * @param totaalBedrag      TotaalIngediendBedrag in eurocents, at least 0 ({@code debetCredit} gives the sign)
 * @param debetCredit       "D" or "C" (COD043)
 */
public record Declaratiekop(Berichtsoort soort, String afzender, String ontvanger, String identificatie,
                            LocalDate dagtekening, Header.XsdVersie xsdVersie, String declaratieNummer,
                            LocalDate periodeBegin, LocalDate periodeEind, LocalDate declaratieDagtekening,
                            long totaalBedrag, String debetCredit) {

    public Declaratiekop {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(xsdVersie, "xsdVersie");
        if (!soort.nummer().equals("323")) {
            throw new IllegalArgumentException("een declaratie is een 323, geen " + soort);
        }
    }
}
