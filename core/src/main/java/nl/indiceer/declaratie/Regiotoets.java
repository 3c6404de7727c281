package nl.indiceer.declaratie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.regeling.Declaratieregels;

/**
 * A region's own rules applied to the appointments behind a prestatie: what may be declared for each appointment
 * (delivered, group time, no-show, planned or long absence); the prestatie's volume may not exceed the sum. The sum is
 * exact; the declared volume (a whole number) is compared with it rounded up to a whole unit, because the sources say
 * nothing about rounding and Indiceer never rounds minutes down (marked {@code onduidelijk} in the rulebooks).
 */
final class Regiotoets {

    /** No-shows declared earlier per client, product and calendar year. */
    interface NoShowTeller {
        int eerder(String client, String product, int jaar);
    }

    /** The findings, and the no-shows per calendar year this prestatie declares (counted only when it is approved). */
    record Uitkomst(List<Declaratiebevinding> bevindingen, Map<Integer, Integer> noShowsPerJaar) {
    }

    private Regiotoets() {
    }

    static Uitkomst toets(ToegewezenProduct t, Prestatie p, Leveringsspecificatie s, Declaratieregels regels,
                          NoShowTeller teller) {
        List<Declaratiebevinding> redenen = new ArrayList<>();
        Map<Integer, Integer> noShows = new HashMap<>();
        String product = p.productcode();
        Declaratieregels.LangeAfwezigheid lang = regels.langeAfwezigheidVoor(product);
        Afwezigheidsperiode afwezig = s.afwezigheid();
        boolean langeAfwezigheid = lang != null && afwezig != null
                && afwezig.aandeelAfwezig().compareTo(lang.meerDanAfwezig()) > 0;
        BigDecimal toegestaan = BigDecimal.ZERO;
        for (Afspraak a : s.afspraken()) {
            if (langeAfwezigheid && afwezig.bevat(a.datum())) {
                // "de eerste periode van 3 weken 100%, na deze 3 weken maximaal 80% van de gemaakte afspraken"
                boolean volledig = a.datum().isBefore(afwezig.vanaf().plusWeeks(lang.volledigWeken()));
                toegestaan = toegestaan.add(volledig ? BigDecimal.valueOf(a.volume())
                        : BigDecimal.valueOf(a.volume()).multiply(lang.daarnaMaximaal()));
                if (!volledig) {
                    redenen.add(Declaratiebevinding.metBron(Declaratiecode.LANGE_AFWEZIGHEID_BEPERKT, lang.bron(),
                            lang.onduidelijk(), "datum", a.datum(), "vanaf", afwezig.vanaf(), "weken", lang.volledigWeken(),
                            "aandeel", lang.daarnaMaximaal()));
                }
                continue;
            }
            toegestaan = toegestaan.add(switch (a.status()) {
                case GELEVERD -> geleverd(a, regels.groepstijdVoor(product), redenen);
                case NO_SHOW -> noShow(t, p, a, regels.noShowVoor(product), teller, noShows, redenen);
                case GEPLANDE_AFWEZIGHEID -> gepland(a, regels.geplandeAfwezigheidVoor(product), redenen);
            });
        }
        BigDecimal grens = toegestaan.setScale(0, RoundingMode.CEILING);
        List<Declaratiebevinding> uit = new ArrayList<>();
        if (BigDecimal.valueOf(p.geleverdVolume()).compareTo(grens) > 0) {
            uit.add(Declaratiebevinding.van(Declaratiecode.MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING,
                    "gedeclareerd", p.geleverdVolume(), "toegestaan", netjes(toegestaan),
                    "eenheid", p.eenheid()));
            uit.addAll(redenen);
        }
        return new Uitkomst(uit, noShows);
    }

    private static BigDecimal geleverd(Afspraak a, Declaratieregels.Groepstijd groep, List<Declaratiebevinding> redenen) {
        if (groep == null || a.groep() == null) {
            return BigDecimal.valueOf(a.volume());
        }
        Groepsbijeenkomst g = a.groep();
        BigDecimal tijd = BigDecimal.valueOf(g.duur());
        if (groep.tijd() == Declaratieregels.Groepstijdbasis.HULPVERLENERS) {
            tijd = tijd.multiply(BigDecimal.valueOf(g.hulpverleners()));
        }
        BigDecimal perClient = tijd.multiply(groep.factor()).divide(BigDecimal.valueOf(g.aanwezigen()), 6, RoundingMode.CEILING);
        redenen.add(Declaratiebevinding.metBron(Declaratiecode.GROEPSTIJD_BEREKEND, groep.bron(), groep.onduidelijk(),
                "datum", a.datum(), "duur", g.duur(), "hulpverleners", g.hulpverleners(), "aanwezigen", g.aanwezigen(),
                "factor", groep.factor(), "perClient", netjes(perClient)));
        return perClient;
    }

    private static BigDecimal noShow(ToegewezenProduct t, Prestatie p, Afspraak a, Declaratieregels.NoShow regel,
                                     NoShowTeller teller, Map<Integer, Integer> noShows, List<Declaratiebevinding> redenen) {
        if (regel == null) {
            return BigDecimal.valueOf(a.volume());
        }
        if (!regel.declarabel()) {
            redenen.add(Declaratiebevinding.metBron(Declaratiecode.NO_SHOW_NIET_DECLARABEL, regel.bron(), regel.onduidelijk(),
                    "datum", a.datum(), "groep", a.groep() != null));
            return BigDecimal.ZERO;
        }
        if (regel.alleenBijClientThuis() && !a.bijClientThuis()) {
            redenen.add(Declaratiebevinding.metBron(Declaratiecode.NO_SHOW_NIET_BIJ_CLIENT_THUIS, regel.bron(),
                    regel.onduidelijk(), "datum", a.datum()));
            return BigDecimal.ZERO;
        }
        int jaar = a.datum().getYear();
        if (regel.maximaalPerKalenderjaar() != null) {
            int al = teller.eerder(t.client(), p.productcode(), jaar) + noShows.getOrDefault(jaar, 0);
            if (al >= regel.maximaalPerKalenderjaar()) {
                redenen.add(Declaratiebevinding.metBron(Declaratiecode.NO_SHOW_MAXIMUM_BEREIKT, regel.bron(),
                        regel.onduidelijk(), "datum", a.datum(), "maximum", regel.maximaalPerKalenderjaar(), "jaar", jaar));
                return BigDecimal.ZERO;
            }
        }
        noShows.merge(jaar, 1, Integer::sum);
        if (regel.declarerenAls() == Declaratieregels.NoShowVergoeding.REISTIJD) {
            if (a.reistijd() == null) {
                redenen.add(Declaratiebevinding.metBron(Declaratiecode.NO_SHOW_REISTIJD_ONBEKEND, regel.bron(),
                        regel.onduidelijk(), "datum", a.datum()));
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(a.reistijd());
        }
        return BigDecimal.valueOf(a.volume());
    }

    private static BigDecimal gepland(Afspraak a, Declaratieregels.GeplandeAfwezigheid regel,
                                      List<Declaratiebevinding> redenen) {
        if (regel == null || regel.declarabel()) {
            return BigDecimal.valueOf(a.volume());
        }
        redenen.add(Declaratiebevinding.metBron(Declaratiecode.GEPLANDE_AFWEZIGHEID_NIET_DECLARABEL, regel.bron(),
                regel.onduidelijk(), "datum", a.datum()));
        return BigDecimal.ZERO;
    }

    /** Without trailing zeros, and never in exponent form (180, not 1.8E+2). */
    private static BigDecimal netjes(BigDecimal g) {
        BigDecimal s = g.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
