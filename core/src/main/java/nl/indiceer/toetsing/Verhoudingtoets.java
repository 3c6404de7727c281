package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Verhouding;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Rekenconstanten;

/**
 * At most so many units of some products per unit of others in the same period (verhoudingen), e.g. at most 2
 * logeerdagdelen per logeeretmaal: over the validity of each request line of the limited products, everything
 * of those products is compared with everything of the products they go with (lines and running allocations,
 * counted as {@link Inzet} does).
 */
public final class Verhoudingtoets {

    private Verhoudingtoets() {
    }

    public static List<Bevinding> toets(List<Regelcontext> contexten, Regeling regeling, Rekenconstanten k) {
        List<Verhouding> verhoudingen = regeling.gedeeld().verhoudingen();
        if (verhoudingen.isEmpty()) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Verhouding v : verhoudingen) {
            uit.addAll(toets(contexten, regeling, k, v));
        }
        return uit;
    }

    private static List<Bevinding> toets(List<Regelcontext> contexten, Regeling regeling, Rekenconstanten k, Verhouding v) {
        Set<String> producten = new HashSet<>(v.producten());
        Eenheid eenheid = eenheid(regeling, v.producten());
        Eenheid basiseenheid = eenheid(regeling, v.per());
        if (eenheid == null || basiseenheid == null) {
            return List.of();
        }
        List<Betrokkene> onbekend = new ArrayList<>();
        List<Inzet> regels = Inzet.regels(contexten, producten, eenheid, onbekend);
        if (regels.isEmpty()) {
            return List.of();
        }
        Set<String> per = new HashSet<>(v.per());
        List<Bevinding> uit = new ArrayList<>();
        for (Inzet r : regels) {
            List<Betrokkene> nietGeteld = new ArrayList<>(onbekend);
            List<Inzet> teller = new ArrayList<>(regels);
            teller.addAll(Inzet.lopende(contexten, regeling, producten, eenheid, k.minutenPerDagdeel(), nietGeteld,
                    r.begin(), r.eind()));
            List<Inzet> basis = new ArrayList<>(Inzet.regels(contexten, per, basiseenheid, nietGeteld));
            basis.addAll(Inzet.lopende(contexten, regeling, per, basiseenheid, k.minutenPerDagdeel(), nietGeteld,
                    r.begin(), r.eind()));
            Breuk aantal = som(teller, r, k);
            Breuk basisaantal = som(basis, r, k);
            if (aantal.vergelijk(basisaantal.maal(v.maximaal())) > 0) {
                List<String> omrekening = new ArrayList<>();
                for (Verhouding.Afrondingsrij rij : v.omrekening()) {
                    omrekening.add("t/m " + Getal.nl(rij.totEnMetUren()) + " uur: 1 " + basiseenheid.enkelvoud() + " + "
                            + Getal.nl(rij.aantal()) + " " + eenheid.woord(rij.aantal().compareTo(java.math.BigDecimal.ONE) != 0));
                }
                uit.add(Grensaard.ernst(Bevinding.van(Bevindingcode.VERHOUDING_OVERSCHREDEN, v.bron(), r.regel(),
                        "product", r.wie().product(), "aantal", new Hoeveelheid(Periodelimiettoets.tonen(aantal), eenheid),
                        "van", r.begin(), "tot", r.eind(),
                        "basis", new Hoeveelheid(Periodelimiettoets.tonen(basisaantal), basiseenheid),
                        "met", Periodelimiettoets.namen(regeling, v.per()),
                        "maximum", new Hoeveelheid(v.maximaal(), eenheid), "per", basiseenheid.enkelvoud(),
                        "omrekening", omrekening, "richtlijn", v.richtlijn(), "richtlijnbron", Grensaard.richtlijnbron(v.aard())),
                        v.aard()));
                uit.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), r.regel()));
            }
            for (Betrokkene x : nietGeteld) {
                if (x.regel() == null || x.regel() != r.regel().intValue()) {
                    uit.add(Bevinding.van(Bevindingcode.NIET_MEEGETELD, v.bron(), r.regel(), "wie", x, "regel", "ten hoogste " + Getal.nl(v.maximaal()) + " " + eenheid.woord(true) + " per "
                            + basiseenheid.enkelvoud(),
                            "consulten", false));
                }
            }
        }
        return uit;
    }

    private static Breuk som(List<Inzet> inzet, Inzet binnen, Rekenconstanten k) {
        Breuk som = Breuk.NUL;
        for (Inzet i : inzet) {
            som = som.plus(i.in(binnen.begin(), binnen.eind(), k.wekenPerJaar()));
        }
        return som;
    }

    /** The unit of one side of the ratio (the reader checked that they agree). */
    private static Eenheid eenheid(Regeling regeling, List<String> codes) {
        for (String code : codes) {
            Product p = regeling.product(code);
            if (p != null) {
                return p.indicatiewijze().eenheid();
            }
        }
        return null;
    }
}
