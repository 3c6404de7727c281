package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the rulebook's {@code benutting} (docs/regeling-formaat.md): the region's stated utilisation figures. Each
 * entry gives exactly one of {@code waarde}, {@code laag}+{@code hoog}, or {@code ingezet}+{@code geindiceerd}; a
 * product has at most one figure, so a forecast never has to choose between two.
 */
final class BenuttingLezer {

    private BenuttingLezer() {
    }

    static List<Benuttingscijfer> lees(List<YamlObject> items, DeclaratieregelsLezer.Bronlezer bronnen,
                                       Set<String> productcodes) {
        List<Benuttingscijfer> uit = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (YamlObject o : items) {
            String omschrijving = o.tekst("omschrijving", true);
            List<String> producten = o.teksten("producten");
            for (String code : producten) {
                if (!productcodes.contains(code)) {
                    o.fout("producten", "onbekend product '" + code + "'");
                } else if (!gezien.add(code)) {
                    o.fout("producten", "product '" + code + "' heeft al een benuttingscijfer; één cijfer per product");
                }
            }
            BigDecimal laag = null;
            BigDecimal hoog = null;
            BigDecimal ingezet = null;
            BigDecimal geindiceerd = null;
            int vormen = (o.heeft("waarde") ? 1 : 0) + (o.heeft("laag") || o.heeft("hoog") ? 1 : 0)
                    + (o.heeft("ingezet") || o.heeft("geindiceerd") ? 1 : 0);
            if (vormen != 1) {
                o.fout("waarde", "geef precies één van: waarde; laag en hoog; ingezet en geindiceerd");
            } else if (o.heeft("waarde")) {
                laag = o.getalTussen("waarde", true, false, "0", "1");
                hoog = laag;
            } else if (o.heeft("ingezet") || o.heeft("geindiceerd")) {
                ingezet = o.positiefGetal("ingezet", true);
                geindiceerd = o.positiefGetal("geindiceerd", true);
                if (ingezet != null && geindiceerd != null) {
                    if (ingezet.compareTo(geindiceerd) > 0) {
                        o.fout("ingezet", "is meer dan geindiceerd (" + geindiceerd.toPlainString() + ")");
                    } else {
                        laag = ingezet.divide(geindiceerd, MathContext.DECIMAL64);
                        hoog = laag;
                    }
                }
            } else {
                laag = o.getalTussen("laag", true, false, "0", "1");
                hoog = o.getalTussen("hoog", true, false, "0", "1");
                if (laag != null && hoog != null && laag.compareTo(hoog) > 0) {
                    o.fout("hoog", "is lager dan laag (" + laag.toPlainString() + ")");
                }
            }
            Bron bron = bronnen.bron(o, "bron", true);
            o.tekst("opmerking", false);
            String onduidelijk = o.tekst("onduidelijk", false);
            if (!o.heeft("producten") && onduidelijk == null) {
                o.fout("onduidelijk", "ontbreekt: een cijfer zonder producten zegt in 'onduidelijk' waarom het bij geen "
                        + "product van deze versie hoort");
            }
            if (o.heeft("producten") && producten.isEmpty()) {
                o.fout("producten", "is leeg; laat de sleutel weg (met 'onduidelijk') voor een cijfer bij geen product");
            }
            o.controleerOnbekendeSleutels();
            if (laag != null && hoog != null && laag.compareTo(hoog) <= 0) {
                uit.add(new Benuttingscijfer(omschrijving, producten, laag, hoog, ingezet, geindiceerd, bron, onduidelijk));
            }
        }
        return uit;
    }
}
