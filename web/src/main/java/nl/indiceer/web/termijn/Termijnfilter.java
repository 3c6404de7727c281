package nl.indiceer.web.termijn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.indiceer.web.beveiliging.Medewerker;

/**
 * The filters of the deadlines list as given (page or API), checked: a municipality of the user's, a user name, a
 * number of weeks from 1 to {@link TermijnDienst#MAXIMAAL_WEKEN}. {@code fouten}: per field (gemeente, consulent,
 * weken) a stable code; the page and the API each say it in their own way.
 */
record Termijnfilter(String gemeente, String consulent, int weken, Map<String, String> fouten) {

    private static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern WEKEN = Pattern.compile("[0-9]{1,3}");

    static Termijnfilter van(Medewerker wie, String gemeente, String consulent, String weken) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String g = leeg(gemeente) ? null : gemeente.strip();
        String c = leeg(consulent) ? null : consulent.strip();
        if (g != null && !wie.gemeenten().contains(g)) {
            fouten.put("gemeente", "GEMEENTE_ONBEKEND");
        }
        if (c != null && !GEBRUIKERSNAAM.matcher(c).matches()) {
            fouten.put("consulent", "GEEN_GEBRUIKERSNAAM");
        }
        int w = TermijnDienst.STANDAARD_WEKEN;
        if (!leeg(weken)) {
            String s = weken.strip();
            w = WEKEN.matcher(s).matches() ? Integer.parseInt(s) : -1;
            if (w < 1 || w > TermijnDienst.MAXIMAAL_WEKEN) {
                fouten.put("weken", "WEKEN_BUITEN_BEREIK");
                w = TermijnDienst.STANDAARD_WEKEN;
            }
        }
        return new Termijnfilter(g, c, w, fouten);
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
