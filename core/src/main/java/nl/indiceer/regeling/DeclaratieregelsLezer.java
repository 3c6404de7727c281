package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the rulebook's {@code declaratieregels} (docs/regeling-formaat.md): a region's own rules for declaring
 * no-shows, absence and group time. Kept apart from {@link RegelingLezer} so that it can grow on its own.
 */
final class DeclaratieregelsLezer {

    /** The rulebook reader's way to read and check a {@code bron} (declared source ids). */
    interface Bronlezer {
        Bron bron(YamlObject o, String sleutel, boolean verplicht);
    }

    private final Bronlezer bronnen;
    private final Set<String> productcodes;

    private DeclaratieregelsLezer(Bronlezer bronnen, Set<String> productcodes) {
        this.bronnen = bronnen;
        this.productcodes = productcodes;
    }

    /** The rules under {@code d}, or {@link Declaratieregels#GEEN} when absent; problems go to d's problem list. */
    static Declaratieregels lees(YamlObject d, Bronlezer bronnen, Set<String> productcodes) {
        return d == null ? Declaratieregels.GEEN : new DeclaratieregelsLezer(bronnen, productcodes).lees(d);
    }

    private Declaratieregels lees(YamlObject d) {
        List<Declaratieregels.NoShow> noShow = new ArrayList<>();
        for (YamlObject o : d.objecten("no_show")) {
            Boolean declarabel = o.jaNee("declarabel", true);
            Integer maximaal = o.geheel("maximaal_per_kalenderjaar", false);
            if (maximaal != null && (maximaal < 1 || maximaal > 366)) {
                o.fout("maximaal_per_kalenderjaar", "moet tussen 1 en 366 liggen, niet " + maximaal);
            }
            Declaratieregels.NoShowVergoeding als = o.keuze("declareren_als", false,
                    s -> s.equals("afspraak") ? Declaratieregels.NoShowVergoeding.AFSPRAAK
                            : s.equals("reistijd") ? Declaratieregels.NoShowVergoeding.REISTIJD : null, "afspraak, reistijd");
            Boolean thuis = o.jaNee("alleen_bij_client_thuis", false);
            if (Boolean.FALSE.equals(declarabel) && (maximaal != null || als != null || thuis != null)) {
                o.fout("declarabel", "is nee: maximaal_per_kalenderjaar, declareren_als en alleen_bij_client_thuis horen "
                        + "alleen bij een declarabele no-show");
            }
            noShow.add(new Declaratieregels.NoShow(producten(o), Boolean.TRUE.equals(declarabel), maximaal,
                    als == null ? Declaratieregels.NoShowVergoeding.AFSPRAAK : als, Boolean.TRUE.equals(thuis),
                    bronnen.bron(o, "bron", true), onduidelijk(o)));
        }
        List<Declaratieregels.GeplandeAfwezigheid> gepland = new ArrayList<>();
        for (YamlObject o : d.objecten("geplande_afwezigheid")) {
            gepland.add(new Declaratieregels.GeplandeAfwezigheid(producten(o), Boolean.TRUE.equals(o.jaNee("declarabel", true)),
                    bronnen.bron(o, "bron", true), onduidelijk(o)));
        }
        List<Declaratieregels.LangeAfwezigheid> lang = new ArrayList<>();
        for (YamlObject o : d.objecten("lange_afwezigheid")) {
            BigDecimal meerDan = aandeel(o, "meer_dan_afwezig");
            Integer weken = o.geheel("volledig_weken", true);
            if (weken != null && (weken < 1 || weken > 52)) {
                o.fout("volledig_weken", "moet tussen 1 en 52 liggen, niet " + weken);
            }
            BigDecimal daarna = aandeel(o, "daarna_maximaal");
            lang.add(new Declaratieregels.LangeAfwezigheid(producten(o), meerDan, weken == null ? 0 : weken, daarna,
                    bronnen.bron(o, "bron", true), onduidelijk(o)));
        }
        List<Declaratieregels.Groepstijd> groep = new ArrayList<>();
        for (YamlObject o : d.objecten("groepstijd")) {
            Declaratieregels.Groepstijdbasis tijd = o.keuze("tijd", true,
                    s -> s.equals("hulpverleners") ? Declaratieregels.Groepstijdbasis.HULPVERLENERS
                            : s.equals("groep") ? Declaratieregels.Groepstijdbasis.GROEP : null, "hulpverleners, groep");
            BigDecimal factor = o.heeft("factor") ? o.getalTussen("factor", true, false, "0.1", "10") : BigDecimal.ONE;
            groep.add(new Declaratieregels.Groepstijd(producten(o), tijd, factor, bronnen.bron(o, "bron", true),
                    onduidelijk(o)));
        }
        dubbel(d, "no_show", noShow.stream().map(Declaratieregels.NoShow::producten).toList());
        dubbel(d, "geplande_afwezigheid", gepland.stream().map(Declaratieregels.GeplandeAfwezigheid::producten).toList());
        dubbel(d, "lange_afwezigheid", lang.stream().map(Declaratieregels.LangeAfwezigheid::producten).toList());
        dubbel(d, "groepstijd", groep.stream().map(Declaratieregels.Groepstijd::producten).toList());
        d.tekst("opmerking", false);
        d.controleerOnbekendeSleutels();
        return new Declaratieregels(noShow, gepland, lang, groep);
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

    private static BigDecimal aandeel(YamlObject o, String sleutel) {
        BigDecimal a = o.getalTussen(sleutel, true, false, "0", "1");
        return a == null ? BigDecimal.ZERO : a;
    }

    private static String onduidelijk(YamlObject o) {
        o.tekst("opmerking", false);
        String onduidelijk = o.tekst("onduidelijk", false);
        o.controleerOnbekendeSleutels();
        return onduidelijk;
    }

    /** One rule per product per kind (and at most one for every product), so the check never has to choose. */
    private static void dubbel(YamlObject d, String sleutel, List<List<String>> productlijsten) {
        Set<String> gezien = new java.util.HashSet<>();
        boolean alle = false;
        for (List<String> producten : productlijsten) {
            if (producten.isEmpty()) {
                if (alle) {
                    d.fout(sleutel, "heeft twee regels voor alle producten");
                }
                alle = true;
            }
            for (String p : producten) {
                if (!gezien.add(p)) {
                    d.fout(sleutel, "noemt product '" + p + "' in twee regels");
                }
            }
        }
    }
}
