package nl.indiceer.berichten;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A retour message (JW302 on a 301, JW320 on a 319): the provider's verdict on a message of the municipality. Its header
 * repeats the header of the message it answers, so {@code afzender} and {@code identificatie} name that message; the
 * retour's own identity is {@code identificatieRetour}. The codes (WJ001) are given per part of the answered message.
 *
 * @param afzender            the municipality that sent the answered message
 * @param ontvanger           the provider (AGB code) it went to
 * @param identificatie       BerichtIdentificatie of the answered message
 * @param dagtekening         its Dagtekening
 * @param identificatieRetour the retour message's own identification
 * @param delen               every part with codes, in the order of the message; the header first when it has codes
 */
public record Retourbericht(Berichtsoort soort, String afzender, String ontvanger, String identificatie,
                            LocalDate dagtekening, String identificatieRetour, LocalDate dagtekeningRetour,
                            List<Deel> delen) {

    /** "Geen opmerking over deze berichtklasse": the part was judged and found in order. */
    public static final String GEEN_OPMERKING = "0200";
    /** "Berichtklasse is niet beoordeeld": says nothing about the part itself (e.g. its parent was refused). */
    public static final String NIET_BEOORDEELD = "0233";

    public Retourbericht {
        Objects.requireNonNull(soort, "soort");
        delen = List.copyOf(delen);
    }

    /**
     * One judged part of the answered message and its codes.
     *
     * @param deel    the element that carries the codes: Header, Client, Relatie, Contact, ToegewezenProduct, Antwoord,
     *                Woonplaatsbeginsel
     * @param sleutel what identifies it within the message, where it has such a value (ToewijzingNummer,
     *                ReferentieAanbieder, Gemeente); null otherwise
     */
    public record Deel(String deel, String sleutel, List<String> codes) {

        public Deel {
            codes = List.copyOf(codes);
        }
    }

    /** Every code once, in the order they appear. */
    public List<String> codes() {
        return delen.stream().flatMap(d -> d.codes().stream()).distinct().toList();
    }

    /**
     * Whether any code refuses something: everything but 0200 (no remarks) and 0233 (not judged). A retour without a
     * single code (the header's codes are optional) refuses nothing.
     */
    public boolean afgekeurd() {
        return codes().stream().anyMatch(c -> !c.equals(GEEN_OPMERKING) && !c.equals(NIET_BEOORDEELD));
    }
}
