package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A product (or dienst) of a region's catalogue with everything the rulebook says about it.
 *
 * @param code     iStandaarden productcode where the source gives one, otherwise a local code
 * @param eenheid  the unit the product is indicated in
 * @param gemeenten municipalities that buy it; empty means all municipalities of the region
 */
public record Product(
        String code,
        String categorie,
        String naam,
        String productfamilie,
        String wet,
        Eenheid eenheid,
        Bekostiging bekostiging,
        Set<Periode> perioden,
        List<String> gemeenten,
        List<Tarief> tarieven,
        List<FinancieringUitgesloten> financieringNietToegestaan,
        Constante gemiddeldeLooptijdMaanden,
        Duur duur,
        Leeftijd leeftijd,
        List<Limiet> limieten,
        VastVolume vastVolume,
        List<Variant> varianten,
        Verlenging verlenging,
        Gezinsproduct gezinsproduct,
        PgbBekostiging pgbBekostiging,
        List<Voorwaarde> voorwaarden,
        Bron bron,
        String opmerking,
        String onduidelijk) {

    /** Every collection is an unmodifiable copy: a loaded rulebook is shared between threads. */
    public Product {
        perioden = Onveranderlijk.perioden(perioden);
        gemeenten = Onveranderlijk.lijst(gemeenten);
        tarieven = Onveranderlijk.lijst(tarieven);
        financieringNietToegestaan = Onveranderlijk.lijst(financieringNietToegestaan);
        limieten = Onveranderlijk.lijst(limieten);
        varianten = Onveranderlijk.lijst(varianten);
        voorwaarden = Onveranderlijk.lijst(voorwaarden);
    }

    /** The unit a line is indicated in: a pgb is always PxQ, in the pgb unit where the rulebook gives one (001:1432-1437). */
    public Eenheid eenheidVoor(Financiering financiering) {
        return financiering.isPgb() && pgbBekostiging != null ? pgbBekostiging.eenheid() : eenheid;
    }

    public Bekostiging bekostigingVoor(Financiering financiering) {
        return financiering.isPgb() && pgbBekostiging != null ? Bekostiging.PXQ : bekostiging;
    }

    public Variant variant(String naam) {
        for (Variant v : varianten) {
            if (v.naam().equals(naam)) {
                return v;
            }
        }
        return null;
    }

    public FinancieringUitgesloten uitsluiting(Financiering financiering) {
        for (FinancieringUitgesloten u : financieringNietToegestaan) {
            if (u.vorm() == financiering) {
                return u;
            }
        }
        return null;
    }

    /**
     * The tariff for a financing form and unit. A tariff for the provider's type (micro/regulier) wins
     * over a tariff without type; without a provider type the regulier tariff applies.
     */
    public Tarief tarief(Financiering financiering, Eenheid eenheid, String aanbiedertype) {
        Tarief zonderType = null;
        Tarief regulier = null;
        for (Tarief t : tarieven) {
            if (t.financiering() != financiering || t.eenheid() != eenheid) {
                continue;
            }
            if (t.aanbiedertype() == null) {
                zonderType = t;
            } else if (t.aanbiedertype().equals(aanbiedertype)) {
                return t;
            } else if (t.aanbiedertype().equals("regulier")) {
                regulier = t;
            }
        }
        if (zonderType != null) {
            return zonderType;
        }
        return aanbiedertype == null ? regulier : null;
    }

    /** True when the tariff depends on the provider type (micro or regulier). */
    public boolean heeftTarievenPerAanbiedertype() {
        for (Tarief t : tarieven) {
            if (t.aanbiedertype() != null) {
                return true;
            }
        }
        return false;
    }

    public boolean heeftTariefVoor(Financiering financiering) {
        for (Tarief t : tarieven) {
            if (t.financiering() == financiering) {
                return true;
            }
        }
        return false;
    }
}
