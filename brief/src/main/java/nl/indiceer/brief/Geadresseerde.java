package nl.indiceer.brief;

import java.util.List;
import java.util.Objects;
import nl.indiceer.aanvraag.VeiligeTekst;

/**
 * To whom the letter goes: the client's (or the legal representative's) name and postal address as printed in
 * the window of the envelope. Not in the request: the engine needs only a date of birth.
 *
 * @param adresregels street and number, postcode and place, in order; at most 6 lines
 */
public record Geadresseerde(String naam, List<String> adresregels) {

    public Geadresseerde {
        Objects.requireNonNull(naam, "naam");
        if (!VeiligeTekst.heeftInhoud(naam)) {
            throw new IllegalArgumentException("de geadresseerde heeft geen naam");
        }
        adresregels = List.copyOf(adresregels);
        if (adresregels.size() > 6) {
            throw new IllegalArgumentException("een adres heeft ten hoogste 6 regels");
        }
    }
}
