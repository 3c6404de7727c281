package nl.indiceer.berichten;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The header every message starts with. BerichtVersie and BerichtSubversie are those of release 3.2
 * ({@link Berichtsoort#BERICHTVERSIE}); the kind fixes the BerichtCode.
 *
 * @param afzender        a municipality's 4-digit CBS code or a provider's 8-digit AGB code, by the kind's direction
 * @param ontvanger       the other party
 * @param identificatie   BerichtIdentificatie: unique per sender, at most 12 characters
 * @param dagtekening     the date of the message
 * @param xsdVersie       the versions of the XSDs the sender built the message with
 */
public record Header(Berichtsoort soort, String afzender, String ontvanger, String identificatie, LocalDate dagtekening,
                     XsdVersie xsdVersie) {

    public Header {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(xsdVersie, "xsdVersie");
    }

    /** BasisschemaXsdVersie and BerichtXsdVersie. */
    public record XsdVersie(String basisschema, String bericht) {

        /**
         * What this project writes: 1.0.0 for both, as the official examples of both laws do. The appinfo of this
         * transcription's iJw schemas says 0.1.0; the examples and iWmo say 1.0.0 (noted as unclear in the report).
         */
        public static final XsdVersie RELEASE_3_2 = new XsdVersie("1.0.0", "1.0.0");
    }
}
