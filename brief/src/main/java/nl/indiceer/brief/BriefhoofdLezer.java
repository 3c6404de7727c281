package nl.indiceer.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.YamlObject;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a letterhead file: plain YAML (no anchors, tags or aliases), at most {@link #MAXIMALE_GROOTTE} bytes, every
 * required field present, no unknown field, no control characters. Problems are collected with their line, never
 * thrown as a library's exception: any bytes give either a letterhead or problems.
 */
public final class BriefhoofdLezer {

    /** A letterhead is a few lines; 64 KiB is far more than any needs. */
    public static final int MAXIMALE_GROOTTE = 64 * 1024;
    /** The most lines an address may have. */
    static final int MAXIMAAL_ADRESREGELS = 6;
    /** The longest text of one field. */
    static final int MAXIMALE_LENGTE = 500;
    /** A file in the template folder: letters, digits, dot, dash, underscore, and one level of folder. */
    static final Pattern BESTANDSNAAM = Pattern.compile("([A-Za-z0-9_-]+/)?[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}");

    private BriefhoofdLezer() {
    }

    /**
     * The letterhead in {@code inhoud}, or null with the problems added.
     *
     * @param bestand the name used in messages ("brieven/briefhoofden/0034.yaml")
     * @param verwachteCode the code the file name promises, or null for the default letterhead
     */
    public static Briefhoofd lees(byte[] inhoud, String bestand, String verwachteCode, List<Probleem> problemen) {
        int voor = problemen.size();
        if (inhoud.length > MAXIMALE_GROOTTE) {
            problemen.add(new Probleem(bestand, 0, "(bestand)", "is te groot (" + inhoud.length
                    + " bytes); een briefhoofd mag ten hoogste " + MAXIMALE_GROOTTE + " bytes zijn"));
            return null;
        }
        Node root = YamlObject.compose(inhoud, bestand, problemen);
        if (root == null) {
            return null;
        }
        YamlObject y = new YamlObject(bestand, "", root, problemen);
        if (problemen.size() > voor) {
            return null;
        }
        String code = y.tekst("gemeentecode", verwachteCode != null);
        if (code != null && !code.equals(verwachteCode)) {
            y.fout("gemeentecode", verwachteCode == null
                    ? "hoort niet in het standaardbriefhoofd (dat geldt voor elke gemeente zonder eigen briefhoofd)"
                    : "is '" + code + "', maar het bestand heet " + verwachteCode + ".yaml");
        }
        String naam = tekst(y, "naam", true);
        String afzender = tekst(y, "afzender", true);
        List<String> postadres = adres(y, "postadres", true);
        String telefoon = tekst(y, "telefoon", false);
        String website = tekst(y, "website", false);
        String logo = y.tekst("logo", false);
        if (logo != null && (!BESTANDSNAAM.matcher(logo).matches() || logo.contains(".."))) {
            y.fout("logo", "moet een bestand in de map brieven zijn, zoals logos/0034.png (letters, cijfers, punt, streepje)");
            logo = null;
        }
        String logoTekst = tekst(y, "logo_tekst", logo != null);
        YamlObject ondertekening = y.object("ondertekening", true);
        String ondertekenaar = ondertekening == null ? null : tekst(ondertekening, "naam", true);
        String functie = ondertekening == null ? null : tekst(ondertekening, "functie", true);
        if (ondertekening != null) {
            ondertekening.controleerOnbekendeSleutels();
        }
        YamlObject bezwaar = y.object("bezwaar", true);
        String bezwaarAan = bezwaar == null ? null : tekst(bezwaar, "aan", true);
        List<String> bezwaarAdres = bezwaar == null ? List.of() : adres(bezwaar, "postadres", true);
        String bezwaarDigitaal = bezwaar == null ? null : tekst(bezwaar, "digitaal", false);
        if (bezwaar != null) {
            bezwaar.controleerOnbekendeSleutels();
        }
        String voorbeeld = tekst(y, "voorbeeld", false);
        y.controleerOnbekendeSleutels();
        if (problemen.size() > voor) {
            return null;
        }
        return new Briefhoofd(verwachteCode, naam, afzender, postadres, telefoon, website, logo, logoTekst, ondertekenaar,
                functie, bezwaarAan, bezwaarAdres, bezwaarDigitaal, voorbeeld);
    }

    private static String tekst(YamlObject y, String sleutel, boolean verplicht) {
        String t = y.tekst(sleutel, verplicht);
        if (t != null && t.length() > MAXIMALE_LENGTE) {
            y.fout(sleutel, "is langer dan " + MAXIMALE_LENGTE + " tekens");
            return null;
        }
        return t;
    }

    private static List<String> adres(YamlObject y, String sleutel, boolean verplicht) {
        if (!y.heeft(sleutel)) {
            if (verplicht) {
                y.fout(sleutel, "ontbreekt: geef de regels van het adres als lijst, zoals [Postbus 1, 1234 AB Plaats]");
            }
            return List.of();
        }
        List<String> regels = new ArrayList<>(y.teksten(sleutel));
        if (regels.isEmpty() && verplicht) {
            y.fout(sleutel, "is leeg");
        }
        if (regels.size() > MAXIMAAL_ADRESREGELS) {
            y.fout(sleutel, "heeft " + regels.size() + " regels; een adres heeft er ten hoogste " + MAXIMAAL_ADRESREGELS);
            return List.of();
        }
        for (String r : regels) {
            if (r.length() > MAXIMALE_LENGTE) {
                y.fout(sleutel, "heeft een regel langer dan " + MAXIMALE_LENGTE + " tekens");
                return List.of();
            }
        }
        return regels;
    }
}
