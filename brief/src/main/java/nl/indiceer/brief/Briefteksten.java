package nl.indiceer.brief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.YamlObject;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The fixed texts of the letter that are data, not layout ({@code brieven/teksten.yaml}): per law its name, the
 * article a decision rests on and what that article says; per kind of decision the subject line and the opening
 * sentence. Everything else is worded in the template itself.
 */
record Briefteksten(Map<Wet, Map<String, String>> wetten, Map<Beschikkingsoort, Map<String, String>> soorten) {

    static final int MAXIMALE_GROOTTE = 256 * 1024;
    private static final int MAXIMALE_LENGTE = 5_000;

    static Briefteksten lees(byte[] inhoud, String bestand, List<Probleem> problemen) {
        int voor = problemen.size();
        if (inhoud.length > MAXIMALE_GROOTTE) {
            problemen.add(new Probleem(bestand, 0, "(bestand)", "is te groot (" + inhoud.length
                    + " bytes); ten hoogste " + MAXIMALE_GROOTTE + " bytes"));
            return null;
        }
        Node root = YamlObject.compose(inhoud, bestand, problemen);
        if (root == null) {
            return null;
        }
        YamlObject y = new YamlObject(bestand, "", root, problemen);
        Map<Wet, Map<String, String>> wetten = new LinkedHashMap<>();
        YamlObject w = y.object("wetten", true);
        if (w != null) {
            for (Wet wet : Wet.values()) {
                YamlObject o = w.object(wet.sleutel(), true);
                if (o != null) {
                    wetten.put(wet, velden(o, List.of("naam", "artikel", "tekst")));
                }
            }
            w.controleerOnbekendeSleutels();
        }
        Map<Beschikkingsoort, Map<String, String>> soorten = new LinkedHashMap<>();
        YamlObject s = y.object("soorten", true);
        if (s != null) {
            for (Beschikkingsoort soort : Beschikkingsoort.values()) {
                YamlObject o = s.object(soort.name().toLowerCase(), true);
                if (o != null) {
                    soorten.put(soort, velden(o, List.of("onderwerp", "inleiding")));
                }
            }
            s.controleerOnbekendeSleutels();
        }
        y.controleerOnbekendeSleutels();
        return problemen.size() > voor ? null : new Briefteksten(Map.copyOf(wetten), Map.copyOf(soorten));
    }

    private static Map<String, String> velden(YamlObject o, List<String> namen) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String naam : namen) {
            String t = o.tekst(naam, true);
            if (t != null && t.length() > MAXIMALE_LENGTE) {
                o.fout(naam, "is langer dan " + MAXIMALE_LENGTE + " tekens");
            } else if (t != null) {
                m.put(naam, t);
            }
        }
        o.controleerOnbekendeSleutels();
        return m;
    }
}
