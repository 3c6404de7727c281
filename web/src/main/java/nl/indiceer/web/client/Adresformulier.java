package nl.indiceer.web.client;

import java.util.Optional;
import nl.indiceer.web.fout.Formulierfouten;

/**
 * The address fields of the page forms (new client, change address): nothing typed is no address; anything typed
 * means all three have to be right, each error at its own field in Dutch.
 */
final class Adresformulier {

    private Adresformulier() {
    }

    /** The address, or null when none was typed or a field is wrong (then the error is in {@code fouten}). */
    static Adres lees(String straat, String postcode, String woonplaats, Formulierfouten fouten) {
        if (!Clientregels.adresGegeven(straat, postcode, woonplaats)) {
            return null;
        }
        Optional<String> s = Clientregels.straat(straat);
        Optional<String> p = Clientregels.postcode(postcode);
        Optional<String> w = Clientregels.woonplaats(woonplaats);
        if (s.isEmpty()) {
            fouten.voegToe("straat", "client.fout.straat");
        }
        if (p.isEmpty()) {
            fouten.voegToe("postcode", "client.fout.postcode");
        }
        if (w.isEmpty()) {
            fouten.voegToe("woonplaats", "client.fout.woonplaats");
        }
        return s.isPresent() && p.isPresent() && w.isPresent() ? new Adres(s.get(), p.get(), w.get()) : null;
    }
}
