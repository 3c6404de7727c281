package nl.indiceer.regeling;

import java.util.Objects;

/**
 * A product (or dienst) of a region's catalogue with everything the rulebook says about it, grouped by meaning.
 *
 * @param identiteit       code, names and law
 * @param indicatiewijze   unit, bekostiging, allowed periods, pgb unit
 * @param tarifering       tariffs, excluded financing forms, average length
 * @param grenzen          duration, age, limits, agreed volume, variants
 * @param bijzondereRegels municipalities, verlenging, family product, conditions
 * @param herkomst         source line, remark, what is unclear
 */
public record Product(
        Productidentiteit identiteit,
        Indicatiewijze indicatiewijze,
        Tarifering tarifering,
        Grenzen grenzen,
        BijzondereRegels bijzondereRegels,
        Herkomst herkomst) {

    public Product {
        Objects.requireNonNull(identiteit, "identiteit");
        Objects.requireNonNull(indicatiewijze, "indicatiewijze");
        Objects.requireNonNull(tarifering, "tarifering");
        Objects.requireNonNull(grenzen, "grenzen");
        Objects.requireNonNull(bijzondereRegels, "bijzondereRegels");
        Objects.requireNonNull(herkomst, "herkomst");
    }

    /** The same product with other tariffs (a dated tariff list, {@link Tariefblad}); everything else unchanged. */
    public Product metTarieven(java.util.List<Tarief> tarieven) {
        return new Product(identiteit, indicatiewijze, new Tarifering(tarieven, tarifering.financieringNietToegestaan(),
                tarifering.gemiddeldeLooptijdMaanden()), grenzen, bijzondereRegels, herkomst);
    }

    /** iStandaarden productcode where the source gives one, otherwise a local code. */
    public String code() {
        return identiteit.code();
    }

    public String naam() {
        return identiteit.naam();
    }

    /** The source line of the product itself. */
    public Bron bron() {
        return herkomst.bron();
    }

    /** The unit a line is indicated in: a pgb is always PxQ, in the pgb unit where the rulebook gives one (001:1432-1437). */
    public Eenheid eenheidVoor(Financiering financiering) {
        return financiering.isPgb() && indicatiewijze.pgbBekostiging() != null
                ? indicatiewijze.pgbBekostiging().eenheid() : indicatiewijze.eenheid();
    }

    public Bekostiging bekostigingVoor(Financiering financiering) {
        return financiering.isPgb() && indicatiewijze.pgbBekostiging() != null
                ? Bekostiging.PXQ : indicatiewijze.bekostiging();
    }

    public Variant variant(String naam) {
        for (Variant v : grenzen.varianten()) {
            if (v.naam().equals(naam)) {
                return v;
            }
        }
        return null;
    }

    public FinancieringUitgesloten uitsluiting(Financiering financiering) {
        for (FinancieringUitgesloten u : tarifering.financieringNietToegestaan()) {
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
        for (Tarief t : tarifering.tarieven()) {
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
        for (Tarief t : tarifering.tarieven()) {
            if (t.aanbiedertype() != null) {
                return true;
            }
        }
        return false;
    }

    public boolean heeftTariefVoor(Financiering financiering) {
        for (Tarief t : tarifering.tarieven()) {
            if (t.financiering() == financiering) {
                return true;
            }
        }
        return false;
    }
}
