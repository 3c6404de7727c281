package nl.indiceer.regeling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the rulebook's {@code termijnen} (docs/regeling-formaat.md): the region's own deadlines (no-show decision,
 * evaluation moments, how early a 317 should come). Kept apart from {@link RegelingLezer} so that it can grow on its own.
 */
final class TermijnregelsLezer {

    private final DeclaratieregelsLezer.Bronlezer bronnen;
    private final Set<String> productcodes;

    private TermijnregelsLezer(DeclaratieregelsLezer.Bronlezer bronnen, Set<String> productcodes) {
        this.bronnen = bronnen;
        this.productcodes = productcodes;
    }

    /** The rules under {@code t}, or {@link Termijnregels#GEEN} when absent; problems go to t's problem list. */
    static Termijnregels lees(YamlObject t, DeclaratieregelsLezer.Bronlezer bronnen, Set<String> productcodes) {
        return t == null ? Termijnregels.GEEN : new TermijnregelsLezer(bronnen, productcodes).lees(t);
    }

    private Termijnregels lees(YamlObject t) {
        Termijnregels.NoShowBesluit noShow = null;
        YamlObject n = t.object("no_show_besluit", false);
        if (n != null) {
            Integer weken = tussen(n, "weken", true, 1, 52);
            noShow = new Termijnregels.NoShowBesluit(weken == null ? 1 : weken, bronnen.bron(n, "bron", true), onduidelijk(n));
        }
        List<Termijnregels.Evaluatie> evaluaties = new ArrayList<>();
        for (YamlObject e : t.objecten("evaluatie")) {
            Termijnregels.Vanaf vanaf = e.keuze("na", true, s -> s.equals("begin") ? Termijnregels.Vanaf.BEGIN
                    : s.equals("einde") ? Termijnregels.Vanaf.EINDE : null, "begin, einde");
            Integer maanden = tussen(e, "maanden", true, 0, 120);
            Integer vanafMaanden = tussen(e, "vanaf_maanden", false, 0, 120);
            if (maanden != null && vanafMaanden != null && vanafMaanden > maanden) {
                e.fout("vanaf_maanden", "ligt na 'maanden' (" + maanden + "): 'maanden' is de laatste maand van het bereik");
            }
            evaluaties.add(new Termijnregels.Evaluatie(producten(e), vanaf == null ? Termijnregels.Vanaf.BEGIN : vanaf,
                    maanden == null ? 0 : maanden, vanafMaanden, bronnen.bron(e, "bron", true), onduidelijk(e)));
        }
        List<Termijnregels.WijzigingsverzoekVooraf> vooraf = new ArrayList<>();
        for (YamlObject w : t.objecten("wijzigingsverzoek_vooraf")) {
            Integer weken = tussen(w, "weken", false, 1, 52);
            Integer werkdagen = tussen(w, "werkdagen", false, 1, 260);
            if ((weken == null) == (werkdagen == null)) {
                w.fout("weken", "noem precies een van 'weken' en 'werkdagen'");
            }
            Boolean advies = w.jaNee("advies", true);
            vooraf.add(new Termijnregels.WijzigingsverzoekVooraf(producten(w), weken, werkdagen, Boolean.TRUE.equals(advies),
                    bronnen.bron(w, "bron", true), onduidelijk(w)));
        }
        dubbel(t, "evaluatie", evaluaties.stream().map(Termijnregels.Evaluatie::producten).toList());
        dubbel(t, "wijzigingsverzoek_vooraf", vooraf.stream().map(Termijnregels.WijzigingsverzoekVooraf::producten).toList());
        t.tekst("opmerking", false);
        t.controleerOnbekendeSleutels();
        return new Termijnregels(noShow, evaluaties, vooraf);
    }

    private static Integer tussen(YamlObject o, String sleutel, boolean verplicht, int min, int max) {
        Integer w = o.geheel(sleutel, verplicht);
        if (w != null && (w < min || w > max)) {
            o.fout(sleutel, "moet tussen " + min + " en " + max + " liggen, niet " + w);
            return null;
        }
        return w;
    }

    /** Product codes of the rulebook; absent means every product. */
    private List<String> producten(YamlObject o) {
        List<String> codes = o.teksten("producten");
        if (o.heeft("producten") && codes.isEmpty()) {
            o.fout("producten", "is leeg; laat de sleutel weg voor een regel voor alle producten");
        }
        for (String code : codes) {
            if (!productcodes.contains(code)) {
                o.fout("producten", "onbekend product '" + code + "'");
            }
        }
        return codes;
    }

    private static String onduidelijk(YamlObject o) {
        o.tekst("opmerking", false);
        String onduidelijk = o.tekst("onduidelijk", false);
        o.controleerOnbekendeSleutels();
        return onduidelijk;
    }

    /** One rule per product (and at most one for every product), so a deadline never has to choose. */
    private static void dubbel(YamlObject t, String sleutel, List<List<String>> productlijsten) {
        Set<String> gezien = new HashSet<>();
        boolean alle = false;
        for (List<String> producten : productlijsten) {
            if (producten.isEmpty()) {
                if (alle) {
                    t.fout(sleutel, "heeft twee regels voor alle producten");
                }
                alle = true;
            }
            for (String p : producten) {
                if (!gezien.add(p)) {
                    t.fout(sleutel, "noemt product '" + p + "' in twee regels");
                }
            }
        }
    }
}
